import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { TTaskTarget } from '../../../shared/schemas/tasks.ts';
import { type DocumentsKey, useDocumentsT } from '../../i18n/documents-messages.ts';
import { type FiguresKey, isFiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { DeterminedByBadge } from '../figures/figure-badges.tsx';
import { formatBounds, formatFigure } from '../figures/figure-values.ts';
import { periodLabel } from '../figures/period-label.ts';
import { type TargetStanding, targetFill, targetStanding } from './task-target-values.ts';

const STANDING_COLORS: Record<TargetStanding, string> = {
  met: 'green',
  below: 'yellow',
  above: 'orange',
  noData: 'gray',
};

const STANDING_KEYS: Record<TargetStanding, DocumentsKey> = {
  met: 'task.targets.status.met',
  below: 'task.targets.status.below',
  above: 'task.targets.status.above',
  noData: 'task.targets.status.noData',
};

const FOR_LEVEL_KEYS: Record<number, FiguresKey> = {
  1: 'targets.forLevel.1',
  2: 'targets.forLevel.2',
  3: 'targets.forLevel.3',
};

const PER_UNIT_KEYS: Record<number, DocumentsKey> = {
  1: 'task.targets.perUnit.1',
  2: 'task.targets.perUnit.2',
  3: 'task.targets.perUnit.3',
};

function TaskTargetItem({ target }: { target: TTaskTarget }) {
  const dt = useDocumentsT();
  const ft = useFiguresT();
  const format = useFormat();
  const standing = targetStanding(target);
  const fill = targetFill(target);
  const kind = { kind: target.indicator.kind, unitOfMeasure: target.indicator.unitOfMeasure };
  const levelKey = target.level === null ? undefined : FOR_LEVEL_KEYS[target.level];
  const categoryKey = `category.${target.category}`;
  const actual = formatFigure(target.actual, kind, format.number, ft);
  return (
    <Stack
      gap={6}
      component="li"
      data-testid="task-target"
      data-indicator={target.indicator.code}
      data-standing={standing}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {target.indicator.name}
            {target.category && isFiguresKey(categoryKey) ? ` – ${ft(categoryKey)}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {levelKey ? ft(levelKey, { unit: target.unit.name }) : target.unit.name} ·{' '}
            {periodLabel(target.periodCode, ft)}
          </Text>
        </Stack>
        <Badge color={STANDING_COLORS[standing]} variant="light" style={{ flexShrink: 0 }}>
          {dt(STANDING_KEYS[standing])}
        </Badge>
      </Group>
      <Group gap="lg" wrap="wrap">
        <Text size="sm">
          {dt('task.targets.bounds', { bounds: formatBounds(target, kind, format.number, ft) })}
        </Text>
        <Text size="sm" data-testid="task-target-actual">
          {target.actual === null
            ? dt('task.targets.noData')
            : dt(levelKey ? 'task.targets.total' : 'task.targets.actual', { value: actual })}
        </Text>
        {target.perUnit && target.level !== null && PER_UNIT_KEYS[target.level] ? (
          <Text size="sm">
            {dt(PER_UNIT_KEYS[target.level]!, {
              met: format.number(target.perUnit.met),
              total: format.number(target.perUnit.total),
            })}
          </Text>
        ) : null}
      </Group>
      {fill !== null ? (
        <Progress
          value={fill}
          color={STANDING_COLORS[standing] === 'gray' ? 'armyGreen' : STANDING_COLORS[standing]}
          size="md"
          aria-label={dt('task.targets.progressLabel', { indicator: target.indicator.name })}
        />
      ) : null}
      {target.indicator.determinedBy ? (
        <Group gap={6}>
          <DeterminedByBadge source={target.indicator.determinedBy} />
          <Text size="xs" c="dimmed">
            {dt('task.targets.fromRegister')}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}

/**
 * The targets tied to a task with where each stands now: the figures come from the live
 * roll-ups, so a drill or a class entered in its register moves them at once.
 */
export function TaskTargets({ targets }: { targets: readonly TTaskTarget[] }) {
  return (
    <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {targets.map((target) => (
        <TaskTargetItem key={target.id} target={target} />
      ))}
    </Stack>
  );
}
