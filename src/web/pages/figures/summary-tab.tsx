import { Anchor, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { TDashboardIndicator } from '../../../shared/schemas/figures.ts';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { dashboardExportUrl, useDashboard } from '../../api/figures.ts';
import { useTargets } from '../../api/targets.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { StatusBadge } from './figure-badges.tsx';
import { figureStatus, formatBounds, formatFigure, levelTargetFor } from './figure-values.ts';
import type { ShownUnit } from './figures-page.tsx';
import { IndicatorDetail } from './indicator-detail.tsx';
import { groupIndicators, groupLabel } from './indicator-groups.ts';

function SummaryRow({
  indicator,
  levelTarget,
  onOpen,
}: {
  indicator: TDashboardIndicator;
  levelTarget: TTarget | null;
  onOpen: () => void;
}) {
  const t = useFiguresT();
  const format = useFormat();
  const own = figureStatus(indicator.value, indicator.target);
  const childrenBelow = indicator.children.filter((c) => figureStatus(c.value, c.target) === 'below').length;
  const targetText = indicator.target
    ? formatBounds(indicator.target, indicator, format.number, t)
    : levelTarget
      ? formatBounds(levelTarget, indicator, format.number, t, levelTarget.level)
      : '—';
  return (
    <Table.Tr bg={own === 'below' ? 'red.0' : undefined} data-indicator={indicator.code}>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" ta="left" onClick={onOpen}>
          {indicator.name}
        </Anchor>
      </Table.Td>
      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {formatFigure(indicator.value, indicator, format.number, t)}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{targetText}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="wrap">
          {own !== 'noTarget' ? <StatusBadge status={own} /> : null}
          {childrenBelow > 0 ? (
            <Badge color="red" variant="outline" style={{ whiteSpace: 'nowrap' }}>
              {t('summary.childrenBelow', { count: format.number(childrenBelow) })}
            </Badge>
          ) : null}
          {own === 'noTarget' && childrenBelow === 0 && !levelTarget ? (
            // Most indicators carry no target: plain text keeps the column quiet, so badges stand out.
            <Text size="xs" c="dimmed">
              {t('status.noTarget')}
            </Text>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * "Bảng tổng hợp": every indicator of the unit for the period, grouped as the work is, with its
 * target and standing; a click opens the indicator's charts. "Xuất Excel" downloads the same table.
 */
export function SummaryTab({
  unit,
  period,
  detailId,
  onDetailChange,
}: {
  unit: ShownUnit;
  period: string;
  detailId: number | null;
  onDetailChange: (indicatorId: number | null) => void;
}) {
  const t = useFiguresT();
  const common = useT();
  const dashboard = useDashboard(unit.id, period);
  const targets = useTargets(unit.id, period);
  const [onlyWithData, setOnlyWithData] = useState(false);

  if (dashboard.isPending) return <PageLoader />;
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} />;
  const all = dashboard.data.indicators;
  const shown = onlyWithData ? all.filter((i) => i.value !== null) : all;
  const detail = detailId === null ? undefined : all.find((i) => i.indicatorId === detailId);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed">
          {t('summary.hint')}
        </Text>
        <Group gap="md" wrap="wrap">
          {dashboard.isFetching ? <Loader size="xs" aria-label={common('common.loading')} /> : null}
          <Checkbox
            label={t('summary.onlyWithData')}
            checked={onlyWithData}
            onChange={(event) => setOnlyWithData(event.currentTarget.checked)}
          />
          <Button
            component="a"
            href={dashboardExportUrl(unit.id, period)}
            download
            variant="default"
            size="sm"
          >
            {t('summary.export')}
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('summary.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table
            highlightOnHover
            verticalSpacing="xs"
            data-testid="summary-table"
            style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('summary.col.indicator')}</Table.Th>
                <Table.Th ta="right">{t('summary.col.value')}</Table.Th>
                <Table.Th>{t('summary.col.target')}</Table.Th>
                <Table.Th>{t('summary.col.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groupIndicators(shown).map((group) => (
                <Fragment key={group.group}>
                  <Table.Tr>
                    <Table.Th colSpan={4} bg="gray.0" scope="colgroup">
                      {groupLabel(group.group, t)}
                    </Table.Th>
                  </Table.Tr>
                  {group.items.map((indicator) => (
                    <SummaryRow
                      key={indicator.indicatorId}
                      indicator={indicator}
                      levelTarget={levelTargetFor(targets.data?.items, unit.id, indicator.indicatorId)}
                      onOpen={() => onDetailChange(indicator.indicatorId)}
                    />
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <IndicatorDetail
        indicator={detail ?? null}
        unit={unit}
        period={period}
        levelTarget={detail ? levelTargetFor(targets.data?.items, unit.id, detail.indicatorId) : null}
        onClose={() => onDetailChange(null)}
      />
    </Stack>
  );
}
