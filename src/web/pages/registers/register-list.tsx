import { Button, Card, Group, Pagination, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { REGISTER_STATUSES, type RegisterStatus } from '../../../shared/drill-kinds.ts';
import { useDrillsT } from '../../i18n/drills-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { RegisterStatusBadge, registerYears } from './register-fields.tsx';

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

/**
 * The filters every register list has — year, unit, status, table or calendar — and its Excel
 * export; `children` (the register's own filter) stand between the unit and the status.
 */
export function RegisterFilterBar({
  currentYear,
  year,
  units,
  unitId,
  ownUnitId,
  status,
  isCalendar,
  exportUrl,
  onChange,
  children,
}: {
  currentYear: number;
  year: number;
  units: { value: string; label: string }[];
  unitId: number;
  ownUnitId: number;
  status: RegisterStatus | undefined;
  isCalendar: boolean;
  exportUrl: string;
  /** Address changes; null clears a value back to its default. */
  onChange: (changes: Partial<Record<'year' | 'unit' | 'status' | 'view', string | null>>) => void;
  children: ReactNode;
}) {
  const t = useDrillsT();
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
