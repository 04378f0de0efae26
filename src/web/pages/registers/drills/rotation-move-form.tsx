import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TRotation, TRotationCommune } from '../../../../shared/schemas/drills.ts';
import { useRotationMutations } from '../../../api/drills.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useT } from '../../../i18n/language-provider.tsx';

/** Whether a commune's year is fixed: it drilled, or its drill is already entered for its year. */
export function isPinned(c: TRotationCommune): boolean {
  return c.doneYear !== null || (c.plannedYear !== null && c.scheduledYears.includes(c.plannedYear));
}

/**
 * Moves a commune to another year of the plan. When a plain move would take a year out of the
 * band, the leader picks a commune of the new year to swap with; the server has the last word.
 */
export function RotationMoveForm({
  rotation,
  commune,
  percent,
  onDone,
  onCancel,
}: {
  rotation: TRotation;
  commune: TRotationCommune;
  percent: (share: number) => string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const common = useT();
  const { move } = useRotationMutations(rotation.unit.id, rotation.termFrom);
  const years = rotation.years.map((y) => y.year).filter((y) => y !== commune.plannedYear);
  const [year, setYear] = useState<string | null>(years[0] ? String(years[0]) : null);
  const [partner, setPartner] = useState<string | null>(null);
  const count = (y: number | null) => rotation.communes.filter((c) => c.plannedYear === y).length;
  const target = year === null ? null : Number(year);
  const fits =
    target !== null &&
    count(commune.plannedYear) - 1 >= rotation.bounds.min &&
    count(target) + 1 <= rotation.bounds.max;
  const partners = rotation.communes.filter((c) => c.plannedYear === target && !isPinned(c));
  const band = { minPct: percent(rotation.minShare), maxPct: percent(rotation.maxShare) };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (target === null || rotation.plan === null) return;
    move.mutate(
      {
        planId: rotation.plan.id,
        communeId: commune.id,
        body: { year: target, swapWithCommuneId: partner ? Number(partner) : null },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {move.isError ? <ErrorAlert error={move.error} /> : null}
        <Select
          label={t('rotation.moveYear')}
          data={years.map(String)}
          value={year}
          onChange={(value) => {
            setYear(value);
            setPartner(null);
            move.reset();
          }}
          allowDeselect={false}
          data-autofocus
        />
        {!fits ? (
          <Alert color="yellow" variant="light">
            {t('rotation.swapHint', band)}
          </Alert>
        ) : null}
        <Select
          label={t('rotation.swap')}
          placeholder={t('rotation.swapNone')}
          data={partners.map((c) => ({ value: String(c.id), label: c.name }))}
          value={partner}
          onChange={setPartner}
          searchable
          clearable
          nothingFoundMessage={common('common.nothingFound')}
        />
        <Text size="xs" c="dimmed">
          {t('rotation.intro', {
            min: rotation.bounds.min,
            max: rotation.bounds.max,
            total: rotation.communes.length,
            ...band,
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={move.isPending}>
            {common('common.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending}>
            {t('rotation.moveSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
