import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { ErrorAlert, FormErrorAlert } from '../../components/error-alert.tsx';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';

type MutationState = Pick<
  UseMutationResult<unknown, Error, never>,
  'error' | 'isError' | 'isPending' | 'reset'
>;

/** Calls off a planned entry: the reason is required and kept with the entry. */
export function CancelEntryForm({
  hint,
  mutation,
  onSubmit,
  onCancel,
}: {
  hint: string;
  mutation: MutationState;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const common = useT();
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const serverErrors = fieldErrorsFrom(mutation.error, ['reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setLocalError(t('form.required', { field: t('common.cancelReason').toLowerCase() }));
      mutation.reset();
      return;
    }
    setLocalError(null);
    onSubmit(reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{hint}</Text>
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        <Textarea
          label={t('common.cancelReason')}
          value={reason}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={localError ?? serverErrors.reason}
          withAsterisk
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {common('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={mutation.isPending}>
            {t('common.cancelConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
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
  mutation: MutationState;
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
