import { Card, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useReportCalendar } from '../../api/reports.ts';
import { useCurrentUser } from '../../api/session.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { ChaseTab } from './chase-tab.tsx';
import { OwnReportsTable } from './own-reports-table.tsx';
import {
  CHASE_FILTERS,
  type ChaseFilter,
  chaseGroups,
  defaultTerm,
  periodLabel,
  termFromParam,
  termOptions,
} from './report-values.ts';

/** URL parameters of the page (Vietnamese, like the rest of the app's addresses). */
export const REPORTS_PARAMS = {
  year: 'nam',
  term: 'giai-doan',
  tab: 'tab',
  group: 'bao-cao',
  filter: 'loc',
} as const;

/** The chase tab's value in the URL; the unit's own reports are the default. */
const CHASE_TAB = 'cap-duoi';

/** Years offered: five back (late reports are still chased) and the next one (plans ahead). */
function yearOptions(current: number): string[] {
  return Array.from({ length: 7 }, (_, i) => String(current + 1 - i));
}

function yearFromParam(raw: string | null, current: number): number {
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  return year >= 2000 && year <= 2100 ? year : current;
}

const isChaseFilter = (value: string | null): value is ChaseFilter =>
  (CHASE_FILTERS as readonly (string | null)[]).includes(value);

/**
 * "Báo cáo": the reports the user's unit owes in a year (and a term for sơ kết and tổng kết),
 * with their deadlines and states; leaders and admins also chase the units below.
 */
export function ReportsPage() {
  const t = useReportsT();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = yearFromParam(searchParams.get(REPORTS_PARAMS.year), currentYear);
  const term = termFromParam(searchParams.get(REPORTS_PARAMS.term)) ?? defaultTerm(year);
  const canChase = user.role === 'leader' || user.role === 'admin';
  const tab = canChase && searchParams.get(REPORTS_PARAMS.tab) === CHASE_TAB ? CHASE_TAB : 'don-vi';
  const rawFilter = searchParams.get(REPORTS_PARAMS.filter);
  const filter: ChaseFilter = isChaseFilter(rawFilter) ? rawFilter : 'all';
  const calendar = useReportCalendar(year, term);

  const setParams = (changes: Partial<Record<keyof typeof REPORTS_PARAMS, string | null>>) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      for (const [name, value] of Object.entries(changes)) {
        const param = REPORTS_PARAMS[name as keyof typeof REPORTS_PARAMS];
        if (value) next.set(param, value);
        else next.delete(param);
      }
      return next;
    });

  const terms = termOptions(year);
  if (!terms.includes(term)) terms.unshift(term);
  const entries = calendar.data ?? [];
  const ownEntries = entries.filter((entry) => entry.unitId === user.unit.id);
  const groups = chaseGroups(entries, user.unit.id);

  return (
    <Stack gap="lg" maw={1240}>
      <PageHeader title={t('page.title')} description={t('page.description', { unit: user.unit.name })} />
      <Card withBorder padding="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <Select
            label={t('page.year')}
            data={yearOptions(currentYear)}
            value={String(year)}
            onChange={(value) => value && setParams({ year: value === String(currentYear) ? null : value })}
            allowDeselect={false}
            w={120}
          />
          <Select
            label={t('page.term')}
            description={t('page.termHint')}
            data={terms.map((code) => ({ value: code, label: periodLabel(code, t) }))}
            value={term}
            onChange={(value) => value && setParams({ term: value, group: null })}
            allowDeselect={false}
            w={260}
          />
        </Group>
      </Card>
      <Tabs
        value={tab}
        onChange={(value) => setParams({ tab: value === CHASE_TAB ? CHASE_TAB : null })}
        aria-label={t('page.tabsLabel')}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="don-vi">{t('page.tab.own')}</Tabs.Tab>
          {canChase ? <Tabs.Tab value={CHASE_TAB}>{t('page.tab.chase')}</Tabs.Tab> : null}
        </Tabs.List>
        {calendar.isPending ? (
          <PageLoader />
        ) : calendar.isError ? (
          <ErrorAlert error={calendar.error} title={t('page.loadFailed')} />
        ) : (
          <>
            <Tabs.Panel value="don-vi">
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('page.ownHint', { unit: user.unit.name })}
                </Text>
                <OwnReportsTable entries={ownEntries} user={user} />
              </Stack>
            </Tabs.Panel>
            {canChase ? (
              <Tabs.Panel value={CHASE_TAB}>
                <ChaseTab
                  groups={groups}
                  groupKey={searchParams.get(REPORTS_PARAMS.group)}
                  filter={filter}
                  onGroupChange={(key) => setParams({ group: key, filter: null })}
                  onFilterChange={(next) => setParams({ filter: next === 'all' ? null : next })}
                />
              </Tabs.Panel>
            ) : null}
          </>
        )}
      </Tabs>
    </Stack>
  );
}
