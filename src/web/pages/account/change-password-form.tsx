import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useChangePassword } from '../../api/session.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { useT } from '../../i18n/language-provider.tsx';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type FieldName = (typeof FIELDS)[number];

/** Change-password form; checks the obvious in the browser and shows the server's messages. */
export function ChangePasswordForm() {
  const t = useT();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [isDone, setIsDone] = useState(false);
  const serverErrors = fieldErrorsFrom(changePassword.error, FIELDS);
  const errorFor = (field: FieldName) => localErrors[field] ?? serverErrors[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsDone(false);
    const errors: Partial<Record<FieldName, string>> = {};
    if (!currentPassword) errors.currentPassword = t('account.currentRequired');
    if (newPassword.length < LIMITS.passwordMin) {
      errors.newPassword = t('account.newTooShort', { min: LIMITS.passwordMin });
    } else if (newPassword === currentPassword) {
      errors.newPassword = t('account.newSameAsCurrent');
    }
    if (confirmPassword !== newPassword) errors.confirmPassword = t('account.confirmMismatch');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      changePassword.reset();
      return;
    }
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
          setIsDone(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <Stack gap="sm" maw={420}>
        {isDone ? (
          <Alert color="green" variant="light" role="status">
            {t('account.changed')}
          </Alert>
        ) : null}
        {changePassword.isError ? (
          <FormErrorAlert error={changePassword.error} fieldErrors={serverErrors} />
        ) : null}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          withAsterisk
          maxLength={LIMITS.passwordMax}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={errorFor('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.newPasswordHint', { min: LIMITS.passwordMin })}
          autoComplete="new-password"
          withAsterisk
          maxLength={LIMITS.passwordMax}
          value={newPassword}
          onChange={(event) => setNewPassword(event.currentTarget.value)}
          error={errorFor('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          withAsterisk
          maxLength={LIMITS.passwordMax}
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.currentTarget.value)}
          error={errorFor('confirmPassword')}
        />
        <Button type="submit" loading={changePassword.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.submit')}
        </Button>
      </Stack>
    </form>
  );
}
