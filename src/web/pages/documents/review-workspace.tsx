import { Alert, Box, Button, Card, ColorSwatch, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { type FocusEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TDocumentDetail } from '../../../shared/schemas/documents.ts';
import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import { type ConfirmDocumentResult, useConfirmDocument } from '../../api/documents.ts';
import { useIndicatorCatalogue } from '../../api/figures.ts';
import { sortUnitsForDisplay, useUnit, useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { type DocumentsTranslateFn, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { agencySelectData, buildAgencyPool } from './agency-options.ts';
import { isoToDateText } from './form-values.ts';
import { ReviewCitationsSection } from './review-citations-section.tsx';
import { ReviewExtrasSection } from './review-extras-section.tsx';
import { ReviewMetadataSection } from './review-metadata-section.tsx';
import {
  buildMarks,
  buildReviewForm,
  buildSegments,
  countTargets,
  countTasks,
  MARK_TYPES,
  type MarkType,
  type ReviewErrors,
  type ReviewForm,
  type TargetFormRow,
  type TaskRow,
  type TextMark,
  taskRowOfTarget,
  toConfirmRequest,
} from './review-model.ts';
import { MARK_COLORS, ReviewSyncProvider } from './review-sync.tsx';
import { ReviewTargetsSection, type TargetUnitOption } from './review-targets-section.tsx';
import { ReviewTasksSection } from './review-tasks-section.tsx';
import { ReviewText } from './review-text.tsx';

/** State handed to the document page after confirming, so it can say what was created. */
export interface ConfirmedState {
  confirmed: ConfirmDocumentResult;
}

const META_LABELS: Record<string, Parameters<DocumentsTranslateFn>[0]> = {
  number: 'review.field.number',
  kind: 'review.field.kind',
  date: 'review.field.issuedOn',
  place: 'review.field.place',
  issuer: 'review.field.issuerText',
  subject: 'review.field.subject',
  signerName: 'review.field.signerName',
  signerPosition: 'review.field.signerPosition',
};

/**
 * The words shown when pointing at a highlight: which field it fills. Only rows read from the text
 * carry a span, so the extraction alone names them (typing in the form never re-renders the text).
 */
function describeMark(
  key: string,
  doc: TDocumentDetail,
  extraction: TExtraction,
  dt: DocumentsTranslateFn,
): string {
  const metaKey = META_LABELS[key];
  if (metaKey) return dt(metaKey);
  const [kind, id] = [key.slice(0, key.indexOf('-')), key.slice(key.indexOf('-') + 1)];
  // Parts of a split row ("p3s2") name the assignment they came from.
  const index = Number.parseInt(id.slice(1), 10);
  if (kind === 'recipient') return dt('review.field.recipients');
  if (kind === 'citation')
    return dt('review.mark.citation', { number: extraction.citations[index]?.number ?? '' });
  if (kind === 'task') {
    const proposal = doc.proposals.find((p) => p.index === index);
    return dt('review.mark.task', { agency: proposal?.agency ?? '' });
  }
  if (kind === 'deadline') {
    return dt('review.mark.deadline', { date: isoToDateText(extraction.deadlines[Number(id)]?.date) });
  }
  if (kind === 'recurring') return dt('review.legend.deadline');
  if (kind === 'target') return dt('review.extras.target');
  return dt('review.extras.result');
}

/** A signature of the spans the form still holds, so the highlights are recomputed only when rows come and go. */
function spanSignature(form: ReviewForm): string {
  const rows = [...form.recipients, ...form.citations, ...form.tasks];
  return rows.map((r) => `${r.rowId}:${r.span?.start ?? ''}`).join(',');
}

function Legend({ marks }: { marks: readonly TextMark[] }) {
  const dt = useDocumentsT();
  const counts = new Map<MarkType, number>();
  for (const mark of marks) counts.set(mark.type, (counts.get(mark.type) ?? 0) + 1);
  return (
    <Group gap="md" wrap="wrap" aria-label={dt('review.legend.label')} role="list">
      {MARK_TYPES.map((type) => (
        <Group key={type} gap={6} wrap="nowrap" role="listitem">
          <ColorSwatch
            color={`var(--mantine-color-${MARK_COLORS[type]}-2)`}
            size={14}
            withShadow={false}
            style={{ border: `2px solid var(--mantine-color-${MARK_COLORS[type]}-6)` }}
          />
          <Text size="xs">
            {dt(`review.legend.${type}`)} ({counts.get(type) ?? 0})
          </Text>
        </Group>
      ))}
    </Group>
  );
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} fz="md" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * The review: the original text with its highlights on the left, the editable form on the right.
 * Clicking a highlight brings its field into view; focusing a field scrolls the text to its words.
 */
export function ReviewWorkspace({
  doc,
  body,
  extraction,
}: {
  doc: TDocumentDetail;
  body: string;
  extraction: TExtraction;
}) {
  const dt = useDocumentsT();
  const format = useFormat();
  const navigate = useNavigate();
  const [form, setForm] = useState<ReviewForm>(() => buildReviewForm(doc));
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  // Set while a click in the text moves focus into the form, so the text does not jump back.
  const pickedFromText = useRef<string | null>(null);
  const confirm = useConfirmDocument(doc.id);
  const unit = useUnit(doc.unitId);
  const hasTargets = doc.targetProposals.length > 0;
  const catalogue = useIndicatorCatalogue();
  const subUnits = useUnitChildren(doc.unitId, false, hasTargets);
  // A document sets targets for its own unit or the units directly under it.
  const targetUnits = useMemo<TargetUnitOption[]>(
    () => [
      { value: String(doc.unitId), label: doc.unitName, level: unit.data?.level ?? null },
      ...sortUnitsForDisplay(subUnits.data?.items ?? []).map((u) => ({
        value: String(u.id),
        label: u.name,
        level: u.level,
      })),
    ],
    [doc.unitId, doc.unitName, unit.data?.level, subUnits.data],
  );

  const pool = useMemo(
    () =>
      buildAgencyPool(
        doc.proposals,
        unit.data ? { unitName: unit.data.name, agencies: unit.data.agencies } : null,
      ),
    [doc.proposals, unit.data],
  );
  const agencyData = useMemo(() => {
    const extra =
      form.issuerAgencyId && !pool.has(Number(form.issuerAgencyId))
        ? [{ value: form.issuerAgencyId, label: form.issuerText || `#${form.issuerAgencyId}` }]
        : [];
    return agencySelectData(pool, { suggested: '', others: '' }, [], extra);
  }, [pool, form.issuerAgencyId, form.issuerText]);

  const signature = spanSignature(form);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the spans of the rows
  const marks = useMemo(() => buildMarks(extraction, form), [extraction, signature]);
  const segments = useMemo(() => buildSegments(body.length, marks), [body, marks]);
  const labelOf = useCallback((key: string) => describeMark(key, doc, extraction, dt), [doc, extraction, dt]);

  const scrollTextTo = useCallback((key: string) => {
    const container = textRef.current;
    const mark = container?.querySelector<HTMLElement>(`[data-keys~="${CSS.escape(key)}"]`);
    if (!container || !mark) return;
    container.scrollTo({ top: Math.max(0, mark.offsetTop - container.clientHeight / 3), behavior: 'smooth' });
  }, []);

  const pickFromText = useCallback((key: string) => {
    setActiveKey(key);
    const field = formRef.current?.querySelector<HTMLElement>(`[data-review-key="${CSS.escape(key)}"]`);
    if (!field) return;
    field.scrollIntoView({ behavior: 'smooth', block: 'center' });
    const focusable = field.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button');
    pickedFromText.current = key;
    focusable?.focus({ preventScroll: true });
    pickedFromText.current = null;
  }, []);

  const onFormFocus = (event: FocusEvent<HTMLDivElement>) => {
    const key = (event.target as HTMLElement).closest('[data-review-key]')?.getAttribute('data-review-key');
    if (!key) return;
    setActiveKey(key);
    if (pickedFromText.current !== key) scrollTextTo(key);
  };

  const [isDirty, setIsDirty] = useState(false);
  const setMetadata = useCallback((patch: Partial<ReviewForm>) => {
    setIsDirty(true);
    setForm((current) => ({ ...current, ...patch }));
  }, []);
  const setTasks = useCallback((update: (rows: TaskRow[]) => TaskRow[]) => {
    setIsDirty(true);
    setForm((current) => ({ ...current, tasks: update(current.tasks) }));
  }, []);
  const setTargets = useCallback((update: (rows: TargetFormRow[]) => TargetFormRow[]) => {
    setIsDirty(true);
    setForm((current) => ({ ...current, targets: update(current.targets) }));
  }, []);
  const taskNumberOf = useCallback(
    (target: TargetFormRow) => {
      const index = taskRowOfTarget(form.tasks, target);
      return index < 0 ? null : index + 1;
    },
    [form.tasks],
  );

  // Closing or reloading the tab would lose the corrections: the browser asks first.
  useEffect(() => {
    if (!isDirty || confirm.isSuccess) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty, confirm.isSuccess]);

  // After a failed check, bring the first field to fix into view.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current
      ?.querySelector<HTMLElement>('[data-review-error]')
      ?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [errors]);

  const submit = () => {
    const result = toConfirmRequest(form);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    confirm.mutate(result.request, {
      onSuccess: (confirmed) => {
        const state: ConfirmedState = { confirmed };
        navigate(`/van-ban/${doc.id}`, { state });
      },
    });
  };

  const errorKeys = useMemo(() => new Set(Object.keys(errors)), [errors]);
  const errorCount = errorKeys.size;
  const taskCount = countTasks(form);

  return (
    <ReviewSyncProvider value={{ activeKey, errorKeys }}>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card
            withBorder
            padding={0}
            style={{ position: 'sticky', top: 76, display: 'flex', flexDirection: 'column' }}
            h={{ base: '60vh', md: 'calc(100vh - 96px)' }}
          >
            <Stack gap={6} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="sm" fw={600}>
                {dt('review.text.title')}
              </Text>
              <Legend marks={marks} />
              <Text size="xs" c="dimmed">
                {dt('review.text.hint')}
              </Text>
            </Stack>
            <Box style={{ flex: 1, minHeight: 0 }}>
              <ReviewText
                body={body}
                segments={segments}
                activeKey={activeKey}
                labelOf={labelOf}
                onPick={pickFromText}
                containerRef={textRef}
                label={dt('review.text.title')}
              />
            </Box>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md" ref={formRef} onFocus={onFormFocus} data-testid="review-form">
            <Section title={dt('review.section.metadata')} id="review-metadata">
              <ReviewMetadataSection
                form={form}
                errors={errors}
                agencyData={agencyData}
                onChange={setMetadata}
              />
            </Section>
            <Section title={dt('review.section.citations')} id="review-citations">
              <ReviewCitationsSection
                rows={form.citations}
                errors={errors}
                onChange={(citations) => setMetadata({ citations })}
              />
            </Section>
            <Section title={dt('review.section.tasks')} id="review-tasks">
              <ReviewTasksSection
                rows={form.tasks}
                pool={pool}
                agencyData={agencyData}
                errors={errors}
                body={body}
                extraction={extraction}
                onChange={setTasks}
              />
            </Section>
            <Section title={dt('review.section.targets')} id="review-targets">
              <ReviewTargetsSection
                rows={form.targets}
                taskNumberOf={taskNumberOf}
                indicators={catalogue.data?.indicators ?? []}
                units={targetUnits}
                errors={errors}
                onChange={setTargets}
              />
            </Section>
            <Section title={dt('review.section.extras')} id="review-extras">
              <ReviewExtrasSection extraction={extraction} />
            </Section>
            <Card withBorder padding="md" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
              <Stack gap="sm">
                {errorCount > 0 ? (
                  <Alert color="red" variant="light" role="alert">
                    {dt('review.error.summary', { count: format.number(errorCount) })}
                  </Alert>
                ) : null}
                {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Text size="sm">
                    {dt('review.submit.summary', {
                      tasks: format.number(taskCount),
                      citations: format.number(form.citations.length),
                      targets: format.number(countTargets(form)),
                    })}
                  </Text>
                  <Button onClick={submit} loading={confirm.isPending}>
                    {dt('review.submit')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </ReviewSyncProvider>
  );
}
