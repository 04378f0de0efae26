import {
  Alert,
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { TReport } from '../../../shared/schemas/reports.ts';
import {
  REPORT_ATTACHMENT_MAX_BYTES,
  reportAttachmentUrl,
  reportKeys,
  uploadReportAttachment,
} from '../../api/reports.ts';
import { describeError } from '../../components/error-alert.tsx';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { formatFileSize } from './report-values.ts';

type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; fileName: string; fraction: number }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

/** Evidence files of a report: listed for download; its writers add more, with upload progress. */
export function ReportAttachments({ report }: { report: TReport }) {
  const t = useReportsT();
  const tShell = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const maxMb = format.number(REPORT_ATTACHMENT_MAX_BYTES / 1024 / 1024);

  useEffect(() => () => abortRef.current?.abort(), []);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.size > REPORT_ATTACHMENT_MAX_BYTES) {
      setState({ step: 'failed', message: t('attachments.tooLarge', { size: maxMb }) });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'uploading', fileName: file.name, fraction: 0 });
    try {
      await uploadReportAttachment(report.id, file, {
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: 'uploading', fileName: file.name, fraction }),
      });
      setState({ step: 'done', fileName: file.name });
      await queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'failed', message: describeError(error, tShell) });
    }
  };

  const percent = state.step === 'uploading' ? Math.round(state.fraction * 100) : 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="report-attachments-title">
      <Stack gap="sm">
        <Title order={3} fz="md" id="report-attachments-title">
          {t('attachments.title')}
        </Title>
        {report.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('attachments.none')}
          </Text>
        ) : (
          <List spacing={4} size="sm" data-testid="report-attachments">
            {report.attachments.map((file) => (
              <List.Item key={file.id}>
                <Anchor href={reportAttachmentUrl(report.id, file.id)} download={file.fileName} size="sm">
                  {file.fileName}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({formatFileSize(file.fileSize, format.number)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {report.actions.edit ? (
          <Group gap="sm" align="center">
            <FileButton onChange={upload} disabled={state.step === 'uploading'}>
              {(props) => (
                <Button {...props} variant="default" size="sm" loading={state.step === 'uploading'}>
                  {t('attachments.add')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              {t('attachments.hint', { size: maxMb })}
            </Text>
          </Group>
        ) : null}
        {state.step === 'uploading' ? (
          <Stack gap={4}>
            <Text size="sm" role="status">
              {percent < 100
                ? t('attachments.progress', { name: state.fileName, percent })
                : t('attachments.processing', { name: state.fileName })}
            </Text>
            <Progress value={percent} animated={percent >= 100} aria-label={t('attachments.progressLabel')} />
          </Stack>
        ) : null}
        {state.step === 'done' ? (
          <Alert color="green" variant="light" role="status">
            {t('attachments.done', { name: state.fileName })}
          </Alert>
        ) : null}
        {state.step === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {state.message}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
