import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.ts';
import { PageLoader } from '../components/page-loader.tsx';
import { useT } from '../i18n/language-provider.tsx';
import { ACCOUNT_PATH, signInPathFor } from './paths.ts';

function SessionCheckFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Center h="100vh" p="md">
      <Alert color="red" title={t('error.sessionCheckTitle')} role="alert" maw={480}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{message}</Text>
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}

/**
 * Renders the signed-in pages only for a signed-in user: others go to the sign-in page (which
 * brings them back here), and a user who must change their password goes to the account page.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoader fullScreen />;
  if (session.isError)
    return <SessionCheckFailed message={session.error.message} onRetry={() => session.refetch()} />;
  if (!session.data) return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  if (session.data.user.mustChangePassword && location.pathname !== ACCOUNT_PATH) {
    return <Navigate to={ACCOUNT_PATH} replace />;
  }
  return <Outlet />;
}
