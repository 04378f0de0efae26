import {
  Button,
  Card,
  Group,
  type MantineSize,
  Modal,
  type ModalProps,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import type { SectionTranslateFn } from '../../i18n/section-catalog.ts';
import { UnitPicker } from '../figures/unit-picker.tsx';
import { RegisterFormActions } from './register-fields.tsx';
import { registerYearFromParam, registerYearOptions, unitFromParam } from './register-values.ts';
import { type REGISTER_TABS, RegistersTabs } from './registers-tabs.tsx';

/*
 * The yearly boards — conscription and militia — show one unit's year as aggregates: a line per
 * unit below it and their total, each entered through a dialog. Their catalogs hold the same keys
 * with each register's own wording, so the shared parts take the register's translator.
 */

/** URL parameters of a yearly board (Vietnamese, like the rest of the app's addresses). */
const PARAMS = { unit: 'don-vi', year: 'nam', view: 'xem' } as const;
/** The view a yearly board opens on; it stays out of the address. */
const DEFAULT_VIEW = 'bang';

/**
 * The unit, year and view of a yearly board, read from the address, with the years offered
 * around `current` (the year in the address stays offered even when far from it).
 */
export function useYearBoardAddress(current: number) {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const setParam = (name: keyof typeof PARAMS, value: string | null) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (value) next.set(PARAMS[name], value);
      else next.delete(PARAMS[name]);
      return next;
    });
  const year = registerYearFromParam(searchParams.get(PARAMS.year), current);
  const years = registerYearOptions(current);
  if (!years.includes(String(year))) years.push(String(year));
  return {
    current,
    year,
    years,
    unitId: unitFromParam(searchParams.get(PARAMS.unit), user.unit.id),
    /** The view as the address has it; the page checks it against its own views. */
    rawView: searchParams.get(PARAMS.view),
    setParam,
  };
}

/** A yearly board's address as its shared parts read it. */
export type YearBoardAddress = ReturnType<typeof useYearBoardAddress>;

/** The page keys both yearly board catalogs hold. */
type PageKey =
  | 'page.title'
  | 'page.description'
  | 'page.year'
  | 'page.export'
  | 'page.loadFailed'
  | 'page.viewLabel';

/**
 * A yearly board page: its heading, the register tabs, the unit and year pickers with the Excel
 * export, then — once the year is loaded — its `summary`, the view switch and the `content` of
 * the chosen view.
 */
export function YearBoardPage<B extends { unit: { unitName: string } }>({
  t,
  tab,
  address,
  board,
  exportUrl,
  yearHint,
  yearWidth,
  views,
  view,
  summary,
  content,
}: {
  t: SectionTranslateFn<PageKey>;
  tab: (typeof REGISTER_TABS)[number]['path'];
  address: YearBoardAddress;
  board: UseQueryResult<B>;
  exportUrl: string;
  yearHint?: string;
  yearWidth: number;
  /** The views offered, the first being the default. */
  views: { value: string; label: string }[];
  view: string;
  summary: (board: B) => ReactNode;
  content: (board: B) => ReactNode;
}) {
  const user = useCurrentUser();
  const { current, year, years, unitId, setParam } = address;
  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={t('page.title')}
        description={t('page.description', { unit: board.data?.unit.unitName ?? user.unit.name })}
      />
      <RegistersTabs active={tab} />
      <Card withBorder padding="md">
        <Group align="flex-end" justify="space-between" gap="lg" wrap="wrap">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <UnitPicker
              unitId={unitId}
              onChange={(id) => setParam('unit', id === user.unit.id ? null : String(id))}
            />
            <Select
              label={t('page.year')}
              description={yearHint}
              data={years}
              value={String(year)}
              onChange={(value) => value && setParam('year', value === String(current) ? null : value)}
              allowDeselect={false}
              w={yearWidth}
            />
          </Group>
          <Button component="a" href={exportUrl} download variant="default">
            {t('page.export')}
          </Button>
        </Group>
      </Card>
      {board.isPending ? (
        <PageLoader />
      ) : board.isError ? (
        <ErrorAlert error={board.error} title={t('page.loadFailed')} />
      ) : (
        <>
          {summary(board.data)}
          <SegmentedControl
            value={view}
            onChange={(value) => setParam('view', value === DEFAULT_VIEW ? null : value)}
            data={views}
            aria-label={t('page.viewLabel')}
            style={{ alignSelf: 'flex-start' }}
          />
          {content(board.data)}
        </>
      )}
    </Stack>
  );
}

