import { Fieldset, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MILITIA_FORCE_TYPES, type MilitiaForceType } from '../../../../shared/militia.ts';
import type { TMilitiaRow } from '../../../../shared/schemas/militia.ts';
import { fieldErrorsFrom } from '../../../api/field-errors.ts';
import { useSaveMilitiaYear } from '../../../api/militia.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { type MilitiaKey, useMilitiaT } from '../../../i18n/militia-messages.ts';
import { RegisterFormFrame } from '../register-fields.tsx';
import { type CountReading, countText, readCount } from '../register-values.ts';
import { BoardCountInput, BoardFormEnd } from '../year-board.tsx';

const COUNT_FIELDS = [
  'partyMembers',
  'militiaPartyMembers',
  'trainingSummoned',
  'trainingAttended',
  'reservesAssigned',
  'reservesMatchingSpecialty',
] as const;
type CountField = (typeof COUNT_FIELDS)[number];

const LABELS: Record<CountField, MilitiaKey> = {
  partyMembers: 'form.partyMembers',
  militiaPartyMembers: 'form.militiaPartyMembers',
  trainingSummoned: 'form.trainingSummoned',
  trainingAttended: 'form.trainingAttended',
  reservesAssigned: 'form.reservesAssigned',
  reservesMatchingSpecialty: 'form.reservesMatching',
};

type Cell = 'yes' | 'no' | 'unknown';

const readValue = (r: CountReading) => ('value' in r ? r.value : null);

/** The whole each part may not exceed, as the server checks it. */
export function militiaWholes(values: {
  forces: Partial<Record<MilitiaForceType, number | null>>;
  partyMembers: number | null;
  militiaPartyMembers: number | null;
  trainingSummoned: number | null;
  trainingAttended: number | null;
  reservesAssigned: number | null;
  reservesMatchingSpecialty: number | null;
}): Partial<Record<CountField, number>> {
  const total = MILITIA_FORCE_TYPES.reduce((s, type) => s + (values.forces[type] ?? 0), 0);
  const militia = total - (values.forces.tu_ve ?? 0);
  const limits: Partial<Record<CountField, number>> = { partyMembers: total };
  const smallest = [values.partyMembers, militia].filter((n): n is number => n !== null);
  limits.militiaPartyMembers = Math.min(...smallest);
  if (values.trainingSummoned !== null) limits.trainingAttended = values.trainingSummoned;
  if (values.reservesAssigned !== null) limits.reservesMatchingSpecialty = values.reservesAssigned;
  return limits;
}

/**
 * Enters one unit's militia and reserve year: the force by type (the total is added up, never
 * typed), Party members, training, the commune's Party cell and the reservists. Parts above their
 * wholes are flagged as typed; the server checks again and its complaints appear by the fields.
 */
