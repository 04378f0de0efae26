import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LIMITS } from '../../shared/limits.ts';
import { useSession, useSignIn } from '../api/session.ts';
import { ACCOUNT_PATH, safeNextPath } from '../auth/paths.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useT } from '../i18n/language-provider.tsx';
import { LanguageSwitch } from '../layout/language-switch.tsx';

interface FieldErrors {
  username?: string;
  password?: string;
}

/** Sign-in form; afterwards the user lands on the page they asked for (or must change password). */
export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const nextPath = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  if (session.data && !signIn.isPending && !signIn.isSuccess) {
    return <Navigate to={session.data.user.mustChangePassword ? ACCOUNT_PATH : nextPath} replace />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = t('signIn.usernameRequired');
    if (!password) errors.password = t('signIn.passwordRequired');
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      signIn.reset();
      return;
    }
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (result) => {
          navigate(result.user.mustChangePassword ? ACCOUNT_PATH : nextPath, { replace: true });
        },
        onError: () => setPassword(''),
      },
    );
  };

  return (
    <Box bg="gray.0" mih="100vh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap="xs" mb="lg">
            <Title order={1} fz={28} c="armyGreen.8">
              QPTD
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Stack>
          <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
            <Stack gap="md">
              <Title order={2} fz="lg" id="sign-in-title">
                {t('signIn.title')}
              </Title>
              {signIn.isError ? <ErrorAlert error={signIn.error} /> : null}
              <TextInput
                label={t('signIn.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                autoFocus
                withAsterisk
                maxLength={LIMITS.usernameMax}
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
                error={fieldErrors.username}
              />
              <PasswordInput
                label={t('signIn.password')}
                name="password"
                autoComplete="current-password"
                withAsterisk
                maxLength={LIMITS.passwordMax}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
              />
              <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