/** The table keys both yearly board catalogs hold. */
type TableKey =
  | 'table.empty'
  | 'table.caption'
  | 'table.captionOwn'
  | 'table.enter'
  | 'table.enterLabel'
  | 'col.unit'
  | 'col.actions';

/** What a yearly board table needs of a line. */
interface BoardRow {
  unitId: number;
  unitName: string;
  hasChildren: boolean;
}

/**
 * The year by unit: one line per unit under the one shown (or the unit itself when nothing lies
 * under it) and the total line, with a button to enter a unit's figures for those who may — only
 * on units with nothing below, whose lines are entered rather than added up.
 */
export function YearBoardTable<R extends BoardRow>({
  t,
  board,
  testId,
  minWidth,
  head,
  cells,
  canEdit,
  isTotalBold = false,
  dialogTitle,
  dialogSize,
  form,
}: {
  t: SectionTranslateFn<TableKey>;
  board: { year: number; unit: R; children: R[] };
  testId: string;
  minWidth: number;
  /** The header cells after the unit's. */
  head: ReactNode;
  /** The cells of a line, the unit's first; `isTotal` for the total of the units below. */
  cells: (row: R, isTotal: boolean) => ReactNode;
  canEdit: (row: R) => boolean;
  /** Whether the whole total line is set bold, not only its first cell. */
  isTotalBold?: boolean;
  dialogTitle: (row: R) => string;
  dialogSize: ModalProps['size'];
  form: (row: R, close: () => void) => ReactNode;
}) {
  const [editing, setEditing] = useState<R | null>(null);
  const rows = board.children.length > 0 ? board.children : [board.unit];
  const isEditable = (row: R) => canEdit(row) && !row.hasChildren;
  const canEditAny = rows.some(isEditable);
  const close = () => setEditing(null);

  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('table.empty')}
      </Text>
    );

  const line = (row: R, isTotal: boolean) => (
    <Table.Tr
      key={isTotal ? 'total' : row.unitId}
      data-unit={isTotal ? 'total' : row.unitName}
      fw={isTotal && isTotalBold ? 700 : undefined}
    >
      {cells(row, isTotal)}
      {canEditAny ? (
        <Table.Td>
          {!isTotal && isEditable(row) ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setEditing(row)}
              aria-label={t('table.enterLabel', { unit: row.unitName })}
            >
              {t('table.enter')}
            </Button>
          ) : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );

  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover withTableBorder stickyHeader data-testid={testId}>
          <Table.Caption>
            {t(board.children.length > 0 ? 'table.caption' : 'table.captionOwn', {
              year: board.year,
              unit: board.unit.unitName,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('col.unit')}</Table.Th>
              {head}
              {canEditAny ? <Table.Th>{t('col.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => line(row, false))}
            {board.children.length > 0 ? line(board.unit, true) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={close}
        title={editing ? dialogTitle(editing) : ''}
        size={dialogSize}
      >
        {editing ? form(editing, close) : null}
      </Modal>
    </>
  );
}

/**
 * A head count typed as text, right-aligned: the yearly boards read it themselves (thousands dot
 * allowed) so a slip can be flagged as typed. `data-field` lets a test find it by its field.
 */
export function BoardCountInput({
  field,
  label,
  value,
  onChange,
  error,
  size,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | undefined;
  size?: MantineSize;
}) {
  return (
    <TextInput
      label={label}
      size={size}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      styles={{ input: { textAlign: 'right' } }}
      data-field={field}
    />
  );
}

/**
 * The foot of a yearly board form: the notes of the unit's year, then cancel and save; save stays
 * off while a slip flagged as typed remains.
 */
export function BoardFormEnd({
  notesLabel,
  notesHint,
  notes,
  onNotes,
  notesError,
  submitLabel,
  isPending,
  hasErrors,
  onCancel,
}: {
  notesLabel: string;
  notesHint?: string;
  notes: string;
  onNotes: (value: string) => void;
  notesError: string | undefined;
  submitLabel: string;
  isPending: boolean;
  hasErrors: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <Textarea
        label={notesLabel}
        description={notesHint}
        value={notes}
        onChange={(event) => onNotes(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
        error={notesError}
      />
      <RegisterFormActions
        submitLabel={submitLabel}
        isPending={isPending}
        isSubmitDisabled={hasErrors}
        onCancel={onCancel}
        isFlush
      />
    </>
  );
}
