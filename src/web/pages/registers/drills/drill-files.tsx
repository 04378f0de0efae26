import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TDrillDetail } from '../../../../shared/schemas/drills.ts';
import {
  DRILL_FILE_MAX_BYTES,
  drillFileUrl,
  drillKeys,
  uploadDrillFile,
  useDrillMutations,
} from '../../../api/drills.ts';
import { describeError } from '../../../components/error-alert.tsx';
import { UploadFeedback, useFileUpload } from '../../../components/file-upload.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat, useT } from '../../../i18n/language-provider.tsx';

const KB = 1024;
const sizeText = (bytes: number, number: (n: number) => string) =>
  bytes >= KB * KB
    ? `${number(Math.round((bytes / KB / KB) * 10) / 10)} MB`
    : `${number(Math.max(1, Math.round(bytes / KB)))} KB`;

/** A drill's evidence files: listed for download; its writers add more or remove a wrong one. */
export function DrillFiles({ drill }: { drill: TDrillDetail }) {
  const t = useDrillsT();
  const shell = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { removeFile } = useDrillMutations();
  const maxMb = format.number(DRILL_FILE_MAX_BYTES / KB / KB);
  const { state, upload } = useFileUpload({
    maxBytes: DRILL_FILE_MAX_BYTES,
    tooLargeMessage: t('files.tooLarge', { size: maxMb }),
    send: (file, options) => uploadDrillFile(drill.id, file, options),
    onUploaded: () => queryClient.invalidateQueries({ queryKey: drillKeys.all }),
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby="drill-files-title">
      <Title order={4} fz="sm" id="drill-files-title">
        {t('files.title')}
      </Title>
      {drill.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('files.none')}
        </Text>
      ) : (
        <List spacing={4} size="sm" data-testid="drill-files">
          {drill.files.map((file) => (
            <List.Item key={file.id}>
              <Group gap={6} wrap="nowrap">
                <Anchor href={drillFileUrl(drill.id, file.id)} download={file.fileName} size="sm">
                  {file.fileName}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  ({sizeText(file.fileSize, format.number)}
                  {file.uploadedBy ? ` · ${file.uploadedBy}` : ''})
                </Text>
                {drill.actions.upload ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('files.remove', { name: file.fileName })}
                    loading={removeFile.isPending && removeFile.variables?.fileId === file.id}
                    onClick={() => removeFile.mutate({ id: drill.id, fileId: file.id })}
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {drill.actions.upload ? (
        <Group gap="sm" align="center">
          <FileButton onChange={upload} disabled={state.step === 'uploading'}>
            {(props) => (
              <Button {...props} variant="default" size="xs" loading={state.step === 'uploading'}>
                {t('files.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('files.hint', { size: maxMb })}
          </Text>
        </Group>
      ) : null}
      <UploadFeedback
        state={state}
        progressText={(name, percent) => t('files.uploading', { name, percent })}
        doneText={(name) => t('files.done', { name })}
      />
      {removeFile.isError ? (
        <Alert color="red" variant="light" role="alert">
          {describeError(removeFile.error, shell)}
        </Alert>
      ) : null}
    </Stack>
  );
}
