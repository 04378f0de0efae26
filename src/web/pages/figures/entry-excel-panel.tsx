import { Alert, Button, Card, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  type CellError,
  cellErrorsFrom,
  type GridId,
  refreshFigureViews,
  templateUrl,
} from '../../api/figures.ts';
import { uploadFile } from '../../api/upload-file.ts';
import { describeError } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';

type UploadState =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number }
  | { step: 'done'; changed: number }
  | { step: 'rejected'; message: string; cells: CellError[] }
  | { step: 'failed'; message: string };

/** True when a file name is an Excel workbook the server reads (.xlsx). */
function isXlsxName(name: string): boolean {
  return name.toLowerCase().endsWith('.xlsx');
}

/**
 * "Tải mẫu Excel" for everyone who sees the grid; "Nộp tệp Excel" for those who may enter
 * figures, with upload progress and, when the file is refused, each wrong cell ("Ô D7: …").
 */
export function EntryExcelPanel({ gridId, canUpload }: { gridId: GridId; canUpload: boolean }) {
  const t = useFiguresT();
  const common = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const isWrongType = file !== null && !isXlsxName(file.name);

  useEffect(() => () => abortRef.current?.abort(), []);

  const upload = async () => {
    if (!file || isWrongType) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'uploading', fraction: 0 });
    try {
      const result = await uploadFile<{ changed: number }>('/api/figures/upload', file, {
        fieldName: 'file',
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: 'uploading', fraction }),
      });
      await refreshFigureViews(queryClient);
      setState({ step: 'done', changed: result.changed });
      setFile(null);
    } catch (error) {
      if (controller.signal.aborted) return;
      const cells = error instanceof ApiError ? cellErrorsFrom(error.details) : [];
      const message = describeError(error, common);
      setState(cells.length > 0 ? { step: 'rejected', message, cells } : { step: 'failed', message });
    }
  };

  const isUploading = state.step === 'uploading';
  const percent = isUploading ? Math.round(state.fraction * 100) : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="entry-excel-title">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id="entry-excel-title">
            {t('entry.excelTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('entry.excelDescription')}
          </Text>
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Button component="a" href={templateUrl(gridId)} download variant="default">
            {t('entry.downloadTemplate')}
          </Button>
          {canUpload ? (
            <>
              <FileInput
                label={t('entry.upload.file')}
                placeholder={t('entry.upload.choose')}
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={(next) => {
                  setFile(next);
                  if (!isUploading) setState({ step: 'idle' });
                }}
                clearable
                disabled={isUploading}
                error={isWrongType ? t('entry.upload.wrongType') : undefined}
                w={{ base: '100%', sm: 300 }}
              />
              <Button onClick={upload} disabled={!file || isWrongType} loading={isUploading}>
                {t('entry.upload.submit')}
              </Button>
            </>
          ) : null}
        </Group>
        {isUploading ? (
          <Stack gap={4}>
            <Text size="sm" role="status">
              {percent < 100 ? t('entry.upload.progress', { percent }) : t('entry.upload.processing')}
            </Text>
            <Progress
              value={percent}
              animated={percent >= 100}
              aria-label={t('entry.upload.progressLabel')}
            />
          </Stack>
        ) : null}
        {state.step === 'done' ? (
          <Alert color="green" variant="light" role="status">
            {t('entry.upload.done', { count: format.number(state.changed) })}
          </Alert>
        ) : null}
        {state.step === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {state.message}
          </Alert>
        ) : null}
        {state.step === 'rejected' ? (
          <Alert color="red" variant="light" role="alert" title={t('entry.upload.rejectedTitle')}>
            <Text size="sm">{state.message}</Text>
            <List size="sm" mt="xs" data-testid="upload-cell-errors">
              {state.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell may carry several messages
                <List.Item key={index}>{cell.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
