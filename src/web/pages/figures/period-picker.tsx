import { Group, Select } from '@mantine/core';
import { upperFirst } from '@mantine/hooks';
import { type FiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import {
  PICKABLE_PERIOD_TYPES,
  type PickablePeriodType,
  partCount,
  periodCode,
  periodParts,
} from './period-label.ts';

// Figures start with the 2020 reporting year; the next year is offered for setting targets early.
const FIRST_YEAR = 2020;

const PART_KEYS: Partial<Record<PickablePeriodType, FiguresKey[]>> = {
  half_year: ['half.1', 'half.2'],
  quarter: ['quarter.1', 'quarter.2', 'quarter.3', 'quarter.4'],
};

const PART_LABEL_KEYS: Record<PickablePeriodType, FiguresKey> = {
  year: 'periodPicker.year',
  half_year: 'periodPicker.half',
  quarter: 'periodPicker.quarter',
  month: 'periodPicker.month',
};

const isPickableType = (value: string | null): value is PickablePeriodType =>
  (PICKABLE_PERIOD_TYPES as readonly (string | null)[]).includes(value);

/** Picks a period: its type (year, half-year, quarter, month), the year, and which part of it. */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useFiguresT();
  const parts = periodParts(value) ?? { type: 'year' as const, year: new Date().getFullYear(), part: 1 };
  const lastYear = Math.max(new Date().getFullYear() + 1, parts.year);
  const years = Array.from({ length: lastYear - Math.min(FIRST_YEAR, parts.year) + 1 }, (_, i) =>
    String(lastYear - i),
  );
  const partLabel = (index: number) => {
    const keys = PART_KEYS[parts.type];
    return keys
      ? t(keys[index]!)
      : t('periodPicker.monthOption', { month: String(index + 1).padStart(2, '0') });
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('periodPicker.type')}
        allowDeselect={false}
        value={parts.type}
        onChange={(type) => {
          if (isPickableType(type))
            onChange(periodCode({ ...parts, type, part: type === 'year' ? 1 : parts.part }));
        }}
        data={PICKABLE_PERIOD_TYPES.map((type) => ({
          value: type,
          label: upperFirst(t(`periodType.${type}`)),
        }))}
        w={130}
      />
      <Select
        label={t('periodPicker.year')}
        allowDeselect={false}
        value={String(parts.year)}
        onChange={(year) => {
          if (year) onChange(periodCode({ ...parts, year: Number(year) }));
        }}
        data={years}
        w={110}
      />
      {parts.type === 'year' ? null : (
        <Select
          label={t(PART_LABEL_KEYS[parts.type])}
          allowDeselect={false}
          value={String(parts.part)}
          onChange={(part) => {
            if (part) onChange(periodCode({ ...parts, part: Number(part) }));
          }}
          data={Array.from({ length: partCount(parts.type) }, (_, i) => ({
            value: String(i + 1),
            label: partLabel(i),
          }))}
          w={190}
        />
      )}
    </Group>
  );
}
