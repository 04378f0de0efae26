import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  DRILL_FORCES,
  DRILL_KINDS,
  type DrillForce,
  type DrillKind,
} from '../../../../shared/drill-kinds.ts';
import type { TDrill, TDrillParticipants } from '../../../../shared/schemas/drills.ts';
import { type DrillsTranslateFn, useDrillsT } from '../../../i18n/drills-messages.ts';
import { isoToDateText } from '../../documents/form-values.ts';
import {
  RegisterCountInput,
  RegisterDateRange,
  RegisterFormActions,
  RegisterFormFrame,
  type RegisterMutationState,
  RegisterNotesInput,
  RegisterOrganiserInput,
  RegisterUnitSelect,
  readDate,
  useRegisterFormErrors,
} from '../register-fields.tsx';

const FIELDS = [
  'unitId',
  'kind',
  'title',
  'plannedFrom',
  'plannedTo',
  'organiserText',
  'participants',
  'notes',
] as const;
type FieldName = (typeof FIELDS)[number];

/** What the form sends: a new drill (with its unit) or the changes to one. */
export interface DrillFormValues {
  unitId: number;
  kind: DrillKind;
  title: string;
  plannedFrom: string;
  plannedTo: string;
  organiserText: string | null;
  participants: TDrillParticipants;
  notes: string | null;
}

/** Counts per force as the form holds them (empty = the force takes no part). */
export type ForceCounts = Partial<Record<DrillForce, number | string>>;

/** The participants of a drill from the per-force inputs: only forces with a count. */
export function participantsFrom(counts: ForceCounts): TDrillParticipants {
  return DRILL_FORCES.flatMap((force) => {
    const value = counts[force];
    return typeof value === 'number' ? [{ force, count: value }] : [];
  });
}

/** One number input per force. */
export function ParticipantInputs({
  counts,
  onChange,
  error,
}: {
  counts: ForceCounts;
  onChange: (counts: ForceCounts) => void;
  error?: string;
}) {
  const t = useDrillsT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('form.participants')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('form.participantsHint')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {DRILL_FORCES.map((force) => (
          <RegisterCountInput
            key={force}
            label={t(`force.${force}`)}
            size="xs"
            value={counts[force] ?? ''}
            onChange={(value) => onChange({ ...counts, [force]: value === '' ? undefined : value })}
          />
        ))}
      </SimpleGrid>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The kinds a unit may record, with why the others are not offered spelt out beside the list. */
function kindHint(kind: DrillKind | null, t: DrillsTranslateFn): string | undefined {
  if (kind === 'chien_dau_xa') return t('form.kindHint.chien_dau_xa');
  if (kind === 'kvpt_tinh') return t('form.kindHint.kvpt_tinh');
  if (kind === 'kvpt_huyen') return t('form.kindHint.kvpt_huyen');
  return undefined;
}

/**
 * Plans a drill, or corrects one: its unit (when new), kind, name, planned dates, organiser,
 * forces and notes. The server's refusals (a combat drill at a province, dates backwards…) show
 * next to their fields.
 */
export function DrillForm({
  drill,
  units,
  defaultUnitId,
  mutation,
  onSubmit,
  onCancel,
}: {
  drill: TDrill | null;
  units: { value: string; label: string }[];
  defaultUnitId: number;
  mutation: RegisterMutationState;
  onSubmit: (values: DrillFormValues) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const [unitId, setUnitId] = useState<string>(String(drill?.unit.id ?? defaultUnitId));
  const [kind, setKind] = useState<DrillKind | null>(drill?.kind ?? null);
  const [title, setTitle] = useState(drill?.title ?? '');
  const [plannedFrom, setPlannedFrom] = useState(isoToDateText(drill?.plannedFrom));
  const [plannedTo, setPlannedTo] = useState(isoToDateText(drill?.plannedTo));
  const [organiser, setOrganiser] = useState(drill?.organiser.text ?? '');
  const [counts, setCounts] = useState<ForceCounts>(
    Object.fromEntries((drill?.participants ?? []).map((p) => [p.force, p.count])),
  );
  const [notes, setNotes] = useState(drill?.notes ?? '');
  const { serverErrors, errorFor, accept } = useRegisterFormErrors(mutation, FIELDS);

  const submit = () => {
    const errors: Partial<Record<FieldName, string>> = {};
    const from = readDate(plannedFrom, t);
    const to = readDate(plannedTo, t);
    if (!kind) errors.kind = t('form.required', { field: t('drills.kind').toLowerCase() });
    if (!title.trim()) errors.title = t('form.required', { field: t('form.title').toLowerCase() });
    if ('error' in from) errors.plannedFrom = from.error;
    if ('error' in to) errors.plannedTo = to.error;
    if (!accept(errors) || !kind || !('iso' in from) || !('iso' in to)) return;
    onSubmit({
      unitId: Number(unitId),
      kind,
      title: title.trim(),
      plannedFrom: from.iso,
      plannedTo: to.iso,
      organiserText: organiser.trim() || null,
      participants: participantsFrom(counts),
      notes: notes.trim() || null,
    });
  };

  return (
    <RegisterFormFrame mutation={mutation} serverErrors={serverErrors} onSubmit={submit}>
      {drill ? null : (
        <RegisterUnitSelect units={units} value={unitId} onChange={setUnitId} error={errorFor('unitId')} />
      )}
      <Select
        label={t('drills.kind')}
        data={DRILL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        value={kind}
        onChange={(value) => setKind(value as DrillKind | null)}
        description={kindHint(kind, t)}
        error={errorFor('kind')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('form.title')}
        placeholder={t('form.titlePlaceholder')}
        value={title}
        maxLength={300}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errorFor('title')}
        withAsterisk
      />
      <RegisterDateRange
        from={{
          label: t('form.plannedFrom'),
          value: plannedFrom,
          onChange: setPlannedFrom,
          error: errorFor('plannedFrom'),
        }}
        to={{
          label: t('form.plannedTo'),
          value: plannedTo,
          onChange: setPlannedTo,
          error: errorFor('plannedTo'),
        }}
      />
      <RegisterOrganiserInput
        description={t('common.organiserHint')}
        value={organiser}
        onChange={setOrganiser}
        error={errorFor('organiserText')}
      />
      <ParticipantInputs counts={counts} onChange={setCounts} error={errorFor('participants')} />
      <RegisterNotesInput value={notes} onChange={setNotes} error={errorFor('notes')} />
      <RegisterFormActions
        submitLabel={drill ? t('common.save') : t('form.submitCreate')}
        isPending={mutation.isPending}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
  );
}
