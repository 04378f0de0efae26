import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { REGISTER_STATUSES, type RegisterStatus } from '../../../shared/drill-kinds.ts';
import { useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import {
  type RegisterMutationState,
  RegisterStatusBadge,
  registerYears,
  useRegisterUnits,
  YearCalendar,
} from './register-fields.tsx';
import { registerYearFromParam } from './register-values.ts';

/** The address value of the calendar view of a register list. */
export const CALENDAR_VIEW = 'lich';

/** A positive whole id from the address, or null. */
export const positiveParam = (raw: string | null): number | null =>
  raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;

/** Whether an address value is a register status. */
export const isRegisterStatus = (v: string | null): v is RegisterStatus =>
  (REGISTER_STATUSES as readonly (string | null)[]).includes(v);

/**
 * The address of a register list page, read and written by the names of its `params`: a change
 * goes back to the first page unless `keepPage` (opening an entry keeps the reader where it was).
 */
export function useRegisterParams<P extends { page: string }>(params: P) {
  const [searchParams, setSearchParams] = useSearchParams();
  const get = (name: keyof P) => searchParams.get(params[name] as string);
  const set = (changes: Partial<Record<keyof P, string | null>>, keepPage = false) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (!keepPage) next.delete(params.page);
      for (const [name, value] of Object.entries(changes) as [keyof P, string | null][]) {
        const param = params[name] as string;
        if (value) next.set(param, value);
        else next.delete(param);
      }
      return next;
    });
  return { get, set };
}

/** The address names every register list has; each register adds its own filter and entry. */
type RegisterListParams = { year: string; unit: string; status: string; view: string; page: string };

const PAGE_SIZE = 25;
/** The calendar shows a whole year at once: the most entries a year of a province holds. */
const CALENDAR_SIZE = 500;

/**
 * What a register list shows, read from its address — year, unit, status, table or calendar,
 * page, the entry open in the side panel — with the units its filter and create form offer.
 * `paging` asks for the whole year at once in the calendar.
 */
export function useRegisterList<P extends RegisterListParams>(params: P, entryParam: keyof P) {
  const user = useCurrentUser();
  const { get, set } = useRegisterParams(params);
  const units = useRegisterUnits();
  const currentYear = new Date().getFullYear();
  const rawStatus = get('status');
  const isCalendar = get('view') === CALENDAR_VIEW;
  const page = positiveParam(get('page')) ?? 1;
  const changeEntry = (id: number | null) =>
    set({ [entryParam]: id === null ? null : String(id) } as Partial<Record<keyof P, string | null>>, true);
  return {
    get,
    set,
    currentYear,
    year: registerYearFromParam(get('year'), currentYear),
    unitId: positiveParam(get('unit')) ?? user.unit.id,
    ownUnitId: user.unit.id,
    status: isRegisterStatus(rawStatus) ? rawStatus : undefined,
    isCalendar,
    page,
    paging: { page: isCalendar ? 1 : page, pageSize: isCalendar ? CALENDAR_SIZE : PAGE_SIZE },
    openId: positiveParam(get(entryParam)),
    open: (id: number) => changeEntry(id),
    close: () => changeEntry(null),
    units,
    /** A new entry belongs to the own unit itself, not to "everything under it". */
    formUnits: [{ value: String(user.unit.id), label: user.unit.name }, ...units.slice(1)],
  };
}

/** A register list's state as its shared parts read it. */
export type RegisterListState = ReturnType<typeof useRegisterList<RegisterListParams>>;

/**
 * The filters every register list has — year, unit, status, table or calendar — and its Excel
 * export; `children` (the register's own filter) stand between the unit and the status.
 */
export function RegisterFilterBar({
  list,
  exportUrl,
  children,
}: {
  list: RegisterListState;
  exportUrl: string;
  children: ReactNode;
}) {
  const t = useDrillsT();
  const { currentYear, year, units, unitId, ownUnitId, status, isCalendar } = list;
  const onChange = (changes: Partial<Record<'year' | 'unit' | 'status' | 'view', string | null>>) =>
    list.set(changes);
  return (
    <Card withBorder padding="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('common.year')}
          data={registerYears(currentYear)}
          value={String(year)}
          onChange={(value) => value && onChange({ year: value === String(currentYear) ? null : value })}
          allowDeselect={false}
          w={110}
        />
        {units.length > 1 ? (
          <Select
            label={t('common.unit')}
            data={units}
            value={String(unitId)}
            onChange={(value) => onChange({ unit: value === String(ownUnitId) ? null : value })}
            allowDeselect={false}
            searchable
            w={260}
          />
        ) : null}
        {children}
        <Select
          label={t('common.status')}
          placeholder={t('common.any')}
          data={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status ?? null}
          onChange={(value) => onChange({ status: value })}
          clearable
          w={160}
        />
        <SegmentedControl
          aria-label={t('common.viewsLabel')}
          value={isCalendar ? CALENDAR_VIEW : 'bang'}
          onChange={(value) => onChange({ view: value === CALENDAR_VIEW ? CALENDAR_VIEW : null })}
          data={[
            { value: 'bang', label: t('common.view.table') },
            { value: CALENDAR_VIEW, label: t('common.view.calendar') },
          ]}
        />
        <Button component="a" href={exportUrl} download variant="default">
          {t('common.export')}
        </Button>
      </Group>
    </Card>
  );
}

