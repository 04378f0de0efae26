import {
  Badge,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import type { CatalogueIndicator } from '../../api/figures.ts';
import { type DocumentsKey, useDocumentsT } from '../../i18n/documents-messages.ts';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { groupIndicators, groupLabel, targetableIndicators } from '../figures/indicator-groups.ts';
import {
  COMMUNE_LEVEL,
  countTargets,
  fieldKey,
  type ReviewErrors,
  type TargetFormRow,
} from './review-model.ts';
import { MARK_COLORS, ReviewField } from './review-sync.tsx';
import { vietnameseOptionsFilter } from './vietnamese-filter.ts';

/** A unit a target may be set for: the document's unit or one directly under it. */
export interface TargetUnitOption {
  value: string;
  label: string;
  level: number | null;
}

// Mantine's Select treats '' as "nothing chosen", so the plain total travels as this value.
const TOTAL = 'total';
const DOI_TUONG = ['dt1', 'dt2', 'dt3', 'dt4'] as const;

type IndicatorData = { group: string; items: { value: string; label: string }[] }[];

/** One target read from the text: which indicator it is, for whom, when, and how much. */
const TargetRowCard = memo(function TargetRowCard({
  row,
  number,
  taskNumber,
  indicators,
  indicatorData,
  units,
  errors,
  onChange,
}: {
  row: TargetFormRow;
  number: number;
  taskNumber: number | null;
  indicators: ReadonlyMap<string, CatalogueIndicator>;
  indicatorData: IndicatorData;
  units: readonly TargetUnitOption[];
  errors: ReviewErrors;
  onChange: (rowId: string, patch: Partial<TargetFormRow>) => void;
}) {
  const t = useT();
  const dt = useDocumentsT();
  const key = fieldKey.target(row.index);
  const error = (name: string) => {
    const code = errors[`${key}-${name}`];
    return code ? dt(code) : undefined;
  };
  const patch = (changes: Partial<TargetFormRow>) => onChange(row.rowId, changes);
  const indicator = row.indicatorId ? indicators.get(row.indicatorId) : undefined;
  const unit = units.find((u) => u.value === row.unitId);
  const canApplyToCommunes = unit?.level != null && unit.level < COMMUNE_LEVEL;
  const isPercent = row.unitOfMeasure.trim() === '%';
  const mismatch: DocumentsKey | null = !indicator
    ? null
    : isPercent && indicator.kind !== 'ratio'
      ? 'review.target.percentOnQuantity'
      : !isPercent && indicator.kind === 'ratio'
        ? 'review.target.countOnRatio'
        : null;
  const heading = dt('review.target.heading', { number });

  return (
    <ReviewField fieldKey={key} type="target">
      <Card
        withBorder
        padding="sm"
        role="group"
        aria-label={heading}
        data-testid="review-target"
        style={{ opacity: row.isIncluded ? 1 : 0.75 }}
      >
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {heading}
              </Text>
              {row.indicatorId === null ? (
                <Badge size="sm" variant="light" color="gray">
                  {dt('review.target.unmatched')}
                </Badge>
              ) : null}
              {taskNumber !== null ? (
                <Badge size="sm" variant="light" color="green">
                  {dt('review.target.inTask', { number: taskNumber })}
                </Badge>
              ) : null}
            </Group>
            <Checkbox
              label={dt('review.target.include')}
              checked={row.isIncluded}
              onChange={(e) => patch({ isIncluded: e.currentTarget.checked })}
            />
          </Group>
          {/* A button so the keyboard can reach it: focusing it shows the words in the text. */}
          <UnstyledButton
            aria-label={dt('review.target.showText', { number })}
            p={6}
            style={{
              borderLeft: `3px solid var(--mantine-color-${MARK_COLORS.target}-6)`,
              borderRadius: 'var(--mantine-radius-sm)',
            }}
          >
            <Text size="sm">“{row.text}”</Text>
          </UnstyledButton>
          {row.isIncluded ? null : (
            <Text size="sm" c="dimmed">
              {row.indicatorId === null ? dt('review.target.unmatchedHint') : dt('review.target.skipped')}
            </Text>
          )}
          <Select
            label={dt('review.target.indicator')}
            placeholder={dt('review.target.indicatorPlaceholder')}
            data={indicatorData}
            value={row.indicatorId}
            onChange={(indicatorId) =>
              // Picking an indicator for a left-out target means the reviewer wants it.
              patch({ indicatorId, category: '', ...(indicatorId ? { isIncluded: true } : {}) })
            }
            searchable
            clearable
            // Mantine hides the clear button from assistive technology; here it is the way to unmap.
            clearButtonProps={{
              'aria-label': dt('review.target.clearIndicator'),
              'aria-hidden': false,
              tabIndex: 0,
            }}
            // Picking the chosen indicator again keeps it; the clear button is there to remove it.
            allowDeselect={false}
            filter={vietnameseOptionsFilter}
            nothingFoundMessage={t('common.nothingFound')}
            maxDropdownHeight={320}
            error={error('indicator')}
            withAsterisk={row.isIncluded}
          />
          {mismatch ? (
            <Text size="xs" c="orange.8">
              {dt(mismatch, { unit: row.unitOfMeasure })}
            </Text>
          ) : null}
          {indicator?.disaggregation === 'doi_tuong' ? (
            <Select
              label={dt('review.target.category')}
              allowDeselect={false}
              value={row.category || TOTAL}
              onChange={(value) => patch({ category: !value || value === TOTAL ? '' : value })}
              data={[
                { value: TOTAL, label: dt('review.target.category.total') },
                ...DOI_TUONG.map((code) => ({ value: code, label: dt(`review.target.category.${code}`) })),
              ]}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Select
              label={dt('review.target.unit')}
              data={units.map((u) => ({ value: u.value, label: u.label }))}
              value={row.unitId}
              onChange={(unitId) => {
                if (!unitId) return;
                const level = units.find((u) => u.value === unitId)?.level;
                patch({ unitId, isEachCommune: row.isEachCommune && level != null && level < COMMUNE_LEVEL });
              }}
              allowDeselect={false}
              searchable
              filter={vietnameseOptionsFilter}
              nothingFoundMessage={t('common.nothingFound')}
            />
            {canApplyToCommunes ? (
              <Checkbox
                mt={{ base: 0, sm: 30 }}
                label={dt('review.target.eachCommune')}
                description={dt('review.target.eachCommuneHint')}
                checked={row.isEachCommune}
                onChange={(e) => patch({ isEachCommune: e.currentTarget.checked })}
              />
            ) : null}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <TextInput
              label={dt('review.target.period')}
              value={row.period}
              onChange={(e) => patch({ period: e.currentTarget.value })}
              error={error('period')}
              autoComplete="off"
            />
            <TextInput
              label={dt('review.target.min')}
              inputMode="decimal"
              autoComplete="off"
              value={row.min}
              onChange={(e) => patch({ min: e.currentTarget.value })}
              rightSection={indicator?.kind === 'ratio' ? <Text size="sm">%</Text> : null}
              error={error('bounds')}
            />
            <TextInput
              label={dt('review.target.max')}
              inputMode="decimal"
              autoComplete="off"
              value={row.max}
              onChange={(e) => patch({ max: e.currentTarget.value })}
              rightSection={indicator?.kind === 'ratio' ? <Text size="sm">%</Text> : null}
              // The message stands under the minimum; the maximum only turns red beside it.
              error={error('bounds') ? true : undefined}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {dt('review.target.periodHint')} ·{' '}
            {indicator?.kind === 'ratio' ? dt('review.target.percentHint') : dt('review.target.countHint')}
          </Text>
        </Stack>
      </Card>
    </ReviewField>
  );
});

/**
 * The targets the text sets ("phấn đấu 95 - 100%…"), each offered with the catalogue indicator its
 * words suggest. Confirming records the included ones as targets set by this document.
 */
export function ReviewTargetsSection({
  rows,
  taskNumberOf,
  indicators,
  units,
  errors,
  onChange,
}: {
  rows: TargetFormRow[];
  /** The number of the task card a target's assignment became (its part holding the target), if still in the form. */
  taskNumberOf: (target: TargetFormRow) => number | null;
  indicators: readonly CatalogueIndicator[];
  units: readonly TargetUnitOption[];
  errors: ReviewErrors;
  onChange: (update: (rows: TargetFormRow[]) => TargetFormRow[]) => void;
}) {
  const dt = useDocumentsT();
  const ft = useFiguresT();
  const format = useFormat();
  const byId = useMemo(() => new Map(indicators.map((i) => [String(i.id), i])), [indicators]);
  const indicatorData = useMemo(
    () =>
      groupIndicators(targetableIndicators(indicators)).map((group) => ({
        group: groupLabel(group.group, ft),
        items: group.items.map((i) => ({ value: String(i.id), label: i.name })),
      })),
    [indicators, ft],
  );
  // Cards are memoised: this keeps its identity as long as `onChange` does (a state setter).
  const updateRow = useCallback(
    (rowId: string, patch: Partial<TargetFormRow>) =>
      onChange((current) => current.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row))),
    [onChange],
  );

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {dt('review.targets.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" role="status" data-testid="review-target-count">
        {dt('review.targets.willRecord', { count: format.number(countTargets({ targets: rows })) })}
      </Text>
      <Text size="xs" c="dimmed">
        {dt('review.targets.hint')}
      </Text>
      {rows.map((row, index) => (
        <TargetRowCard
          key={row.rowId}
          row={row}
          number={index + 1}
          taskNumber={taskNumberOf(row)}
          indicators={byId}
          indicatorData={indicatorData}
          units={units}
          errors={errors}
          onChange={updateRow}
        />
      ))}
    </Stack>
  );
}
