import { Center, Drawer, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import type { TDashboardIndicator } from '../../../shared/schemas/figures.ts';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { useSeries } from '../../api/figures.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { StatusBadge } from './figure-badges.tsx';
import {
  type Bounds,
  figureStatus,
  formatBounds,
  formatFigure,
  sharedMinimum,
  sortByVietnameseName,
} from './figure-values.ts';
import type { ShownUnit } from './figures-page.tsx';
import { periodLabel } from './period-label.ts';

// The charts chunk (recharts) loads only when a detail opens, not with the Chỉ tiêu page.
const UnitBarChart = lazy(() => import('./indicator-charts.tsx').then((m) => ({ default: m.UnitBarChart })));
const SeriesLineChart = lazy(() =>
  import('./indicator-charts.tsx').then((m) => ({ default: m.SeriesLineChart })),
);

/** How many periods the line chart covers. */
export const SERIES_LENGTH = 8;

function ChartFallback() {
  const t = useT();
  return (
    <Center h={160}>
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Title order={3} fz="md">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function DetailBody({
  indicator,
  unit,
  period,
  levelTarget,
}: {
  indicator: TDashboardIndicator;
  unit: ShownUnit;
  period: string;
  levelTarget: TTarget | null;
}) {
  const t = useFiguresT();
  const format = useFormat();
  const series = useSeries(unit.id, indicator.indicatorId, period, SERIES_LENGTH);
  const show = (value: number | null) => formatFigure(value, indicator, format.number, t);
  const showAxis = (value: number) =>
    indicator.kind === 'ratio' ? t('value.percent', { value: format.number(value) }) : format.number(value);
  const bounds = (target: Bounds | null) => formatBounds(target, indicator, format.number, t);
  const status = figureStatus(indicator.value, indicator.target);
  const children = sortByVietnameseName(
    indicator.children.map((child) => ({ ...child, status: figureStatus(child.value, child.target) })),
    (child) => child.unitName,
  );
  const withData = children.filter((c) => c.value !== null);
  const below = children.filter((c) => c.status === 'below');
  const childMinimum = sharedMinimum(children.map((c) => c.target));
  const ownMinimum = indicator.target?.min ?? null;
  const targetText = indicator.target
    ? bounds(indicator.target)
    : levelTarget
      ? formatBounds(levelTarget, indicator, format.number, t, levelTarget.level)
      : '—';

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('detail.subtitle', { unit: unit.name, period: periodLabel(period, t) })}
        </Text>
        <Group gap="xl" align="flex-end" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('detail.value')}
            </Text>
            <Text
              fz={28}
              fw={700}
              lh={1.2}
              c={status === 'below' ? 'red.7' : 'armyGreen.8'}
              data-testid="detail-value"
            >
              {show(indicator.value)}
            </Text>
            {indicator.kind === 'ratio' && indicator.numerator !== null && indicator.denominator !== null ? (
              <Text size="xs" c="dimmed">
                {t('detail.ratioParts', {
                  numerator: format.number(indicator.numerator),
                  denominator: format.number(indicator.denominator),
                })}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('detail.target')}
            </Text>
            <Text fz="lg" fw={600}>
              {targetText}
            </Text>
          </Stack>
          {status !== 'noTarget' ? <StatusBadge status={status} /> : null}
        </Group>
      </Stack>

      <Section title={t('detail.byUnit')}>
        {children.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noChildren')}
          </Text>
        ) : (
          <>
            {withData.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('detail.noChildData')}
              </Text>
            ) : (
              <Suspense fallback={<ChartFallback />}>
                <UnitBarChart
                  bars={[...withData]
                    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
                    .map((c) => ({ unit: c.unitName, value: c.value!, isBelow: c.status === 'below' }))}
                  reference={
                    childMinimum === null
                      ? null
                      : {
                          value: childMinimum,
                          label: t('detail.targetLine', { value: showAxis(childMinimum) }),
                        }
                  }
                  formatValue={showAxis}
                  label={t('detail.chartByUnit', { indicator: indicator.name })}
                  seriesLabel={t('detail.col.value')}
                />
              </Suspense>
            )}
            <Stack gap={4} data-testid="below-target-list">
              <Text size="sm" fw={600}>
                {t('detail.belowList')}
              </Text>
              {below.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('detail.belowNone')}
                </Text>
              ) : (
                <List size="sm" c="red.8">
                  {below.map((c) => (
                    <List.Item key={c.unitId}>
                      {t('detail.belowItem', {
                        unit: c.unitName,
                        value: show(c.value),
                        target: bounds(c.target),
                      })}
                    </List.Item>
                  ))}
                </List>
              )}
              {children.length > withData.length ? (
                <Text size="sm" c="dimmed">
                  {t('detail.withoutData', { count: format.number(children.length - withData.length) })}
                </Text>
              ) : null}
            </Stack>
            <Table.ScrollContainer minWidth={480} mah={420}>
              <Table striped stickyHeader verticalSpacing={4} data-testid="children-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.col.unit')}</Table.Th>
                    <Table.Th ta="right">{t('detail.col.value')}</Table.Th>
                    <Table.Th>{t('detail.col.target')}</Table.Th>
                    <Table.Th>{t('detail.col.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {children.map((c) => (
                    <Table.Tr key={c.unitId} bg={c.status === 'below' ? 'red.0' : undefined}>
                      <Table.Td>{c.unitName}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {show(c.value)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{bounds(c.target)}</Table.Td>
                      <Table.Td>{c.status === 'noTarget' ? '—' : <StatusBadge status={c.status} />}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Section>

      <Section title={t('detail.overTime', { count: format.number(SERIES_LENGTH) })}>
        {series.isPending ? (
          <ChartFallback />
        ) : series.isError ? (
          <ErrorAlert error={series.error} />
        ) : series.data.items.every((p) => p.value === null) ? (
          <Text size="sm" c="dimmed">
            {t('detail.seriesEmpty')}
          </Text>
        ) : (
          <>
            <Suspense fallback={<ChartFallback />}>
              <SeriesLineChart
                points={series.data.items.map((p) => ({ period: periodLabel(p.period, t), value: p.value }))}
                reference={
                  ownMinimum === null
                    ? null
                    : { value: ownMinimum, label: t('detail.targetLine', { value: showAxis(ownMinimum) }) }
                }
                formatValue={showAxis}
                label={t('detail.chartOverTime', { indicator: indicator.name })}
                seriesLabel={t('detail.col.value')}
              />
            </Suspense>
            <Table.ScrollContainer minWidth={360}>
              <Table striped verticalSpacing={4} data-testid="series-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.col.period')}</Table.Th>
                    <Table.Th ta="right">{t('detail.col.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {series.data.items.map((p) => (
                    <Table.Tr key={p.period}>
                      <Table.Td>{periodLabel(p.period, t)}</Table.Td>
                      <Table.Td ta="right">{show(p.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Section>
    </Stack>
  );
}

/** An indicator's detail in a side panel: its sub-units as bars and table, and its last periods as a line. */
export function IndicatorDetail({
  indicator,
  unit,
  period,
  levelTarget,
  onClose,
}: {
  indicator: TDashboardIndicator | null;
  unit: ShownUnit;
  period: string;
  levelTarget: TTarget | null;
  onClose: () => void;
}) {
  const t = useFiguresT();
  return (
    <Drawer
      opened={indicator !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={650} fz="lg">
          {indicator?.name}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {indicator ? (
        <DetailBody indicator={indicator} unit={unit} period={period} levelTarget={levelTarget} />
      ) : null}
    </Drawer>
  );
}
