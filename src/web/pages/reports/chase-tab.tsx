import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { Link } from 'react-router';
import type { TCalendarEntry } from '../../../shared/schemas/reports.ts';
import { reportRollupUrl } from '../../api/reports.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { type ReportsKey, useReportsT } from '../../i18n/reports-messages.ts';
import { ReportStateBadge } from './report-badges.tsx';
import {
  CHASE_FILTERS,
  type ChaseFilter,
  type ChaseGroup,
  chaseCounts,
  matchesChaseFilter,
  periodLabel,
} from './report-values.ts';

const FILTER_KEYS: Record<ChaseFilter, ReportsKey> = {
  all: 'chase.filter.all',
  sent: 'chase.filter.sent',
  late: 'chase.filter.late',
  not_started: 'chase.filter.not_started',
  writing: 'chase.filter.writing',
};

function CountCard({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

/** Where a unit's report stands on time: sent on time, sent late, or not sent and past the deadline. */
function Timeliness({ entry }: { entry: TCalendarEntry }) {
  const t = useReportsT();
  if (entry.isLate) {
    return (
      <Badge color="red" variant="filled" data-testid="late-badge">
        {t('late')}
      </Badge>
    );
  }
  if (entry.state === 'submitted' || entry.state === 'accepted') {
    return (
      <Badge color="green" variant="light">
        {t('onTime')}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {t('chase.notDueYet')}
    </Text>
  );
}

/**
 * "Theo dõi cấp dưới": for one form and period, every unit below with its state and timeliness,
 * the counts a leader chases with, links to the reports sent up and the Excel roll-up.
 */
export function ChaseTab({
  groups,
  groupKey,
  filter,
  onGroupChange,
  onFilterChange,
}: {
  groups: ChaseGroup[];
  groupKey: string | null;
  filter: ChaseFilter;
  onGroupChange: (key: string) => void;
  onFilterChange: (filter: ChaseFilter) => void;
}) {
  const t = useReportsT();
  const format = useFormat();
  if (groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('chase.noUnits')}
      </Text>
    );
  }
  const group = groups.find((g) => g.key === groupKey) ?? groups[0]!;
  const counts = chaseCounts(group.entries);
  const filterCounts: Record<ChaseFilter, number> = {
    all: counts.total,
    sent: counts.sent,
    late: counts.late,
    not_started: counts.notStarted,
    writing: counts.writing,
  };
  const rows = group.entries.filter((entry) => matchesChaseFilter(entry, filter));

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between" gap="sm" wrap="wrap">
        <Select
          label={t('chase.group')}
          data={groups.map((g) => ({
            value: g.key,
            label: `${g.formTitle} – ${periodLabel(g.period, t)}`,
          }))}
          value={group.key}
          onChange={(value) => value && onGroupChange(value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 560 }}
        />
        <Button component="a" href={reportRollupUrl(group.formId, group.period)} download variant="default">
          {t('chase.export')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="chase-counts">
        <CountCard label={t('chase.count.total')} value={counts.total} testId="count-total" />
        <CountCard
          label={t('chase.count.sent', { accepted: counts.accepted })}
          value={counts.sent}
          color="teal.8"
          testId="count-sent"
        />
        <CountCard label={t('chase.count.late')} value={counts.late} color="red.8" testId="count-late" />
        <CountCard label={t('chase.count.notStarted')} value={counts.notStarted} testId="count-not-started" />
      </SimpleGrid>
      <SegmentedControl
        value={filter}
        onChange={(value) => onFilterChange(value as ChaseFilter)}
        data={CHASE_FILTERS.map((value) => ({
          value,
          label: t('chase.filterCount', { label: t(FILTER_KEYS[value]), count: filterCounts[value] }),
        }))}
        aria-label={t('chase.filterLabel')}
        style={{ alignSelf: 'flex-start' }}
      />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('chase.noneFiltered')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder data-testid="chase-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('chase.col.unit')}</Table.Th>
                <Table.Th w={120}>{t('chase.col.due')}</Table.Th>
                <Table.Th w={150}>{t('chase.col.state')}</Table.Th>
                <Table.Th w={160}>{t('chase.col.submittedAt')}</Table.Th>
                <Table.Th w={130}>{t('chase.col.timeliness')}</Table.Th>
                <Table.Th w={130}>{t('chase.col.report')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((entry) => (
                <Table.Tr key={entry.unitId} data-unit={entry.unitName}>
                  <Table.Td>{entry.unitName}</Table.Td>
                  <Table.Td>{format.date(entry.dueOn)}</Table.Td>
                  <Table.Td>
                    <ReportStateBadge state={entry.state} />
                  </Table.Td>
                  <Table.Td>{entry.submittedAt ? format.dateTime(entry.submittedAt) : '—'}</Table.Td>
                  <Table.Td>
                    <Timeliness entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    {entry.reportId !== null && entry.state !== 'draft' ? (
                      <Anchor
                        component={Link}
                        to={`/bao-cao/${entry.reportId}`}
                        size="sm"
                        aria-label={t('chase.openLabel', { unit: entry.unitName })}
                      >
                        {t('chase.open')}
                      </Anchor>
                    ) : (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
