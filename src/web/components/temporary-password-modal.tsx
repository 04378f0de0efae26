import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/language-provider.tsx';

/** A temporary password shown once: after closing, nobody can read it again. */
export interface TemporaryPassword {
  username: string;
  fullName: string;
  password: string;
}

/** Shows a new user's (or a reset) temporary password once, with a copy button. */
export function TemporaryPasswordModal({
  value,
  onClose,
}: {
  value: TemporaryPassword | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={value !== null} onClose={onClose} title={t('users.tempPassword.title')} centered size="md">
      {value ? (
        <Stack gap="md">
          <Text size="sm">
            {t('users.tempPassword.for', { name: value.fullName, username: value.username })}
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Code fz="lg" px="md" py="xs" data-testid="temporary-password" style={{ userSelect: 'all' }}>
              {value.password}
            </Code>
            <CopyButton value={value.password}>
              {({ copied, copy }) => (
                <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" variant="light">
            {t('users.tempPassword.once')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('users.tempPassword.done')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
