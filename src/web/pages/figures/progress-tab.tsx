import {
  Badge,
  Card,
  Group,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { type ReportingSet, useCompleteness } from '../../api/figures.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { type FiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { type ReportingStatus, reportingStatus, sortByVietnameseName } from './figure-values.ts';
import type { ShownUnit } from './figures-page.tsx';
import { WithReportingSet } from './reporting-set.tsx';

const STATUS: Record<ReportingStatus, { key: FiguresKey; color: string }> = {
  onTime: { key: 'progress.status.onTime', color: 'green' },
  late: { key: 'progress.status.late', color: 'orange' },
  missing: { key: 'progress.status.missing', color: 'red' },
};

type Filter = 'all' | 'missing' | 'late';

function StatCard({
  label,
  value,
  percent,
  color,
}: {
  label: string;
  value: string;
  percent?: number | null;
  color?: string;
}) {
  const t = useFiguresT();
  const format = useFormat();
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={24} fw={700} c="armyGreen.8">
          {value}
        </Text>
        {percent !== undefined && percent !== null ? (
          <Text size="sm" fw={600}>
            {t('value.percent', { value: format.number(percent) })}
          </Text>
        ) : null}
      </Group>
      {percent !== undefined ? <Progress value={percent ?? 0} color={color} mt={6} aria-hidden /> : null}
    </Card>
  );
}

function ProgressPanel({ unit, period, set }: { unit: ShownUnit; period: string; set: ReportingSet }) {
  const t = useFiguresT();
  const format = useFormat();
  const [filter, setFilter] = useState<Filter>('all');
  const gridId = useMemo(() => ({ unitId: unit.id, setId: set.id, period }), [unit.id, set.id, period]);
  const completeness = useCompleteness(gridId);
  if (completeness.isPending) return <PageLoader />;
  if (completeness.isError) return <ErrorAlert error={completeness.error} />;
  const data = completeness.data;
  const of = (count: number) =>
    t('progress.ofExpected', { count: format.number(count), total: format.number(data.expected) });
  const units = sortByVietnameseName(
    data.units.filter((u) => filter === 'all' || reportingStatus(u) === filter),
    (u) => u.unitName,
  );

  return (
    <Stack gap="md">
      <Text size="sm" fw={600}>
        {set.name}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <StatCard label={t('progress.expected')} value={format.number(data.expected)} />
        <StatCard label={t('progress.entered')} value={of(data.entered)} percent={data.completenessPercent} />
        <StatCard
          label={t('progress.onTime')}
          value={of(data.onTime)}
          percent={data.timelinessPercent}
          color="green"
        />
        <StatCard label={t('progress.deadline')} value={format.date(data.deadline)} />
      </SimpleGrid>
      {data.expected === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('progress.empty')}
        </Text>
      ) : (
        <>
          <SegmentedControl
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            aria-label={t('progress.filterLabel')}
            data={[
              { value: 'all', label: t('progress.filter.all') },
              { value: 'missing', label: t('progress.filter.missing') },
              { value: 'late', label: t('progress.filter.late') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {units.length === 0 ? (
            <Text size="sm" c="dimmed" role="status">
              {t('progress.emptyFiltered')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover verticalSpacing="xs" data-testid="progress-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('progress.col.unit')}</Table.Th>
                    <Table.Th>{t('progress.col.status')}</Table.Th>
                    <Table.Th>{t('progress.col.firstEntered')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {units.map((u) => {
                    const status = STATUS[reportingStatus(u)];
                    return (
                      <Table.Tr key={u.unitId}>
                        <Table.Td>{u.unitName}</Table.Td>
                        <Table.Td>
                          <Badge color={status.color} variant="light">
                            {t(status.key)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{u.firstEnteredAt ? format.dateTime(u.firstEnteredAt) : '—'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}

/** "Tiến độ nhập liệu": which units under the chosen one have entered the period's figures, and on time. */
export function ProgressTab({ unit, period }: { unit: ShownUnit; period: string }) {
  return (
    <WithReportingSet period={period}>
      {(set) => <ProgressPanel unit={unit} period={period} set={set} />}
    </WithReportingSet>
  );
}
