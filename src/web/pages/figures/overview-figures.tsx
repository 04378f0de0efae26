import { Anchor, Badge, Box, Card, Grid, Group, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { TDashboardIndicator } from '../../../shared/schemas/figures.ts';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { setForPeriodType, useCompleteness, useDashboard, useIndicatorCatalogue } from '../../api/figures.ts';
import { useCurrentUser } from '../../api/session.ts';
import { useTargets } from '../../api/targets.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { StatusBadge } from './figure-badges.tsx';
import { figureStatus, formatBounds, formatFigure, levelTargetFor, needsAttention } from './figure-values.ts';
import { figuresPath } from './figures-url.ts';
import { currentYearCode } from './period-label.ts';

// A plain table: Mantine's Table would pull a large shared chunk into the page users land on.
const TABLE_STYLE: CSSProperties = { width: '100%', minWidth: 520, borderCollapse: 'collapse', fontSize: 14 };
const ROW_STYLE: CSSProperties = { borderBottom: '1px solid var(--mantine-color-gray-3)' };
const CELL_STYLE: CSSProperties = { padding: '4px 10px', verticalAlign: 'middle' };

function KeyIndicatorRow({
  indicator,
  levelTarget,
}: {
  indicator: TDashboardIndicator;
  levelTarget: TTarget | null;
}) {
  const t = useFiguresT();
  const format = useFormat();
  const status = figureStatus(indicator.value, indicator.target);
  const childrenBelow = indicator.children.filter((c) => figureStatus(c.value, c.target) === 'below').length;
  const target = indicator.target
    ? formatBounds(indicator.target, indicator, format.number, t)
    : levelTarget
      ? formatBounds(levelTarget, indicator, format.number, t, levelTarget.level)
      : '—';
  return (
    <tr data-indicator={indicator.code} style={ROW_STYLE}>
      <td style={CELL_STYLE}>
        <Anchor component={Link} to={figuresPath({ detail: indicator.indicatorId })} size="sm">
          {indicator.name}
        </Anchor>
      </td>
      <td style={{ ...CELL_STYLE, textAlign: 'right', fontWeight: 600, whiteSpace: 'nowrap' }}>
        {formatFigure(indicator.value, indicator, format.number, t)}
      </td>
      <td style={{ ...CELL_STYLE, whiteSpace: 'nowrap' }}>
        <Text size="sm" c="dimmed">
          {target}
        </Text>
      </td>
      <td style={CELL_STYLE}>
        <Group gap={4} wrap="wrap">
          {status !== 'noTarget' ? <StatusBadge status={status} /> : null}
          {childrenBelow > 0 ? (
            <Badge color="red" variant="outline" style={{ whiteSpace: 'nowrap' }}>
              {t('summary.childrenBelow', { count: format.number(childrenBelow) })}
            </Badge>
          ) : null}
        </Group>
      </td>
    </tr>
  );
}

function ProgressLine({ label, percent, color }: { label: string; percent: number | null; color?: string }) {
  const t = useFiguresT();
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={700}>
          {percent === null ? '—' : t('value.percent', { value: format.number(percent) })}
        </Text>
      </Group>
      <Progress value={percent ?? 0} color={color} aria-hidden />
    </Stack>
  );
}

/**
 * The overview's live figures for the user's unit and the current year: the key rates against
 * their targets, and how many units under it have reported the yearly set, and on time.
 */
export function OverviewFigures() {
  const t = useFiguresT();
  const format = useFormat();
  const user = useCurrentUser();
  const period = currentYearCode();
  const dashboard = useDashboard(user.unit.id, period);
  const targets = useTargets(user.unit.id, period);
  const catalogue = useIndicatorCatalogue();
  const yearSet = catalogue.data ? setForPeriodType(catalogue.data.sets, 'year') : undefined;
  const completeness = useCompleteness(yearSet ? { unitId: user.unit.id, setId: yearSet.id, period } : null);
  // Rates are what targets are set on and what leaders compare; quantities stay on the Chỉ tiêu page.
  const rates = dashboard.data?.indicators.filter((i) => i.kind === 'ratio') ?? [];
  const attention = rates.filter(needsAttention).length;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder padding="lg" component="section" aria-labelledby="overview-figures-title" h="100%">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <div>
                <Title order={3} fz="lg" id="overview-figures-title">
                  {t('overview.figuresTitle', { year: period })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('overview.figuresHint', { unit: user.unit.name })}
                </Text>
              </div>
              {attention > 0 ? (
                <Badge color="red" variant="filled">
                  {t('overview.belowCount', { count: format.number(attention) })}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" fw={600}>
              {t('overview.keyIndicators')}
            </Text>
            {dashboard.isError ? (
              <ErrorAlert error={dashboard.error} />
            ) : dashboard.isPending ? (
              <Skeleton h={180} />
            ) : (
              <Box style={{ overflowX: 'auto' }}>
                <table data-testid="overview-key-indicators" style={TABLE_STYLE}>
                  <tbody>
                    {rates.map((indicator) => (
                      <KeyIndicatorRow
                        key={indicator.indicatorId}
                        indicator={indicator}
                        levelTarget={levelTargetFor(targets.data?.items, user.unit.id, indicator.indicatorId)}
                      />
                    ))}
                  </tbody>
                </table>
              </Box>
            )}
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to={figuresPath()} size="sm" fw={600}>
                {t('overview.openSummary')}
              </Anchor>
              {user.role === 'viewer' ? null : (
                <Anchor component={Link} to={figuresPath({ tab: 'nhap-so-lieu' })} size="sm">
                  {t('overview.openEntry')}
                </Anchor>
              )}
              <Anchor component={Link} to={figuresPath({ tab: 'chi-tieu-giao' })} size="sm">
                {t('overview.openTargets')}
              </Anchor>
            </Group>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder padding="lg" component="section" aria-labelledby="overview-progress-title" h="100%">
          <Stack gap="sm">
            <Title order={3} fz="lg" id="overview-progress-title">
              {t('overview.progressTitle')}
            </Title>
            {catalogue.isSuccess && !yearSet ? (
              <Text size="sm" c="dimmed">
                {t('overview.noYearSet')}
              </Text>
            ) : completeness.isError ? (
              <ErrorAlert error={completeness.error} />
            ) : !completeness.data ? (
              <Skeleton h={120} />
            ) : (
              <Stack gap="sm" data-testid="overview-progress">
                <Text size="xs" c="dimmed">
                  {yearSet?.name}
                </Text>
                <ProgressLine
                  label={t('overview.completeness', {
                    count: format.number(completeness.data.entered),
                    total: format.number(completeness.data.expected),
                  })}
                  percent={completeness.data.completenessPercent}
                />
                <ProgressLine
                  label={t('overview.timeliness', {
                    count: format.number(completeness.data.onTime),
                    total: format.number(completeness.data.expected),
                  })}
                  percent={completeness.data.timelinessPercent}
                  color="green"
                />
                <Text size="sm">
                  {t('overview.deadline', { date: format.date(completeness.data.deadline) })}
                </Text>
                <Anchor component={Link} to={figuresPath({ tab: 'tien-do' })} size="sm">
                  {t('overview.openProgress')}
                </Anchor>
              </Stack>
            )}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
