import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../api/session.ts';
import { useT } from '../i18n/language-provider.tsx';
import { isSectionActive, NAV_ITEMS } from './nav-items.ts';

/** The left-hand list of sections; `onNavigate` closes the menu on phones. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {NAV_ITEMS.filter((item) => !item.isVisibleTo || item.isVisibleTo(user)).map((item) => {
        const isActive = isSectionActive(item.path, pathname);
        return (
          <li key={item.path}>
            <NavLink
              component={Link}
              to={item.path}
              label={t(item.labelKey)}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              fw={isActive ? 600 : 400}
            />
          </li>
        );
      })}
    </Stack>
  );
}
