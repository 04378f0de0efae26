import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LIMITS } from '../../../shared/limits.ts';
import { ApiError } from '../../api/client.ts';
import { registerDocumentFile, registerDocumentText } from '../../api/documents.ts';
import { useCurrentUser } from '../../api/session.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { describeError } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { type DocumentsKey, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { vietnameseOptionsFilter } from './vietnamese-filter.ts';

/** File types the server reads text from. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.pdf'] as const;
/** Largest file the server accepts (20 MB). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Checks a file before sending it; answers a message key when the server would refuse it. */
export function checkDocumentFile(file: Pick<File, 'name' | 'size'>): DocumentsKey | null {
  const name = file.name.toLowerCase();
  if (!DOCUMENT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'register.file.wrongType';
  if (file.size > DOCUMENT_MAX_BYTES) return 'register.file.tooLarge';
  if (file.size === 0) return 'register.file.empty';
  return null;
}

type Source = 'paste' | 'file';
type SubmitState =
  | { step: 'idle' }
  | { step: 'sending'; fraction: number | null }
  | { step: 'failed'; message: string; existingId: number | null };

/** The document the unit already has when the server refuses a second registration of its text. */
function existingDocumentId(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const id = (error.details as { documentId?: unknown } | undefined)?.documentId;
  return typeof id === 'number' ? id : null;
}

/**
 * "Đăng ký văn bản": paste the text or upload the file, mark it secret if it is, then go straight
 * to the review page with the extraction.
 */
export function DocumentRegisterPage() {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const children = useUnitChildren(user.unit.id, false);
  const [source, setSource] = useState<Source>('paste');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [isSecret, setIsSecret] = useState(false);
  const [unitId, setUnitId] = useState<string>(String(user.unit.id));
  const [state, setState] = useState<SubmitState>({ step: 'idle' });
  const [isTouched, setIsTouched] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const fileProblem = file ? checkDocumentFile(file) : null;
  const textProblem: DocumentsKey | null = !text.trim()
    ? 'register.text.required'
    : text.length > LIMITS.extractTextMaxChars
      ? 'register.text.tooLong'
      : null;
  const isSending = state.step === 'sending';
  const canSubmit = source === 'paste' ? textProblem === null : file !== null && fileProblem === null;

  const submit = async () => {
    setIsTouched(true);
    if (!canSubmit || isSending) return;
    const input = {
      classification: isSecret ? ('mat' as const) : ('thuong' as const),
      unitId: Number(unitId),
    };
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ step: 'sending', fraction: source === 'file' ? 0 : null });
    try {
      const { id } =
        source === 'paste'
          ? await registerDocumentText(text, input)
          : await registerDocumentFile(file!, input, {
              signal: controller.signal,
              onProgress: (fraction) => setState({ step: 'sending', fraction }),
            });
      navigate(`/van-ban/${id}/ra-soat`);
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ step: 'failed', message: describeError(error, t), existingId: existingDocumentId(error) });
    }
  };

  const percent =
    state.step === 'sending' && state.fraction !== null ? Math.round(state.fraction * 100) : null;
  const unitOptions = [
    { value: String(user.unit.id), label: user.unit.name },
    ...sortUnitsForDisplay(children.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name })),
  ];

  if (user.role === 'viewer') {
    return (
      <Stack gap="lg" maw={960}>
        <PageHeader title={dt('register.title')} />
        <Alert color="gray" variant="light" role="alert">
          {dt('register.notAllowed')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={dt('register.title')} description={dt('register.description')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <SegmentedControl
            value={source}
            onChange={(value) => setSource(value === 'file' ? 'file' : 'paste')}
            data={[
              { value: 'paste', label: dt('register.source.paste') },
              { value: 'file', label: dt('register.source.file') },
            ]}
            disabled={isSending}
            style={{ alignSelf: 'flex-start' }}
            aria-label={dt('register.source.label')}
          />
          {source === 'paste' ? (
            <Textarea
              label={dt('register.text.label')}
              description={dt('register.text.description')}
              placeholder={dt('register.text.placeholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={12}
              maxRows={30}
              disabled={isSending}
              error={isTouched && textProblem ? dt(textProblem) : undefined}
              styles={{
                input: { fontFamily: '"Times New Roman", Times, "Liberation Serif", serif', fontSize: 15 },
              }}
            />
          ) : (
            <FileInput
              label={dt('register.file.label')}
              description={dt('register.file.description', {
                size: format.number(DOCUMENT_MAX_BYTES / 1024 / 1024),
              })}
              placeholder={dt('register.file.choose')}
              accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              value={file}
              onChange={(next) => {
                setFile(next);
                if (state.step === 'failed') setState({ step: 'idle' });
              }}
              clearable
              disabled={isSending}
              error={
                fileProblem ? dt(fileProblem) : isTouched && !file ? dt('register.file.required') : undefined
              }
              w={{ base: '100%', sm: 420 }}
            />
          )}
          <Group align="flex-end" gap="lg" wrap="wrap">
            <Select
              label={dt('register.unit')}
              description={dt('register.unitHint')}
              data={unitOptions}
              value={unitId}
              onChange={(value) => setUnitId(value ?? String(user.unit.id))}
              searchable
              allowDeselect={false}
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={t('common.nothingFound')}
              disabled={isSending}
              w={{ base: '100%', sm: 320 }}
            />
            <Checkbox
              label={dt('register.secret')}
              description={dt('register.secretHint')}
              checked={isSecret}
              onChange={(e) => setIsSecret(e.currentTarget.checked)}
              disabled={isSending}
              color="red"
              maw={420}
            />
          </Group>
          {isSending ? (
            <Stack gap={4}>
              <Text size="sm" role="status">
                {percent !== null && percent < 100
                  ? dt('register.progress', { percent })
                  : dt('register.processing')}
              </Text>
              <Progress
                value={percent ?? 100}
                animated={percent === null || percent >= 100}
                aria-label={dt('register.progressLabel')}
              />
            </Stack>
          ) : null}
          {state.step === 'failed' ? (
            <Alert color="red" variant="light" role="alert" title={dt('register.failed')}>
              {state.message}
              {state.existingId !== null ? (
                <Anchor component={Link} to={`/van-ban/${state.existingId}`} display="block" mt={6}>
                  {dt('register.openExisting')}
                </Anchor>
              ) : null}
            </Alert>
          ) : null}
          <Group>
            <Button onClick={submit} loading={isSending} disabled={isTouched && !canSubmit}>
              {dt('register.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
