import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TEntryGrid } from '../../../shared/schemas/figures.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useGrantException } from '../../api/figures.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { formatDate } from '../../i18n/format.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { localIsoDate, parseDayMonthYear } from './figure-values.ts';
import { periodLabel } from './period-label.ts';

const REASON_MAX = 500;

/** "Mở lại kỳ cho đơn vị này": a leader of a unit above lets this unit enter a locked period until a day. */
export function ExceptionForm({ grid }: { grid: TEntryGrid }) {
  const t = useFiguresT();
  const format = useFormat();
  const grant = useGrantException();
  // A week is what a late commune usually needs; the leader can change it. The day is typed
  // dd/MM/yyyy: the browser's own date picker would show the browser's locale (often MM/dd/yyyy).
  const [untilText, setUntilText] = useState(() => formatDate(localIsoDate(7)));
  const [reason, setReason] = useState('');
  const [untilError, setUntilError] = useState<string | null>(null);
  const [grantedUntil, setGrantedUntil] = useState<string | null>(null);
  const serverErrors = fieldErrorsFrom(grant.error, ['until', 'reason']);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const until = parseDayMonthYear(untilText);
    const problem = !until
      ? t('exception.untilRequired')
      : until < localIsoDate()
        ? t('exception.untilPast')
        : null;
    setUntilError(problem);
    if (problem || !until) return;
    grant.mutate(
      {
        setId: grid.set.id,
        unitId: grid.unit.id,
        period: grid.period.code,
        until,
        reason: reason.trim() || undefined,
      },
      { onSuccess: () => setGrantedUntil(until) },
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="exception-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={3} fz="md" id="exception-title">
              {t('exception.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('exception.description', {
                unit: grid.unit.name,
                period: periodLabel(grid.period.code, t),
              })}
            </Text>
          </div>
          {grant.isError ? <FormErrorAlert error={grant.error} fieldErrors={serverErrors} /> : null}
          {grantedUntil && grant.isSuccess ? (
            <Alert color="green" variant="light" role="status">
              {t('exception.done', { unit: grid.unit.name, date: format.date(grantedUntil) })}
            </Alert>
          ) : null}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('exception.until')}
              placeholder={t('exception.untilPlaceholder')}
              inputMode="numeric"
              autoComplete="off"
              value={untilText}
              onChange={(event) => setUntilText(event.currentTarget.value)}
              error={untilError ?? serverErrors.until}
              withAsterisk
              w={200}
            />
            <Textarea
              label={t('exception.reason')}
              placeholder={t('exception.reasonPlaceholder')}
              value={reason}
              maxLength={REASON_MAX}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={serverErrors.reason}
              autosize
              minRows={1}
              maxRows={4}
              style={{ flex: 1, minWidth: 240 }}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={grant.isPending}>
              {t('exception.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
