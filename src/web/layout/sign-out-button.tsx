import { Button, type ButtonProps } from '@mantine/core';
import { useSignOut } from '../api/session.ts';
import { useT } from '../i18n/language-provider.tsx';

/** "Đăng xuất": ends the session on the server and returns to the sign-in page. */
export function SignOutButton(props: Omit<ButtonProps, 'onClick' | 'loading'>) {
  const t = useT();
  const signOut = useSignOut();
  return (
    <Button
      variant="default"
      size="xs"
      {...props}
      onClick={() => signOut.mutate()}
      loading={signOut.isPending}
    >
      {t('shell.signOut')}
    </Button>
  );
}
