import { Loader } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { TSplitTargetRequest, TTarget } from '../../../shared/schemas/targets.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { formatEntryValue } from './entry-cells.ts';
import { readBound } from './figure-values.ts';
import { UnitSplitForm } from './unit-split-form.tsx';

/**
 * Divides a quota among the sub-units of its unit: one input per sub-unit, and a live sum against
 * the quota ("Còn thiếu 5", "Vượt 3"). Saving is possible only when they are equal; the server
 * checks again and its refusal is shown as is.
 */
export function SplitEditor({
  target,
  allocations,
  mutation,
  onDone,
  onCancel,
}: {
  target: TTarget;
  /** The current split, by sub-unit id. */
  allocations: ReadonlyMap<number, number>;
  mutation: UseMutationResult<{ items: TTarget[] }, Error, { targetId: number; body: TSplitTargetRequest }>;
  onDone: (count: number) => void;
  onCancel: () => void;
}) {
  const t = useFiguresT();
  const common = useT();
  const format = useFormat();
  const children = useUnitChildren(target.unitId, false);
  const quota = target.min ?? 0;

  if (children.isPending) return <Loader size="sm" aria-label={common('common.loading')} />;
  if (children.isError) return <ErrorAlert error={children.error} />;

  const submit = (all: { unitId: number; value: number | null }[]) => {
    const parts = all.flatMap(({ unitId, value }) => (value !== null ? [{ unitId, value }] : []));
    mutation.mutate(
      { targetId: target.id, body: { allocations: parts } },
      { onSuccess: () => onDone(parts.length) },
    );
  };

  return (
    <UnitSplitForm
      units={sortUnitsForDisplay(children.data.items)}
      initialTexts={() =>
        new Map([...allocations].map(([unitId, value]) => [unitId, formatEntryValue(value)]))
      }
      read={readBound}
      quota={quota}
      inputMode="decimal"
      canClear={false}
      labels={{
        description: t('split.description', { quota: format.number(quota), unit: target.unitName }),
        filter: t('split.filter'),
        unitColumn: t('split.col.unit'),
        valueColumn: t('split.col.value'),
        valueLabel: (unit) => t('split.valueLabel', { unit }),
        unreadable: t('targetForm.unreadable'),
        sum: (sum, of) => t('split.sum', { sum, quota: of }),
        exact: t('split.exact'),
        missing: (amount) => t('split.missing', { amount }),
        over: (amount) => t('split.over', { amount }),
        submit: t('split.submit'),
      }}
      testIds={{ table: 'split-table', balance: 'split-balance' }}
      status={mutation}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