/** What an empty register list says; the hint to add one only to those who may. */
export function RegisterEmpty({ title, hint }: { title: string; hint: string | null }) {
  return (
    <Card withBorder padding="lg" role="status">
      <Text fw={600}>{title}</Text>
      {hint ? (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}

/** One entry in a month box of the register calendar: its title opens it. */
export function RegisterCalendarEntry({
  title,
  status,
  detail,
  onOpen,
}: {
  title: string;
  status: RegisterStatus;
  detail: string;
  onOpen: () => void;
}) {
  return (
    <Card padding={6} withBorder bg="gray.0">
      <Stack gap={2}>
        <Text
          size="sm"
          fw={500}
          component="button"
          type="button"
          ta="left"
          style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
          onClick={onOpen}
        >
          {title}
        </Text>
        <Group gap={4}>
          <RegisterStatusBadge status={status} />
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

/** An entry's title in a register table: a button that opens it, named for screen readers. */
export function RegisterOpenLink({
  title,
  label,
  onOpen,
}: {
  title: string;
  label: string;
  onOpen: () => void;
}) {
  return (
    <Anchor component="button" type="button" size="sm" ta="left" fw={500} onClick={onOpen} aria-label={label}>
      {title}
    </Anchor>
  );
}

/** "Trang 2/5 · 112 mục" under a register table, with the page buttons when there is more than one. */
export function RegisterPager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useDrillsT();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('common.page', { page, pages, total: format.number(total) })}
      </Text>
      {pages > 1 ? <Pagination total={pages} value={page} onChange={onPage} /> : null}
    </Group>
  );
}

/**
 * The entries of a register list: loading, a failure, an empty register, the year calendar, or
 * the table (drawn by the register) with its pager. Each entry opens in the side panel.
 */
export function RegisterListBody<T extends { id: number; title: string; status: RegisterStatus }>({
  list,
  query,
  emptyTitle,
  emptyHint,
  calendarTestId,
  dateOf,
  calendarDetail,
  table,
}: {
  list: RegisterListState;
  query: UseQueryResult<{ items: T[]; total: number }>;
  emptyTitle: string;
  emptyHint: string | null;
  calendarTestId: string;
  /** The day an entry stands on in the calendar. */
  dateOf: (item: T) => string;
  calendarDetail: (item: T) => string;
  table: (items: T[]) => ReactNode;
}) {
  const t = useDrillsT();
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('common.loadFailed')} />;
  if (query.data.items.length === 0) return <RegisterEmpty title={emptyTitle} hint={emptyHint} />;
  if (list.isCalendar)
    return (
      <YearCalendar
        year={list.year}
        items={query.data.items}
        testId={calendarTestId}
        dateOf={dateOf}
        render={(item) => (
          <RegisterCalendarEntry
            key={item.id}
            title={item.title}
            status={item.status}
            detail={calendarDetail(item)}
            onOpen={() => list.open(item.id)}
          />
        )}
      />
    );
  return (
    <Stack gap="sm">
      {table(query.data.items)}
      <RegisterPager
        page={list.page}
        pageSize={PAGE_SIZE}
        total={query.data.total}
        onPage={(next) => list.set({ page: next === 1 ? null : String(next) }, true)}
      />
    </Stack>
  );
}

/**
 * Planning a new entry of a register list in a dialog: once saved, the dialog closes and the new
 * entry opens in the side panel; closing the dialog forgets a refused attempt. `form` is what the
 * register's form takes.
 */
export function useRegisterCreate<V, E extends { id: number }>(
  list: RegisterListState,
  create: RegisterMutationState & {
    mutate: (values: V, options: { onSuccess: (entry: E) => void }) => void;
  },
) {
  const [isCreating, setCreating] = useState(false);
  const stop = () => setCreating(false);
  return {
    start: () => setCreating(true),
    dialog: {
      opened: isCreating,
      onClose: () => {
        stop();
        create.reset();
      },
    },
    form: {
      units: list.formUnits,
      defaultUnitId: list.unitId,
      mutation: create,
      onCancel: stop,
      onSubmit: (values: V) =>
        create.mutate(values, {
          onSuccess: (entry) => {
            stop();
            list.open(entry.id);
          },
        }),
    },
  };
}

/** The dialog a new register entry is planned in. */
export function RegisterCreateModal({
  dialog,
  title,
  children,
}: {
  dialog: { opened: boolean; onClose: () => void };
  title: string;
  children: ReactNode;
}) {
  const t = useDrillsT();
  return (
    <Modal
      opened={dialog.opened}
      onClose={dialog.onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Modal>
  );
}
