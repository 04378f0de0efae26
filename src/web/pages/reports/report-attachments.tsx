import { Anchor, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TReport } from '../../../shared/schemas/reports.ts';
import {
  REPORT_ATTACHMENT_MAX_BYTES,
  reportAttachmentUrl,
  reportKeys,
  uploadReportAttachment,
} from '../../api/reports.ts';
import { UploadFeedback, useFileUpload } from '../../components/file-upload.tsx';
import { useFormat } from '../../i18n/language-provider.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { formatFileSize } from './report-values.ts';

/** Evidence files of a report: listed for download; its writers add more, with upload progress. */
export function ReportAttachments({ report }: { report: TReport }) {
  const t = useReportsT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const maxMb = format.number(REPORT_ATTACHMENT_MAX_BYTES / 1024 / 1024);
  const { state, upload } = useFileUpload({
    maxBytes: REPORT_ATTACHMENT_MAX_BYTES,
    tooLargeMessage: t('attachments.tooLarge', { size: maxMb }),
    send: (file, options) => uploadReportAttachment(report.id, file, options),
    onUploaded: () => queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) }),
  });

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
        <UploadFeedback
          state={state}
          progressText={(name, percent) =>
            percent < 100
              ? t('attachments.progress', { name, percent })
              : t('attachments.processing', { name })
          }
          progressLabel={t('attachments.progressLabel')}
          doneText={(name) => t('attachments.done', { name })}
        />
      </Stack>
    </Card>
  );
}
