import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';
import {
  RegisterFormActions,
  RegisterFormFrame,
  type RegisterMutationState,
  useRegisterFormErrors,
} from './register-fields.tsx';

const CANCEL_FIELDS = ['reason'] as const;

/** Calls off a planned entry: the reason is required and kept with the entry. */
export function CancelEntryForm({
  hint,
  mutation,
  onSubmit,
  onCancel,
}: {
  hint: string;
  mutation: RegisterMutationState;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const [reason, setReason] = useState('');
  const { serverErrors, errorFor, accept } = useRegisterFormErrors(mutation, CANCEL_FIELDS);
  const submit = () => {
    const errors = reason.trim()
      ? {}
      : { reason: t('form.required', { field: t('common.cancelReason').toLowerCase() }) };
    if (accept(errors)) onSubmit(reason.trim());
  };
  return (
    <RegisterFormFrame
      mutation={mutation}
      serverErrors={serverErrors}
      onSubmit={submit}
      intro={<Text size="sm">{hint}</Text>}
    >
      <Textarea
        label={t('common.cancelReason')}
        value={reason}
        maxLength={1000}
        autosize
        minRows={2}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errorFor('reason')}
        withAsterisk
        data-autofocus
      />
      <RegisterFormActions
        submitLabel={t('common.cancelConfirm')}
        submitColor="orange"
        isPending={mutation.isPending}
        onCancel={onCancel}
        isFlush
      />
    </RegisterFormFrame>
  );
}

/** Asks before deleting an entry entered by mistake. */
export function ConfirmDelete({
  hint,
  mutation,
  onConfirm,
  onCancel,
}: {
  hint: string;
  mutation: RegisterMutationState;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const common = useT();
  return (
    <Stack gap="sm">
      <Text size="sm">{hint}</Text>
      {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
          {common('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={mutation.isPending} data-autofocus>
          {t('common.deleteConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
