import { Alert, Button, Card, Center, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useReportWorkflow } from '../../api/reports.ts';
import { describeError } from '../../components/error-alert.tsx';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import type { NarrativeDraft, SaveStatus } from './narrative-draft.ts';

// The editor (tiptap and its toolbar) is the heaviest part of the page: it loads only for writers.
const NarrativeEditor = lazy(() =>
  import('./narrative-editor.tsx').then((m) => ({ default: m.NarrativeEditor })),
);

function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useReportsT();
  const tShell = useT();
  const format = useFormat();
  const text =
    status.step === 'pending'
      ? t('narrative.pending')
      : status.step === 'saving'
        ? t('narrative.saving')
        : status.step === 'saved'
          ? t('narrative.savedAt', { time: format.dateTime(status.at) })
          : status.step === 'failed'
            ? t('narrative.saveFailed', { reason: describeError(status.error, tShell) })
            : t('narrative.autosave');
  return (
    <Text
      size="sm"
      c={status.step === 'failed' ? 'red' : 'dimmed'}
      role="status"
      data-testid="save-status"
      data-step={status.step}
    >
      {text}
    </Text>
  );
}

/**
 * The narrative being written, with "Lưu" and "Gửi báo cáo". Submitting saves what is left first;
 * when a section is still empty the server names it, and that message is shown as it is.
 */
export function NarrativeWriter({
  report,
  draft,
  onFocusSection,
  onSubmitted,
}: {
  report: TReport;
  draft: NarrativeDraft;
  onFocusSection: (key: string) => void;
  onSubmitted: (message: string) => void;
}) {
  const t = useReportsT();
  const tShell = useT();
  const format = useFormat();
  const { submit } = useReportWorkflow(report.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  // The server's complaint ("Chưa viết các mục: …") is about the text as it was: editing answers it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: any change of the text clears the complaint
  useEffect(() => setSubmitError(null), [draft.drafts]);

  const send = async () => {
    setIsConfirming(false);
    setSubmitError(null);
    try {
      await draft.flush();
      const { isLate } = await submit.mutateAsync();
      onSubmitted(isLate ? t('submit.doneLate', { due: format.date(report.dueOn) }) : t('submit.done'));
    } catch (error) {
      setSubmitError(describeError(error, tShell));
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="narrative-title">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="sm" wrap="wrap">
          <Title order={3} fz="md" id="narrative-title">
            {t('narrative.title')}
          </Title>
          <SaveStatusText status={draft.status} />
        </Group>
        <Suspense
          fallback={
            <Center h={200}>
              <Loader size="md" aria-label={tShell('common.loading')} />
            </Center>
          }
        >
          <NarrativeEditor
            sections={report.form.sections}
            drafts={draft.drafts}
            insertRequest={draft.insertRequest}
            onChange={draft.setSection}
            onFocusSection={onFocusSection}
          />
        </Suspense>
        {submitError ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title={t('submit.failed')}
            data-testid="submit-error"
          >
            {submitError}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => draft.flush().catch(() => undefined)}
            disabled={!draft.isDirty}
            loading={draft.status.step === 'saving'}
          >
            {t('narrative.save')}
          </Button>
          <Button onClick={() => setIsConfirming(true)} loading={submit.isPending}>
            {t('submit.button')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={t('submit.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('submit.confirm', { recipient: report.recipient })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setIsConfirming(false)}>
              {tShell('common.cancel')}
            </Button>
            <Button onClick={send} data-autofocus>
              {t('submit.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
