import { Box, Burger, Group, Text, Title } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../api/session.ts';
import { useT } from '../i18n/language-provider.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SignOutButton } from './sign-out-button.tsx';

// The bell and its messages load after the shell, so they cost the first page nothing; if its
// chunk cannot load (a deploy in between), the header simply goes without it.
const NotificationBell = lazy<ComponentType>(() =>
  import('./notification-bell.tsx')
    .then((m) => ({ default: m.NotificationBell }))
    .catch(() => ({ default: () => null })),
);

/** Top bar: product name, who is signed in and for which agency and unit, language, sign-out. */
export function AppHeader({ isNavOpen, onToggleNav }: { isNavOpen: boolean; onToggleNav: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={isNavOpen ? t('shell.closeMenu') : t('shell.openMenu')}
        />
        <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }} aria-label={t('shell.home')}>
          <Title order={1} fz="xl" c="armyGreen.8" lh={1}>
            QPTD
          </Title>
        </Link>
        <Text size="sm" c="dimmed" visibleFrom="lg" lineClamp={1}>
          {t('app.tagline')}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Box visibleFrom="md" ta="right" data-testid="signed-in-user">
          <Text size="sm" fw={600} lh={1.3}>
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed" lh={1.3}>
            {t('shell.userPlace', {
              agency: user.agency.shortName || user.agency.name,
              unit: user.unit.name,
            })}
          </Text>
        </Box>
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
        <LanguageSwitch />
        {/* On phones the button moves into the menu, next to the user's name. */}
        <SignOutButton visibleFrom="xs" />
      </Group>
    </Group>
  );
}
