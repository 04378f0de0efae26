import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { Fragment, memo, useCallback, useRef, useState } from 'react';
import type { TExtraction } from '../../../shared/schemas/extraction.ts';
import { RECURRENCES } from '../../../shared/task-status.ts';
import { useDocumentsT } from '../../i18n/documents-messages.ts';
import { agencyKindLabel } from '../../i18n/labels.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { type AgencyOption, agencySelectData } from './agency-options.ts';
import { DateTextInput } from './date-text-input.tsx';
import {
  countTasks,
  fieldKey,
  leadIdsOf,
  newTaskRow,
  type ReviewErrors,
  TASK_TITLE_MAX,
  type TaskRow,
} from './review-model.ts';
import {
  addTaskForLead,
  countTaskItems,
  type SplitContext,
  type SplitRecord,
  splitRowIn,
  undoSplit,
} from './review-split.ts';
import { ReviewField } from './review-sync.tsx';
import { vietnameseOptionsFilter } from './vietnamese-filter.ts';

type AgencyData = (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[];

function PluralLead({
  row,
  pool,
  error,
  onChange,
}: {
  row: TaskRow & { lead: { type: 'plural' } };
  pool: ReadonlyMap<number, AgencyOption>;
  error: string | undefined;
  onChange: (patch: Partial<TaskRow>) => void;
}) {
  const t = useT();
  const dt = useDocumentsT();
  const format = useFormat();
  const { lead } = row;
  const setChecked = (checkedIds: number[]) => onChange({ lead: { ...lead, checkedIds } });
  const labelId = `${row.rowId}-plural-label`;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={labelId}>
        {dt('review.task.pluralLead', {
          kind: agencyKindLabel(lead.agencyKind, t).toLowerCase(),
          count: format.number(lead.candidateIds.length),
        })}
      </Text>
      {lead.replacedDistricts ? (
        <Alert color="blue" variant="light" p="xs">
          <Text size="sm">{dt('review.task.replacedDistricts')}</Text>
        </Alert>
      ) : null}
      <Group gap="xs">
        <Button variant="light" size="compact-xs" onClick={() => setChecked(lead.candidateIds)}>
          {dt('review.task.checkAll')}
        </Button>
        <Button variant="light" color="gray" size="compact-xs" onClick={() => setChecked([])}>
          {dt('review.task.uncheckAll')}
        </Button>
        <Text size="xs" c="dimmed" role="status">
          {dt('review.task.checkedCount', {
            checked: format.number(lead.checkedIds.length),
            total: format.number(lead.candidateIds.length),
          })}
        </Text>
      </Group>
      <Checkbox.Group
        aria-labelledby={labelId}
        value={lead.checkedIds.map(String)}
        onChange={(values) => setChecked(values.map(Number))}
        error={error}
      >
        <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} verticalSpacing={4} py={4}>
            {lead.candidateIds.map((id) => (
              <Checkbox key={id} value={String(id)} label={pool.get(id)?.name ?? `#${id}`} size="xs" />
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
      </Checkbox.Group>
    </Stack>
  );
}

/** One assignment: who leads (by what the server matched), who supports, by when, how often. */
const TaskRowCard = memo(function TaskRowCard({
  row,
  number,
  pool,
  agencyData,
  errors,
  itemCount,
  onChange,
  onRemove,
  onSplit,
  onAddForLead,
}: {
  row: TaskRow;
  number: number;
  pool: ReadonlyMap<number, AgencyOption>;
  agencyData: AgencyData;
  errors: ReviewErrors;
  /** How many tasks the row's list of items would become (0: nothing to split). */
  itemCount: number;
  onChange: (rowId: string, patch: Partial<TaskRow>) => void;
  onRemove: (rowId: string) => void;
  onSplit: (rowId: string) => void;
  onAddForLead: (rowId: string) => void;
}) {
  const t = useT();
  const dt = useDocumentsT();
  const key = fieldKey.task(row.rowId);
  const error = (name: string) => {
    const code = errors[`${key}-${name}`];
    return code ? dt(code) : undefined;
  };
  const patch = (changes: Partial<TaskRow>) => onChange(row.rowId, changes);
  const groups = { suggested: dt('review.agency.suggested'), others: dt('review.agency.others') };
  const heading = !row.written
    ? dt('review.task.headingAdded', { number })
    : row.item
      ? dt('review.task.headingItem', { number, agency: row.written, item: row.item })
      : dt('review.task.heading', { number, agency: row.written });
  // A part of a split row may go like a row added by hand: the other parts still carry the assignment.
  const isRemovable = row.proposalIndex === null || row.item !== null;

  return (
    <ReviewField fieldKey={key} type="task">
      <Card
        withBorder
        padding="sm"
        role="group"
        aria-label={heading}
        data-testid="review-task"
        style={{ opacity: row.isSkipped ? 0.7 : 1 }}
      >
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {dt('review.task.number', { number })}
                </Text>
                <Badge size="sm" variant="light" color={row.role === 'lead' ? 'green' : 'gray'}>
                  {row.role === 'lead' ? dt('review.task.roleLead') : dt('review.task.roleSupport')}
                </Badge>
                {row.item ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {dt('review.task.item', { item: row.item })}
                  </Badge>
                ) : null}
              </Group>
              {row.written && row.proposalIndex !== null ? (
                <Text size="sm">{dt('review.task.written', { agency: row.written })}</Text>
              ) : null}
            </Stack>
            <Group gap="sm" wrap="nowrap">
              {row.proposalIndex === null ? null : (
                <Checkbox
                  label={dt('review.task.skip')}
                  checked={row.isSkipped}
                  onChange={(e) => patch({ isSkipped: e.currentTarget.checked })}
                />
              )}
              {isRemovable ? (
                <Button variant="subtle" color="red" size="compact-xs" onClick={() => onRemove(row.rowId)}>
                  {dt('review.task.remove')}
                </Button>
              ) : null}
            </Group>
          </Group>
          {row.isSkipped ? (
            <Text size="sm" c="dimmed">
              {row.role === 'support' ? dt('review.task.skippedSupport') : dt('review.task.skipped')}
            </Text>
          ) : null}
          <Textarea
            label={dt('review.task.title')}
            value={row.title}
            onChange={(e) => patch({ title: e.currentTarget.value })}
            autosize
            minRows={2}
            maxRows={6}
            error={error('title')}
            description={
              row.title.length > TASK_TITLE_MAX
                ? dt('review.task.titleLength', { count: row.title.length, max: TASK_TITLE_MAX })
                : undefined
            }
          />
          {row.lead.type === 'plural' ? (
            <PluralLead
              row={row as TaskRow & { lead: { type: 'plural' } }}
              pool={pool}
              error={error('lead')}
              onChange={patch}
            />
          ) : (
            <Select
              label={dt('review.task.lead')}
              placeholder={dt('review.agency.choose')}
              description={
                row.lead.type === 'none' && row.written
                  ? row.lead.suggestionIds.length > 0
                    ? dt('review.task.noMatch')
                    : dt('review.task.noMatchNoSuggestion')
                  : undefined
              }
              data={
                row.lead.type === 'none' ? agencySelectData(pool, groups, row.lead.suggestionIds) : agencyData
              }
              value={row.lead.agencyId}
              onChange={(agencyId) => {
                const lead =
                  row.lead.type === 'none'
                    ? { ...row.lead, agencyId }
                    : { type: 'single' as const, agencyId };
                // Picking an agency for a skipped row means the reviewer wants the task.
                patch({ lead, ...(agencyId ? { isSkipped: false } : {}) });
              }}
              searchable
              clearable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={t('common.nothingFound')}
              limit={100}
              error={error('lead')}
              withAsterisk={!row.isSkipped}
            />
          )}
          <MultiSelect
            label={dt('review.task.support')}
            description={
              row.partnersWritten.length > 0
                ? dt('review.task.partnersWritten', { names: row.partnersWritten.join('; ') })
                : undefined
            }
            data={agencyData}
            value={row.supportIds}
            onChange={(supportIds) => patch({ supportIds })}
            searchable
            clearable
            filter={vietnameseOptionsFilter}
            nothingFoundMessage={t('common.nothingFound')}
            limit={100}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <DateTextInput
              label={dt('review.task.due')}
              value={row.due}
              onChange={(due) => patch({ due })}
              error={error('due')}
            />
            <Select
              label={dt('review.task.recurrence')}
              data={RECURRENCES.map((value) => ({ value, label: dt(`recurrence.${value}`) }))}
              value={row.recurrence}
              onChange={(value) => {
                const recurrence = RECURRENCES.find((r) => r === value);
                if (recurrence) patch({ recurrence });
              }}
              allowDeselect={false}
            />
          </SimpleGrid>
          {itemCount >= 2 || leadIdsOf(row.lead).length > 0 ? (
            <Group gap="xs" wrap="wrap">
              {itemCount >= 2 ? (
                <>
                  <Button variant="light" size="compact-sm" onClick={() => onSplit(row.rowId)}>
                    {dt('review.task.split')}
                  </Button>
                  <Text size="xs" c="dimmed">
                    {dt('review.task.splitHint', { count: itemCount })}
                  </Text>
                </>
              ) : null}
              {leadIdsOf(row.lead).length > 0 ? (
                <Button variant="subtle" size="compact-sm" onClick={() => onAddForLead(row.rowId)}>
                  {dt('review.task.addForLead')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Card>
    </ReviewField>
  );
});

/** The assignments found in "Tổ chức thực hiện", each to become one task per chosen lead agency. */
export function ReviewTasksSection({
  rows,
  pool,
  agencyData,
  errors,
  body,
  extraction,
  onChange,
}: {
  rows: TaskRow[];
  pool: ReadonlyMap<number, AgencyOption>;
  agencyData: AgencyData;
  errors: ReviewErrors;
  /** The text the rows' spans point into, to split a row at the items the document lists. */
  body: string | null;
  extraction: Pick<TExtraction, 'deadlines' | 'recurring'>;
  onChange: (update: (rows: TaskRow[]) => TaskRow[]) => void;
}) {
  const dt = useDocumentsT();
  const format = useFormat();
  const nextRow = useRef(0);
  // Only the last split can be taken back; the number is the one the row had, to name it.
  const [lastSplit, setLastSplit] = useState<{ record: SplitRecord; number: number } | null>(null);
  // Read through refs so the callbacks keep their identity and the memoised cards do not re-render.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const context: SplitContext = { body, deadlines: extraction.deadlines, recurring: extraction.recurring };
  const contextRef = useRef(context);
  contextRef.current = context;
  // Cards are memoised: these keep their identity as long as `onChange` does (a state setter).
  const updateRow = useCallback(
    (rowId: string, patch: Partial<TaskRow>) =>
      onChange((current) => current.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row))),
    [onChange],
  );
  const removeRow = useCallback(
    (rowId: string) => onChange((current) => current.filter((row) => row.rowId !== rowId)),
    [onChange],
  );
  const splitRow = useCallback(
    (rowId: string) => {
      const split = splitRowIn(rowsRef.current, rowId, contextRef.current);
      if (!split) return;
      onChange((current) => splitRowIn(current, rowId, contextRef.current)?.rows ?? current);
      setLastSplit({ record: split.record, number: split.record.index + 1 });
    },
    [onChange],
  );
  const addForLead = useCallback(
    (rowId: string) => {
      nextRow.current += 1;
      const newRowId = `new${nextRow.current}`;
      onChange((current) => addTaskForLead(current, rowId, newRowId));
    },
    [onChange],
  );
  const undo = () => {
    if (!lastSplit) return;
    const { record } = lastSplit;
    onChange((current) => undoSplit(current, record));
    setLastSplit(null);
  };
  const splitParts = new Set(lastSplit?.record.partIds ?? []);
  // The notice stands above the first part still listed, or at the top once every part is removed.
  const noticeAt = lastSplit ? (rows.find((row) => splitParts.has(row.rowId))?.rowId ?? null) : undefined;
  const splitNotice = lastSplit ? (
    <Alert color="blue" variant="light" p="xs" data-testid="review-split-notice">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" role="status">
          {dt('review.tasks.splitDone', {
            number: format.number(lastSplit.number),
            count: format.number(lastSplit.record.partIds.length),
          })}
        </Text>
        <Button variant="light" size="compact-xs" onClick={undo}>
          {dt('review.tasks.undoSplit')}
        </Button>
      </Group>
    </Alert>
  ) : null;

  return (
    <Stack gap="sm">
      <Text size="sm" role="status" data-testid="review-task-count">
        {dt('review.tasks.willCreate', { count: format.number(countTasks({ tasks: rows })) })}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {dt('review.tasks.none')}
        </Text>
      ) : null}
      {noticeAt === null ? splitNotice : null}
      {rows.map((row, index) => (
        <Fragment key={row.rowId}>
          {row.rowId === noticeAt ? splitNotice : null}
          <TaskRowCard
            row={row}
            number={index + 1}
            pool={pool}
            agencyData={agencyData}
            errors={errors}
            itemCount={countTaskItems(row, body)}
            onChange={updateRow}
            onRemove={removeRow}
            onSplit={splitRow}
            onAddForLead={addForLead}
          />
        </Fragment>
      ))}
      <Button
        variant="light"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          nextRow.current += 1;
          onChange((current) => [...current, newTaskRow(`new${nextRow.current}`)]);
        }}
      >
        {dt('review.tasks.add')}
      </Button>
    </Stack>
  );
}
