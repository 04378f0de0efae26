import { Alert, Button, Card, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import { ApiError } from '../../api/client.ts';
import {
  importRowErrors,
  type UnitImportResult,
  type UnitImportRowError,
  unitKeys,
} from '../../api/units.ts';
import { uploadFile } from '../../api/upload-file.ts';
import { describeError } from '../../components/error-alert.tsx';
import { useFormat, useT } from '../../i18n/language-provider.tsx';

const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'];

type ImportState =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number }
  | { step: 'done'; imported: number; successions: number }
  | { step: 'rejected'; message: string; rows: UnitImportRowError[] }
  | { step: 'failed'; message: string };

/** Checks the file before sending it; answers a message key when it cannot be imported. */
export function checkImportFile(
  file: Pick<File, 'name' | 'size'>,
): 'units.import.wrongType' | 'units.import.tooLarge' | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'units.import.wrongType';
  if (file.size > LIMITS.unitImportMaxBytes) return 'units.import.tooLarge';
  return null;
}

function RowErrorsTable({ rows }: { rows: UnitImportRowError[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={480} mah={360}>
      <Table striped withTableBorder stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('units.import.row')}</Table.Th>
            <Table.Th w={160}>{t('units.import.column')}</Table.Th>
            <Table.Th>{t('units.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row of a file may carry several errors
            <Table.Tr key={`${row.row}-${row.column ?? ''}-${index}`}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.column || '—'}</Table.Td>
              <Table.Td>{row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Admins upload a .csv/.xlsx list of units; shows upload progress, then the count or row errors. */
export function UnitImportPanel() {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const fileProblem = file ? checkImportFile(file) : null;

  useEffect(() => () => abortRef.current?.abort(), []);

  const upload = async () => {
    if (!file || fileProblem) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'uploading', fraction: 0 });
    try {
      const result = await uploadFile<UnitImportResult>('/api/units/import', file, {
        fieldName: 'file',
        signal: controller.signal,
        onProgress: (fraction) => setState({ step: 'uploading', fraction }),
      });
      setState({ step: 'done', imported: result.imported, successions: result.successions ?? 0 });
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: unitKeys.all });
    } catch (error) {
      if (controller.signal.aborted) return;
      const rows = error instanceof ApiError ? importRowErrors(error.details) : [];
      if (rows.length > 0) setState({ step: 'rejected', message: describeError(error, t), rows });
      else setState({ step: 'failed', message: describeError(error, t) });
    }
  };

  const isUploading = state.step === 'uploading';
  const percent = isUploading ? Math.round(state.fraction * 100) : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unit-import-title">
      <Stack gap="md">
        <div>
          <Title order={3} fz="lg" id="unit-import-title">
            {t('units.import.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('units.import.description', { size: format.number(LIMITS.unitImportMaxBytes / 1024 / 1024) })}
          </Text>
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <FileInput
            label={t('units.import.file')}
            placeholder={t('units.import.choose')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(next) => {
              setFile(next);
              if (state.step !== 'uploading') setState({ step: 'idle' });
            }}
            clearable
            disabled={isUploading}
            error={fileProblem ? t(fileProblem) : undefined}
            w={{ base: '100%', sm: 360 }}
          />
          <Button onClick={upload} disabled={!file || fileProblem !== null} loading={isUploading}>
            {t('units.import.submit')}
          </Button>
        </Group>
        {isUploading ? (
          <Stack gap={4}>
            <Text size="sm" role="status">
              {percent < 100 ? t('units.import.progress', { percent }) : t('units.import.processing')}
            </Text>
            <Progress
              value={percent}
              animated={percent >= 100}
              aria-label={t('units.import.progressLabel')}
            />
          </Stack>
        ) : null}
        {state.step === 'done' ? (
          <Alert color="green" variant="light" role="status" title={t('units.import.doneTitle')}>
            {t('units.import.done', { count: format.number(state.imported) })}
            {state.successions > 0
              ? ` ${t('units.import.doneSuccessions', { count: format.number(state.successions) })}`
              : ''}
          </Alert>
        ) : null}
        {state.step === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {state.message}
          </Alert>
        ) : null}
        {state.step === 'rejected' ? (
          <Stack gap="xs">
            <Alert color="red" variant="light" role="alert" title={t('units.import.rejectedTitle')}>
              {state.message}
            </Alert>
            <RowErrorsTable rows={state.rows} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
