import { AppShell, Badge, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../api/session.ts';
import { PageErrorBoundary } from '../components/page-error-boundary.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useT } from '../i18n/language-provider.tsx';
import { AppHeader } from './app-header.tsx';
import { MainNav } from './main-nav.tsx';
import { SignOutButton } from './sign-out-button.tsx';

function NavUserCard() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <Stack gap={2} hiddenFrom="md" p="xs">
      <Text size="sm" fw={600}>
        {user.fullName}
      </Text>
      <Text size="xs" c="dimmed">
        {user.agency.name}
      </Text>
      <Text size="xs" c="dimmed">
        {user.unit.name}
      </Text>
      <Badge variant="light" size="sm" mt={4}>
        {t(`role.${user.role}`)}
      </Badge>
      <SignOutButton hiddenFrom="xs" mt="xs" style={{ alignSelf: 'flex-start' }} />
    </Stack>
  );
}

/** The signed-in frame: header, section navigation and the current page. */
export function AppLayout() {
  const t = useT();
  const [isNavOpen, nav] = useDisclosure(false);
  const location = useLocation();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader isNavOpen={isNavOpen} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.navLabel')}>
        <AppShell.Section grow>
          <MainNav onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section>
          <NavUserCard />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