export function MilitiaForm({
  row,
  year,
  onDone,
  onCancel,
}: {
  row: TMilitiaRow;
  year: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useMilitiaT();
  const format = useFormat();
  const save = useSaveMilitiaYear();
  const own = row.own;
  const [forces, setForces] = useState<Record<MilitiaForceType, string>>(
    () =>
      Object.fromEntries(MILITIA_FORCE_TYPES.map((type) => [type, countText(own?.forces[type])])) as Record<
        MilitiaForceType,
        string
      >,
  );
  const [counts, setCounts] = useState<Record<CountField, string>>(
    () => Object.fromEntries(COUNT_FIELDS.map((f) => [f, countText(own?.[f])])) as Record<CountField, string>,
  );
  const [cell, setCell] = useState<Cell>(
    own?.hasMilitaryPartyCell == null ? 'unknown' : own.hasMilitaryPartyCell ? 'yes' : 'no',
  );
  const [notes, setNotes] = useState(own?.notes ?? '');

  const forceReadings = Object.fromEntries(
    MILITIA_FORCE_TYPES.map((type) => [type, readCount(forces[type])]),
  ) as Record<MilitiaForceType, CountReading>;
  const countReadings = Object.fromEntries(COUNT_FIELDS.map((f) => [f, readCount(counts[f])])) as Record<
    CountField,
    CountReading
  >;
  const forceValues = Object.fromEntries(
    MILITIA_FORCE_TYPES.map((type) => [type, readValue(forceReadings[type])]),
  ) as Record<MilitiaForceType, number | null>;
  const values = Object.fromEntries(COUNT_FIELDS.map((f) => [f, readValue(countReadings[f])])) as Record<
    CountField,
    number | null
  >;
  const total = MILITIA_FORCE_TYPES.reduce((s, type) => s + (forceValues[type] ?? 0), 0);
  const selfDefence = forceValues.tu_ve ?? 0;
  const wholes = militiaWholes({ forces: forceValues, ...values });
  const serverErrors = save.isError
    ? fieldErrorsFrom(save.error, [...COUNT_FIELDS, ...MILITIA_FORCE_TYPES, 'hasMilitaryPartyCell', 'notes'])
    : {};
  const clientError = (f: CountField): string | undefined => {
    if ('invalid' in countReadings[f]) return t('form.invalidNumber');
    const limit = wholes[f];
    const value = values[f];
    if (value !== null && limit !== undefined && value > limit)
      return t('form.partOfWhole', { whole: format.number(limit) });
    return undefined;
  };
  const hasErrors =
    MILITIA_FORCE_TYPES.some((type) => 'invalid' in forceReadings[type]) ||
    COUNT_FIELDS.some((f) => clientError(f) !== undefined);

  const submit = () =>
    save.mutate(
      {
        unitId: row.unitId,
        year,
        forces: Object.fromEntries(
          MILITIA_FORCE_TYPES.filter((type) => forceValues[type] !== null).map((type) => [
            type,
            forceValues[type],
          ]),
        ),
        ...values,
        hasMilitaryPartyCell: row.isCommune && cell !== 'unknown' ? cell === 'yes' : null,
        notes: notes.trim() || null,
      },
      { onSuccess: onDone },
    );

  const countInput = (f: CountField) => (
    <BoardCountInput
      key={f}
      field={f}
      label={t(LABELS[f])}
      value={counts[f]}
      onChange={(text) => setCounts((previous) => ({ ...previous, [f]: text }))}
      error={clientError(f) ?? serverErrors[f]}
    />
  );

  return (
    <RegisterFormFrame mutation={save} serverErrors={serverErrors} onSubmit={submit}>
      <Fieldset legend={t('form.forces')}>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          {MILITIA_FORCE_TYPES.map((type) => (
            <BoardCountInput
              key={type}
              field={type}
              label={t(`force.${type}` as MilitiaKey)}
              size="xs"
              value={forces[type]}
              onChange={(text) => setForces((previous) => ({ ...previous, [type]: text }))}
              error={'invalid' in forceReadings[type] ? t('form.invalidNumber') : serverErrors[type]}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" fw={600} mt="xs" aria-live="polite" data-testid="militia-total">
          {t('form.forcesTotal', {
            total: format.number(total),
            militia: format.number(total - selfDefence),
            selfDefence: format.number(selfDefence),
          })}
        </Text>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Fieldset legend={t('form.party')}>
          <Stack gap="xs">
            {countInput('partyMembers')}
            {countInput('militiaPartyMembers')}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.training')}>
          <Stack gap="xs">
            {countInput('trainingSummoned')}
            {countInput('trainingAttended')}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.reserves')}>
          <Stack gap="xs">
            {countInput('reservesAssigned')}
            {countInput('reservesMatchingSpecialty')}
          </Stack>
        </Fieldset>
        {row.isCommune ? (
          <Fieldset legend={t('form.partyCell')}>
            <SegmentedControl
              value={cell}
              onChange={(value) => setCell(value as Cell)}
              data={[
                { value: 'yes', label: t('form.partyCell.yes') },
                { value: 'no', label: t('form.partyCell.no') },
                { value: 'unknown', label: t('form.partyCell.unknown') },
              ]}
              aria-label={t('form.partyCell')}
            />
            {serverErrors.hasMilitaryPartyCell ? (
              <Text size="xs" c="red">
                {serverErrors.hasMilitaryPartyCell}
              </Text>
            ) : null}
          </Fieldset>
        ) : null}
      </SimpleGrid>
      <BoardFormEnd
        notesLabel={t('form.notes')}
        notes={notes}
        onNotes={setNotes}
        notesError={serverErrors.notes}
        submitLabel={t('form.save')}
        isPending={save.isPending}
        hasErrors={hasErrors}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
  );
}
