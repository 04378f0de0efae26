import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { Fragment, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { TEntryGrid } from '../../../shared/schemas/figures.ts';
import { ApiError } from '../../api/client.ts';
import { type CellError, cellErrorsFrom, useSaveEntry } from '../../api/figures.ts';
import { describeError } from '../../components/error-alert.tsx';
import { type FiguresKey, isFiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import {
  type CellPosition,
  cellKey,
  collectChanges,
  type DraftProblem,
  formatEntryValue,
  type GridColumn,
  type GridMove,
  type GridRow,
  gridColumns,
  liveRatio,
  nextCell,
  type RatioDefinition,
  rowTotal,
} from './entry-cells.ts';
import { DeterminedByBadge } from './figure-badges.tsx';

const PROBLEM_KEYS: Record<DraftProblem, FiguresKey> = {
  unreadable: 'entry.unreadable',
  negative: 'entry.negative',
  notInteger: 'entry.notInteger',
};

type Outcome =
  | { kind: 'saved'; count: number }
  | { kind: 'local'; count: number }
  | { kind: 'rejected'; message: string; orphans: CellError[] }
  | { kind: 'failed'; message: string };

/** A column header in the interface language, falling back to the server's Vietnamese name. */
function useColumnLabel() {
  const t = useFiguresT();
  return (column: GridColumn) => {
    const key = `category.${column.code || 'total'}`;
    return isFiguresKey(key) ? t(key) : column.name;
  };
}

// Arrow keys move between cells only when the caret cannot move further inside the text (or the
// whole text is selected, as right after arriving in a cell), so editing a number still works.
function caretAtStart(input: HTMLInputElement): boolean {
  const { selectionStart: start, selectionEnd: end, value } = input;
  return start === 0 && (end === 0 || end === value.length);
}
function caretAtEnd(input: HTMLInputElement): boolean {
  const { selectionStart: start, selectionEnd: end, value } = input;
  return end === value.length && (start === value.length || start === 0);
}

function moveFor(event: KeyboardEvent<HTMLElement>, input: HTMLInputElement): GridMove | null {
  if (event.key === 'Enter') return event.shiftKey ? 'up' : 'down';
  if (event.key === 'ArrowDown') return 'down';
  if (event.key === 'ArrowUp') return 'up';
  if (event.key === 'ArrowLeft' && caretAtStart(input)) return 'left';
  if (event.key === 'ArrowRight' && caretAtEnd(input)) return 'right';
  return null;
}

function EntryCell({
  row,
  column,
  position,
  text,
  isChanged,
  problem,
  errorId,
  label,
  onChange,
  onBlur,
}: {
  row: GridRow;
  column: GridColumn;
  position: CellPosition;
  text: string;
  isChanged: boolean;
  problem: boolean;
  errorId: string | undefined;
  label: string;
  onChange: (text: string) => void;
  onBlur: () => void;
}) {
  const t = useFiguresT();
  const format = useFormat();
  const cell = row.cells.find((c) => c.category === column.code);
  const who = cell?.enteredAt
    ? cell.enteredBy
      ? t('entry.enteredBy', { name: cell.enteredBy, at: format.dateTime(cell.enteredAt) })
      : t('entry.enteredAt', { at: format.dateTime(cell.enteredAt) })
    : t('entry.notEntered');
  return (
    <Tooltip
      label={isChanged ? `${who} · ${t('entry.changed')}` : who}
      openDelay={350}
      withArrow
      // Keyboard users reach cells with Enter and the arrows: they see who entered a figure too.
      events={{ hover: true, focus: true, touch: false }}
    >
      <TextInput
        size="xs"
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
        onFocus={(event) => event.currentTarget.select()}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={problem || undefined}
        aria-describedby={errorId}
        error={problem}
        data-row={position.row}
        data-col={position.col}
        data-changed={isChanged || undefined}
        styles={{
          input: {
            textAlign: 'right',
            fontVariantNumeric: 'tabular-nums',
            backgroundColor: problem
              ? 'var(--mantine-color-red-0)'
              : isChanged
                ? 'var(--mantine-color-yellow-0)'
                : undefined,
          },
        }}
        w={112}
      />
    </Tooltip>
  );
}

function ReadOnlyCell({ row, column }: { row: GridRow; column: GridColumn }) {
  const t = useFiguresT();
  const format = useFormat();
  const cell = row.cells.find((c) => c.category === column.code);
  if (!cell || cell.value === null) {
    return row.determinedBy ? (
      <Text c="dimmed" ta="right" title={t('entry.notComputed')}>
        —
      </Text>
    ) : (
      <Text c="dimmed">—</Text>
    );
  }
  // A computed figure was written by whoever last changed the register, not typed here.
  const who = row.determinedBy
    ? t('entry.computedAt', { at: format.dateTime(cell.enteredAt) })
    : cell.enteredBy
      ? t('entry.enteredBy', { name: cell.enteredBy, at: format.dateTime(cell.enteredAt) })
      : t('entry.enteredAt', { at: format.dateTime(cell.enteredAt) });
  return (
    <Tooltip label={who} openDelay={350} withArrow>
      <Text size="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }} tabIndex={0}>
        {format.number(cell.value)}
      </Text>
    </Tooltip>
  );
}

/**
 * The data-entry grid: indicators as rows, categories as columns. Cells take Vietnamese notation;
 * Enter and the arrow keys move between them (Tab works as usual). "Lưu số liệu" sends every changed
 * cell in one request; when the server refuses any, each refused cell turns red with its message
 * and nothing is saved. Without edit rights the figures are shown as text, and so are the figures
 * a register computes, with a link to that register.
 */
export function EntryGrid({
  grid,
  ratios,
  onDirtyChange,
}: {
  grid: TEntryGrid;
  ratios: RatioDefinition[];
  onDirtyChange: (isDirty: boolean) => void;
}) {
  const t = useFiguresT();
  const common = useT();
  const format = useFormat();
  const columnLabel = useColumnLabel();
  const save = useSaveEntry();
  const tableRef = useRef<HTMLTableElement>(null);
  const [drafts, setDrafts] = useState<Map<string, string>>(() => new Map());
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(() => new Map());
  // Problems of a cell show once the user leaves it (not while "1." is half typed) or tries to save.
  const [visited, setVisited] = useState<Set<string>>(() => new Set());
  const [hasTriedSaving, setHasTriedSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const canEdit = grid.actions.edit;
  const columns = useMemo(() => gridColumns(grid.rows), [grid.rows]);
  const { cells: changes, problems } = useMemo(() => collectChanges(grid.rows, drafts), [grid.rows, drafts]);
  const changedKeys = useMemo(
    () => new Set(changes.map((c) => cellKey(c.indicatorId, c.category))),
    [changes],
  );
  const isDirty = changes.length > 0 || problems.size > 0;

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  // Computed rows have no input: the arrow keys skip them.
  const editable = useMemo(
    () =>
      grid.rows.flatMap((row, r) =>
        row.determinedBy
          ? []
          : columns.flatMap((column, c) =>
              row.categories.some((cat) => cat.code === column.code) ? [{ row: r, col: c }] : [],
            ),
      ),
    [grid.rows, columns],
  );

  const textOf = (row: GridRow, category: string) => {
    const key = cellKey(row.indicatorId, category);
    const draft = drafts.get(key);
    if (draft !== undefined) return draft;
    return formatEntryValue(row.cells.find((c) => c.category === category)?.value ?? null);
  };

  const change = (key: string, text: string) => {
    setDrafts((previous) => new Map(previous).set(key, text));
    if (serverErrors.has(key)) {
      setServerErrors((previous) => {
        const next = new Map(previous);
        next.delete(key);
        return next;
      });
    }
    if (outcome?.kind === 'saved') setOutcome(null);
  };

  const shownProblem = (key: string) =>
    problems.has(key) && (hasTriedSaving || visited.has(key)) ? problems.get(key) : undefined;

  const messageFor = (key: string): string | undefined => {
    const problem = shownProblem(key);
    if (problem) return t(PROBLEM_KEYS[problem], { text: drafts.get(key)?.trim() ?? '' });
    return serverErrors.get(key);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
    const move = moveFor(event, input);
    if (!move) return;
    const next = nextCell(editable, { row: Number(input.dataset.row), col: Number(input.dataset.col) }, move);
    if (!next) return;
    event.preventDefault();
    const target = tableRef.current?.querySelector<HTMLInputElement>(
      `input[data-row="${next.row}"][data-col="${next.col}"]`,
    );
    target?.focus();
    target?.select();
  };

  const submit = () => {
    setHasTriedSaving(true);
    if (problems.size > 0) {
      setOutcome({ kind: 'local', count: problems.size });
      return;
    }
    if (changes.length === 0) return;
    setOutcome(null);
    save.mutate(
      { unitId: grid.unit.id, setId: grid.set.id, period: grid.period.code, cells: changes },
      {
        onSuccess: (result) => {
          setDrafts(new Map());
          setServerErrors(new Map());
          setVisited(new Set());
          setHasTriedSaving(false);
          setOutcome({ kind: 'saved', count: result.changed });
        },
        onError: (error) => {
          const cells = error instanceof ApiError ? cellErrorsFrom(error.details) : [];
          const known = new Set(
            grid.rows.flatMap((r) => r.cells.map((c) => cellKey(r.indicatorId, c.category))),
          );
          const mapped = new Map<string, string>();
          const orphans: CellError[] = [];
          for (const cell of cells) {
            const key = cellKey(cell.indicatorId ?? 0, cell.category);
            if (known.has(key) && !mapped.has(key)) mapped.set(key, cell.message);
            else orphans.push(cell);
          }
          setServerErrors(mapped);
          setOutcome(
            cells.length > 0
              ? { kind: 'rejected', message: describeError(error, common), orphans }
              : { kind: 'failed', message: describeError(error, common) },
          );
        },
      },
    );
  };

  const discard = () => {
    setDrafts(new Map());
    setServerErrors(new Map());
    setVisited(new Set());
    setHasTriedSaving(false);
    setOutcome(null);
  };

  const columnCount = columns.length + 2;
  return (
    <Stack gap="md">
      {canEdit ? (
        <Paper
          withBorder
          p="xs"
          pos="sticky"
          top={68}
          style={{ zIndex: 3 }}
          data-testid="entry-toolbar"
          aria-label={t('entry.save')}
        >
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c={isDirty ? 'yellow.9' : 'dimmed'} role="status">
              {isDirty
                ? t('entry.changedCount', { count: format.number(changes.length + problems.size) })
                : t('entry.noChanges')}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={discard} disabled={!isDirty || save.isPending}>
                {t('entry.discard')}
              </Button>
              <Button size="sm" onClick={submit} loading={save.isPending} disabled={!isDirty}>
                {t('entry.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}

      {outcome?.kind === 'saved' ? (
        <Alert color="green" variant="light" role="status">
          {outcome.count > 0
            ? t('entry.saved', { count: format.number(outcome.count) })
            : t('entry.savedNothing')}
        </Alert>
      ) : null}
      {outcome?.kind === 'local' ? (
        <Alert color="red" variant="light" role="alert">
          {t('entry.fixLocal', { count: format.number(outcome.count) })}
        </Alert>
      ) : null}
      {outcome?.kind === 'rejected' ? (
        <Alert color="red" variant="light" role="alert" title={t('entry.rejectedTitle')}>
          {outcome.message}
          {outcome.orphans.length > 0 ? (
            <List size="sm" mt="xs">
              {outcome.orphans.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; their order is fixed
                <List.Item key={index}>{cell.message}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Alert color="red" variant="light" role="alert">
          {outcome.message}
        </Alert>
      ) : null}

      {canEdit ? (
        <Text size="xs" c="dimmed">
          {t('entry.hint')}
        </Text>
      ) : null}

      <Table.ScrollContainer minWidth={720}>
        <Table
          ref={tableRef}
          onKeyDown={onKeyDown}
          verticalSpacing={6}
          withTableBorder
          withColumnBorders
          data-testid="entry-grid"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('entry.col.indicator')}</Table.Th>
              <Table.Th w={110}>{t('entry.col.unit')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.code} ta="right" w={128}>
                  {columnLabel(column)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map((row, r) => {
              const rowMessages = columns.flatMap((column) => {
                const message = messageFor(cellKey(row.indicatorId, column.code));
                return message ? [{ column, message }] : [];
              });
              const errorId = (code: string) =>
                rowMessages.some((m) => m.column.code === code)
                  ? `entry-error-${row.indicatorId}-${code || 'total'}`
                  : undefined;
              const hasOwnTotal = row.categories.some((c) => c.code === '');
              return (
                <Fragment key={row.indicatorId}>
                  <Table.Tr data-indicator={row.code} data-computed={row.determinedBy ? true : undefined}>
                    <Table.Td>
                      <Text size="sm">{row.name}</Text>
                      {row.determinedBy ? <DeterminedByBadge source={row.determinedBy} /> : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {row.unitOfMeasure}
                      </Text>
                    </Table.Td>
                    {columns.map((column, c) => {
                      const has = row.categories.some((cat) => cat.code === column.code);
                      const key = cellKey(row.indicatorId, column.code);
                      if (!has) {
                        // A disaggregated row has no total of its own: its categories add up to it.
                        const total = column.code === '' && !hasOwnTotal ? rowTotal(row, drafts) : null;
                        return (
                          <Table.Td key={column.code} bg="gray.0">
                            {total !== null ? (
                              <Text
                                size="sm"
                                ta="right"
                                c="dimmed"
                                aria-label={t('entry.computedTotal')}
                                title={t('entry.computedTotal')}
                              >
                                {format.number(total)}
                              </Text>
                            ) : null}
                          </Table.Td>
                        );
                      }
                      return (
                        <Table.Td key={column.code} bg={row.determinedBy ? 'gray.0' : undefined}>
                          {canEdit && !row.determinedBy ? (
                            <EntryCell
                              row={row}
                              column={column}
                              position={{ row: r, col: c }}
                              text={textOf(row, column.code)}
                              isChanged={changedKeys.has(key)}
                              problem={messageFor(key) !== undefined}
                              errorId={errorId(column.code)}
                              label={t('entry.cellLabel', {
                                indicator: row.name,
                                category: columnLabel(column),
                              })}
                              onChange={(text) => change(key, text)}
                              onBlur={() => setVisited((previous) => new Set(previous).add(key))}
                            />
                          ) : (
                            <ReadOnlyCell row={row} column={column} />
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                  {rowMessages.length > 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={columnCount} bg="red.0" py={4}>
                        {rowMessages.map(({ column, message }) => (
                          <Text
                            key={column.code}
                            id={errorId(column.code)}
                            size="sm"
                            c="red.8"
                            data-testid="entry-cell-error"
                          >
                            {column.code ? `${columnLabel(column)}: ${message}` : message}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {ratios.length > 0 ? (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('entry.ratios')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs" data-testid="entry-ratios">
            {ratios.map((ratio) => {
              const value = liveRatio(ratio, grid.rows, drafts);
              return (
                <Paper key={ratio.id} withBorder p="xs">
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Text size="xs">{ratio.name}</Text>
                    <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {value === null ? '—' : t('value.percent', { value: format.number(value) })}
                    </Text>
                  </Group>
                </Paper>
              );
            })}
          </SimpleGrid>
        </Stack>
      ) : null}
    </Stack>
  );
}
