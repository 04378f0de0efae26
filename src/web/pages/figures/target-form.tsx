import { Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TCreateTargetRequest, TTarget } from '../../../shared/schemas/targets.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import type { CatalogueIndicator } from '../../api/figures.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { type FiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { useT } from '../../i18n/language-provider.tsx';
import { readBound } from './figure-values.ts';
import type { ShownUnit } from './figures-page.tsx';
import { groupIndicators, groupLabel, targetableIndicators } from './indicator-groups.ts';

const FIELDS = ['indicatorId', 'category', 'min', 'max', 'level', 'note'] as const;
type FieldName = (typeof FIELDS)[number];

// Mantine's Select treats '' as "nothing chosen", so the plain total travels as this value.
const TOTAL = 'total';
const DOI_TUONG_CATEGORIES = ['dt1', 'dt2', 'dt3', 'dt4'];
/** Level of communes: "áp dụng cho từng xã" sets the target for each of them. */
const COMMUNE_LEVEL = 3;
const NOTE_MAX = 1000;

/** What the form sends, before the server fills its defaults. */
export type CreateTargetBody = Omit<TCreateTargetRequest, 'category'> & { category?: string };

/** Sets a target (min and/or max) of an indicator for the unit shown, or for each commune under it. */
export function TargetForm({
  unit,
  period,
  indicators,
  mutation,
  onDone,
  onCancel,
}: {
  unit: ShownUnit;
  period: string;
  indicators: CatalogueIndicator[];
  mutation: UseMutationResult<TTarget, Error, CreateTargetBody>;
  onDone: (target: TTarget) => void;
  onCancel: () => void;
}) {
  const t = useFiguresT();
  const common = useT();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [category, setCategory] = useState(TOTAL);
  const [minText, setMinText] = useState('');
  const [maxText, setMaxText] = useState('');
  const [isEachCommune, setEachCommune] = useState(false);
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const serverErrors = fieldErrorsFrom(mutation.error, FIELDS);
  const errorFor = (field: FieldName) => localErrors[field] ?? serverErrors[field];
  const indicator = indicators.find((i) => String(i.id) === indicatorId);
  const canApplyToCommunes = unit.level !== null && unit.level < COMMUNE_LEVEL;

  const categoryOptions = [
    { value: TOTAL, label: t('category.total') },
    ...(indicator?.disaggregation === 'doi_tuong'
      ? DOI_TUONG_CATEGORIES.map((code) => ({ value: code, label: t(`category.${code}` as FiguresKey) }))
      : []),
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    const min = readBound(minText);
    const max = readBound(maxText);
    if (!indicator) errors.indicatorId = t('targetForm.indicatorRequired');
    if ('unreadable' in min) errors.min = t('targetForm.unreadable');
    if ('unreadable' in max) errors.max = t('targetForm.unreadable');
    const minValue = 'value' in min ? min.value : null;
    const maxValue = 'value' in max ? max.value : null;
    if (!errors.min && !errors.max) {
      if (minValue === null && maxValue === null) errors.min = t('targetForm.boundsRequired');
      else if (minValue !== null && maxValue !== null && minValue > maxValue)
        errors.max = t('targetForm.minAboveMax');
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !indicator) {
      mutation.reset();
      return;
    }
    mutation.mutate(
      {
        indicatorId: indicator.id,
        category: category === TOTAL ? '' : category,
        unitId: unit.id,
        level: canApplyToCommunes && isEachCommune ? COMMUNE_LEVEL : null,
        period,
        min: minValue,
        max: maxValue,
        note: note.trim() || null,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        <Select
          label={t('targetForm.indicator')}
          placeholder={t('targetForm.indicatorPlaceholder')}
          searchable
          withAsterisk
          data-autofocus
          nothingFoundMessage={common('common.nothingFound')}
          value={indicatorId}
          onChange={(value) => {
            setIndicatorId(value);
            setCategory(TOTAL);
          }}
          data={groupIndicators(targetableIndicators(indicators)).map((group) => ({
            group: groupLabel(group.group, t),
            items: group.items.map((i) => ({ value: String(i.id), label: i.name })),
          }))}
          error={errorFor('indicatorId')}
          maxDropdownHeight={320}
        />
        {categoryOptions.length > 1 ? (
          <Select
            label={t('targetForm.category')}
            allowDeselect={false}
            value={category}
            onChange={(value) => setCategory(value ?? TOTAL)}
            data={categoryOptions}
            error={errorFor('category')}
          />
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label={t('targetForm.min')}
            inputMode="decimal"
            autoComplete="off"
            value={minText}
            onChange={(event) => setMinText(event.currentTarget.value)}
            rightSection={indicator?.kind === 'ratio' ? <Text size="sm">%</Text> : null}
            error={errorFor('min')}
          />
          <TextInput
            label={t('targetForm.max')}
            inputMode="decimal"
            autoComplete="off"
            value={maxText}
            onChange={(event) => setMaxText(event.currentTarget.value)}
            rightSection={indicator?.kind === 'ratio' ? <Text size="sm">%</Text> : null}
            error={errorFor('max')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {indicator?.kind === 'ratio' ? t('targetForm.percentHint') : t('targetForm.boundsHint')}
        </Text>
        {canApplyToCommunes ? (
          <Checkbox
            label={t('targetForm.eachCommune')}
            description={t('targetForm.eachCommuneHint', { unit: unit.name })}
            checked={isEachCommune}
            onChange={(event) => setEachCommune(event.currentTarget.checked)}
            error={errorFor('level')}
          />
        ) : null}
        <Textarea
          label={t('targetForm.note')}
          value={note}
          maxLength={NOTE_MAX}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={5}
          error={errorFor('note')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {common('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('targetForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
