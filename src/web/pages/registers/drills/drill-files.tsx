import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
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
import type { TDrillDetail } from '../../../../shared/schemas/drills.ts';
import {
  DRILL_FILE_MAX_BYTES,
  drillFileUrl,
  drillKeys,
  uploadDrillFile,
  useDrillMutations,
} from '../../../api/drills.ts';
import { describeError } from '../../../components/error-alert.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat, useT } from '../../../i18n/language-provider.tsx';

type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; fileName: string; fraction: number }
  | { step: 'done'; fileName: string }
  | { step: 'failed'; message: string };

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
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const maxMb = format.number(DRILL_FILE_MAX_BYTES / KB / KB);
  useEffect(() => () => abortRef.current?.abort(), []);

  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.size > DRILL_FILE_MAX_BYTES) {
      setState({ step: 'failed', message: t('files.tooLarge', { size: maxMb }) });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'uploading', fileName: file.name, fraction: 0 });
    try {
      await uploadDrillFile(drill.id, file, {
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: 'uploading', fileName: file.name, fraction }),
      });
      setState({ step: 'done', fileName: file.name });
      await queryClient.invalidateQueries({ queryKey: drillKeys.all });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'failed', message: describeError(error, shell) });
    }
  };
  const percent = state.step === 'uploading' ? Math.round(state.fraction * 100) : 0;

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
      {state.step === 'uploading' ? (
        <Stack gap={4}>
          <Text size="sm" role="status">
            {t('files.uploading', { name: state.fileName, percent })}
          </Text>
          <Progress value={percent} animated={percent >= 100} aria-hidden />
        </Stack>
      ) : null}
      {state.step === 'done' ? (
        <Alert color="green" variant="light" role="status">
          {t('files.done', { name: state.fileName })}
        </Alert>
      ) : null}
      {state.step === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          {state.message}
        </Alert>
      ) : null}
      {removeFile.isError ? (
        <Alert color="red" variant="light" role="alert">
          {describeError(removeFile.error, shell)}
        </Alert>
      ) : null}
    </Stack>
  );
}
