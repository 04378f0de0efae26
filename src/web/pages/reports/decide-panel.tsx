import { Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useReportWorkflow } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useT } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';

/** Shortest reason the server takes for a return: a reason must say what to fix. */
const MIN_REASON_LENGTH = 5;

/** For the level above a submitted report: accept it, or return it with a reason the unit will see. */
export function DecidePanel({ report, onDone }: { report: TReport; onDone: (message: string) => void }) {
  const t = useReportsT();
  const tShell = useT();
  const { accept, giveBack } = useReportWorkflow(report.id);
  const [isReturning, setIsReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const confirmReturn = () => {
    const trimmed = reason.trim();
    if (trimmed.length < MIN_REASON_LENGTH) {
      setReasonError(t('decide.reasonTooShort', { min: MIN_REASON_LENGTH }));
      return;
    }
    setReasonError(null);
    giveBack.mutate(trimmed, {
      onSuccess: () => {
        setIsReturning(false);
        onDone(t('decide.returned', { unit: report.unit.name }));
      },
    });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="decide-title" bg="yellow.0">
      <Stack gap="sm">
        <Title order={3} fz="md" id="decide-title">
          {t('decide.title')}
        </Title>
        <Text size="sm">{t('decide.hint', { unit: report.unit.name })}</Text>
        {accept.isError ? <ErrorAlert error={accept.error} /> : null}
        <Group gap="sm">
          <Button
            color="green"
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(undefined, {
                onSuccess: () => onDone(t('decide.accepted', { unit: report.unit.name })),
              })
            }
          >
            {t('decide.accept')}
          </Button>
          <Button color="red" variant="outline" onClick={() => setIsReturning(true)}>
            {t('decide.return')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={isReturning}
        onClose={() => setIsReturning(false)}
        title={t('decide.returnTitle', { unit: report.unit.name })}
        centered
      >
        <Stack gap="sm">
          <Textarea
            label={t('decide.reason')}
            description={t('decide.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
          />
          {giveBack.isError ? <ErrorAlert error={giveBack.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setIsReturning(false)}>
              {tShell('common.cancel')}
            </Button>
            <Button color="red" loading={giveBack.isPending} onClick={confirmReturn}>
              {t('decide.confirmReturn')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
