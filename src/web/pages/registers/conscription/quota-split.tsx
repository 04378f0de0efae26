import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionMutations } from '../../../api/conscription.ts';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { type SplitReading, UnitSplitForm } from '../../figures/unit-split-form.tsx';
import { countText, readCount } from '../register-values.ts';

const readQuota = (text: string): SplitReading => {
  const reading = readCount(text);
  return 'value' in reading ? reading : { unreadable: true };
};

/**
 * Splits the unit's quota among the units under it: one field per unit and a live sum against
 * the quota ("Tổng đã chia 42/45 — Còn thiếu 3"). Saving needs the parts to add up exactly (or
 * every field blank, which removes the split); the server checks again and a refusal shows here.
 */
export function QuotaSplit({
  board,
  onDone,
  onCancel,
}: {
  board: TConscriptionYear;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useConscriptionT();
  const format = useFormat();
  const { setQuotas } = useConscriptionMutations();
  const quota = board.unit.quota ?? 0;

  const submit = (parts: { unitId: number; value: number | null }[]) =>
    setQuotas.mutate(
      {
        unitId: board.unit.unitId,
        year: board.year,
        allocations: parts.map(({ unitId, value }) => ({ unitId, quota: value })),
      },
      { onSuccess: onDone },
    );

  return (
    <UnitSplitForm
      units={board.children.map((child) => ({ id: child.unitId, name: child.unitName }))}
      initialTexts={() => new Map(board.children.map((c) => [c.unitId, countText(c.quota)]))}
      read={readQuota}
      quota={quota}
      inputMode="numeric"
      canClear
      labels={{
        description: t('quota.splitHint', { quota: format.number(quota), unit: board.unit.unitName }),
        filter: t('quota.filter'),
        unitColumn: t('col.unit'),
        valueColumn: t('col.quota'),
        valueLabel: (unit) => t('quota.valueLabel', { unit }),
        unreadable: t('steps.invalidNumber'),
        sum: (sum, of) => t('quota.sum', { sum, quota: of }),
        exact: t('quota.exact'),
        missing: (amount) => t('quota.missing', { amount }),
        over: (amount) => t('quota.over', { amount }),
        submit: t('quota.submit'),
      }}
      testIds={{ table: 'quota-split-table', balance: 'quota-balance' }}
      status={setQuotas}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}
