import { NumberInput, Select, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../../../shared/training-audiences.ts';
import { fieldErrorsFrom } from '../../../api/field-errors.ts';
import { FormErrorAlert } from '../../../components/error-alert.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useT } from '../../../i18n/language-provider.tsx';
import { isoToDateText } from '../../documents/form-values.ts';
import { RegisterDateRange, RegisterFormActions, RegisterNotesInput, readDate } from '../register-fields.tsx';

const FIELDS = [
  'unitId',
  'title',
  'audience',
  'audienceNote',
  'startsOn',
  'endsOn',
  'plannedParticipants',
  'organiserText',
  'notes',
] as const;
type FieldName = (typeof FIELDS)[number];

/** What the form sends: a new class (with its unit) or the changes to one. */
export interface ClassFormValues {
  unitId: number;
  title: string;
  audience: TrainingAudience;
  audienceNote: string | null;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number;
  organiserText: string | null;
  notes: string | null;
}

/** Plans a QP-AN class, or corrects one; the server's refusals show next to their fields. */
export function TrainingClassForm({
  trainingClass,
  units,
  defaultUnitId,
  mutation,
  onSubmit,
  onCancel,
}: {
  trainingClass: TTrainingClass | null;
  units: { value: string; label: string }[];
  defaultUnitId: number;
  mutation: Pick<UseMutationResult<unknown, Error, never>, 'error' | 'isError' | 'isPending' | 'reset'>;
  onSubmit: (values: ClassFormValues) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const common = useT();
  const c = trainingClass;
  const [unitId, setUnitId] = useState(String(c?.unit.id ?? defaultUnitId));
  const [title, setTitle] = useState(c?.title ?? '');
  const [audience, setAudience] = useState<TrainingAudience | null>(c?.audience ?? null);
  const [audienceNote, setAudienceNote] = useState(c?.audienceNote ?? '');
  const [startsOn, setStartsOn] = useState(isoToDateText(c?.startsOn));
  const [endsOn, setEndsOn] = useState(isoToDateText(c?.endsOn));
  const [planned, setPlanned] = useState<number | string>(c?.plannedParticipants ?? '');
  const [organiser, setOrganiser] = useState(c?.organiser.text ?? '');
  const [notes, setNotes] = useState(c?.notes ?? '');
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const serverErrors = fieldErrorsFrom(mutation.error, FIELDS);
  const errorFor = (field: FieldName) => localErrors[field] ?? serverErrors[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    const from = readDate(startsOn, t);
    const to = readDate(endsOn, t);
    if (!title.trim()) errors.title = t('form.required', { field: t('classForm.title').toLowerCase() });
    if (!audience) errors.audience = t('form.required', { field: t('training.audience').toLowerCase() });
    if (audience === 'khac' && !audienceNote.trim())
      errors.audienceNote = t('form.required', { field: t('classForm.audienceNote').toLowerCase() });
    if ('error' in from) errors.startsOn = from.error;
    if ('error' in to) errors.endsOn = to.error;
    if (typeof planned !== 'number') errors.plannedParticipants = t('common.countInvalid');
    setLocalErrors(errors);
    if (
      Object.keys(errors).length > 0 ||
      !audience ||
      !('iso' in from) ||
      !('iso' in to) ||
      typeof planned !== 'number'
    ) {
      mutation.reset();
      return;
    }
    onSubmit({
      unitId: Number(unitId),
      title: title.trim(),
      audience,
      audienceNote: audience === 'khac' ? audienceNote.trim() : null,
      startsOn: from.iso,
      endsOn: to.iso,
      plannedParticipants: planned,
      organiserText: organiser.trim() || null,
      notes: notes.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        {c ? null : (
          <Select
            label={t('common.unit')}
            data={units}
            value={unitId}
            onChange={(value) => value && setUnitId(value)}
            allowDeselect={false}
            searchable
            nothingFoundMessage={common('common.nothingFound')}
            error={errorFor('unitId')}
            withAsterisk
          />
        )}
        <TextInput
          label={t('classForm.title')}
          placeholder={t('classForm.titlePlaceholder')}
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errorFor('title')}
          withAsterisk
          data-autofocus
        />
        <Select
          label={t('training.audience')}
          data={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
          value={audience}
          onChange={(value) => setAudience(value as TrainingAudience | null)}
          description={audience ? t(`audienceHint.${audience}`) : undefined}
          error={errorFor('audience')}
          withAsterisk
        />
        {audience === 'khac' ? (
          <TextInput
            label={t('classForm.audienceNote')}
            placeholder={t('audienceHint.khac')}
            value={audienceNote}
            maxLength={300}
            onChange={(event) => setAudienceNote(event.currentTarget.value)}
            error={errorFor('audienceNote')}
            withAsterisk
          />
        ) : null}
        <RegisterDateRange
          from={{
            label: t('classForm.startsOn'),
            value: startsOn,
            onChange: setStartsOn,
            error: errorFor('startsOn'),
          }}
          to={{ label: t('classForm.endsOn'), value: endsOn, onChange: setEndsOn, error: errorFor('endsOn') }}
        />
        <NumberInput
          label={t('classForm.planned')}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          value={planned}
          onChange={setPlanned}
          error={errorFor('plannedParticipants')}
          withAsterisk
          w={200}
        />
        <TextInput
          label={t('common.organiser')}
          value={organiser}
          maxLength={300}
          onChange={(event) => setOrganiser(event.currentTarget.value)}
          error={errorFor('organiserText')}
        />
        <RegisterNotesInput value={notes} onChange={setNotes} error={errorFor('notes')} />
        <RegisterFormActions
          submitLabel={c ? t('common.save') : t('classForm.submitCreate')}
          isPending={mutation.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}

/** Records how many took part in a class held (and its dates, if they moved). */
export function TrainingResultForm({
  trainingClass,
  mutation,
  onSubmit,
  onCancel,
}: {
  trainingClass: TTrainingClass;
  mutation: Pick<UseMutationResult<unknown, Error, never>, 'error' | 'isError' | 'isPending' | 'reset'>;
  onSubmit: (body: { actualParticipants: number; startsOn: string; endsOn: string }) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const [actual, setActual] = useState<number | string>(trainingClass.actualParticipants ?? '');
  const [startsOn, setStartsOn] = useState(isoToDateText(trainingClass.startsOn));
  const [endsOn, setEndsOn] = useState(isoToDateText(trainingClass.endsOn));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsFrom(mutation.error, ['actualParticipants', 'startsOn', 'endsOn']);
  const errorFor = (field: string) => localErrors[field] ?? serverErrors[field];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const from = readDate(startsOn, t);
    const to = readDate(endsOn, t);
    if ('error' in from) errors.startsOn = from.error;
    if ('error' in to) errors.endsOn = to.error;
    if (typeof actual !== 'number') errors.actualParticipants = t('common.countInvalid');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || typeof actual !== 'number' || !('iso' in from) || !('iso' in to)) {
      mutation.reset();
      return;
    }
    onSubmit({ actualParticipants: actual, startsOn: from.iso, endsOn: to.iso });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        <NumberInput
          label={t('classResult.actual')}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator="."
          decimalSeparator=","
          value={actual}
          onChange={setActual}
          error={errorFor('actualParticipants')}
          withAsterisk
          data-autofocus
          w={220}
        />
        <RegisterDateRange
          from={{
            label: t('classForm.startsOn'),
            value: startsOn,
            onChange: setStartsOn,
            error: errorFor('startsOn'),
          }}
          to={{ label: t('classForm.endsOn'), value: endsOn, onChange: setEndsOn, error: errorFor('endsOn') }}
        />
        <RegisterFormActions
          submitLabel={t('result.submit')}
          isPending={mutation.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
