import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TTarget } from '../../../shared/schemas/targets.ts';
import { type CatalogueIndicator, useIndicatorCatalogue } from '../../api/figures.ts';
import { useCurrentUser } from '../../api/session.ts';
import { useTargetMutations, useTargets } from '../../api/targets.ts';
import { useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { type FiguresKey, isFiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { allocationsOf, formatBounds } from './figure-values.ts';
import type { ShownUnit } from './figures-page.tsx';
import { periodLabel } from './period-label.ts';
import { SplitEditor } from './split-editor.tsx';
import { TargetForm } from './target-form.tsx';

const LEVEL_KEYS: Record<number, FiguresKey> = {
  1: 'targets.forLevel.1',
  2: 'targets.forLevel.2',
  3: 'targets.forLevel.3',
};

function TargetRow({
  target,
  period,
  indicator,
  canSplit,
  onSplit,
}: {
  target: TTarget;
  /** The period shown: a target of a term covering it says so. */
  period: string;
  indicator: CatalogueIndicator | undefined;
  canSplit: boolean;
  onSplit: () => void;
}) {
  const t = useFiguresT();
  const format = useFormat();
  const levelKey = target.level === null ? undefined : LEVEL_KEYS[target.level];
  const categoryKey = `category.${target.category}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{target.indicatorName}</Text>
        {target.category && isFiguresKey(categoryKey) ? (
          <Text size="xs" c="dimmed">
            {t(categoryKey)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          <Text size="sm">{levelKey ? t(levelKey, { unit: target.unitName }) : target.unitName}</Text>
          {target.parentTargetId !== null ? (
            <Badge size="xs" variant="light" color="gray">
              {t('targets.allocated')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatBounds(target, { kind: indicator?.kind ?? 'quantity' }, format.number, t)}
        {target.period !== period ? (
          <Text size="xs" c="dimmed">
            {periodLabel(target.period, t)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {target.sourceDocument ? (
          <Anchor component={Link} to={`/van-ban/${target.sourceDocument.id}`} size="sm">
            {target.sourceDocument.number ?? `#${target.sourceDocument.id}`}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={target.note ? undefined : 'dimmed'}>
          {target.note || '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {canSplit ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={onSplit}
            aria-label={t('targets.splitFor', { indicator: target.indicatorName })}
          >
            {t('targets.split')}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * "Chỉ tiêu giao": the targets of the unit and its sub-units for the period. Leaders set new ones
 * (for the unit, or for each commune under it) and split a quota among the sub-units.
 */
export function TargetsTab({ unit, period }: { unit: ShownUnit; period: string }) {
  const t = useFiguresT();
  const format = useFormat();
  const user = useCurrentUser();
  const catalogue = useIndicatorCatalogue();
  const targets = useTargets(unit.id, period);
  const children = useUnitChildren(unit.id, false);
  const { create, split } = useTargetMutations();
  const [isFormOpen, setFormOpen] = useState(false);
  const [splitting, setSplitting] = useState<TTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The API says per target who may split it, but not who may create one: the rule is the server's
  // (leaders and admins within their scope), repeated here only to hide a button that would fail.
  const canSetTargets = user.role === 'leader' || user.role === 'admin';
  const indicators = catalogue.data?.indicators ?? [];
  const indicatorOf = (id: number) => indicators.find((i) => i.id === id);
  // The API allows splitting any quota; one of a unit without sub-units has nobody to split among.
  const hasSubUnits = (unitId: number) =>
    unitId === unit.id
      ? (children.data?.items.length ?? 0) > 0
      : (children.data?.items.find((c) => c.id === unitId)?.childCount ?? 0) > 0;

  if (targets.isPending) return <PageLoader />;
  if (targets.isError) return <ErrorAlert error={targets.error} />;
  const items = targets.data.items;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={3} fz="md">
          {t('targets.title', { unit: unit.name })}
        </Title>
        {canSetTargets ? (
          <Button
            onClick={() => {
              create.reset();
              setNotice(null);
              setFormOpen(true);
            }}
            disabled={indicators.length === 0}
          >
            {t('targets.add')}
          </Button>
        ) : null}
      </Group>
      {notice ? (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('targets.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="targets-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.col.indicator')}</Table.Th>
                <Table.Th>{t('targets.col.unit')}</Table.Th>
                <Table.Th>{t('targets.col.bounds')}</Table.Th>
                <Table.Th>{t('targets.col.source')}</Table.Th>
                <Table.Th>{t('targets.col.note')}</Table.Th>
                <Table.Th>{t('targets.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((target) => (
                <TargetRow
                  key={target.id}
                  target={target}
                  period={period}
                  indicator={indicatorOf(target.indicatorId)}
                  canSplit={target.actions.split && hasSubUnits(target.unitId)}
                  onSplit={() => {
                    split.reset();
                    setNotice(null);
                    setSplitting(target);
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal
        opened={isFormOpen}
        onClose={() => setFormOpen(false)}
        title={t('targetForm.title', { unit: unit.name, period: periodLabel(period, t) })}
        size="lg"
      >
        <TargetForm
          unit={unit}
          period={period}
          indicators={indicators}
          mutation={create}
          onDone={(target) => {
            setFormOpen(false);
            setNotice(t('targetForm.done', { indicator: target.indicatorName }));
          }}
          onCancel={() => setFormOpen(false)}
        />
      </Modal>
      <Modal
        opened={splitting !== null}
        onClose={() => setSplitting(null)}
        title={splitting ? t('targets.splitFor', { indicator: splitting.indicatorName }) : ''}
        size="lg"
      >
        {splitting ? (
          <SplitEditor
            target={splitting}
            allocations={allocationsOf(splitting, items)}
            mutation={split}
            onDone={(count) => {
              setSplitting(null);
              setNotice(t('split.done', { count: format.number(count) }));
            }}
            onCancel={() => setSplitting(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
