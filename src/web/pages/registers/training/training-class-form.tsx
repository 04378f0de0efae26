import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../../../shared/training-audiences.ts';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
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

const RESULT_FIELDS = ['actualParticipants', 'startsOn', 'endsOn'] as const;

/** When a class starts and ends, as both of its forms ask for them. */
function ClassDates({
  startsOn,
  endsOn,
  errorFor,
}: {
  startsOn: [string, (value: string) => void];
  endsOn: [string, (value: string) => void];
  errorFor: (field: 'startsOn' | 'endsOn') => string | undefined;
}) {
  const t = useDrillsT();
  return (
    <RegisterDateRange
      from={{
        label: t('classForm.startsOn'),
        value: startsOn[0],
        onChange: startsOn[1],
        error: errorFor('startsOn'),
      }}
      to={{ label: t('classForm.endsOn'), value: endsOn[0], onChange: endsOn[1], error: errorFor('endsOn') }}
    />
  );
}

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
  mutation: RegisterMutationState;
  onSubmit: (values: ClassFormValues) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
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
  const { serverErrors, errorFor, accept } = useRegisterFormErrors(mutation, FIELDS);

  const submit = () => {
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
    if (!accept(errors) || !audience || !('iso' in from) || !('iso' in to) || typeof planned !== 'number')
      return;
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
    <RegisterFormFrame mutation={mutation} serverErrors={serverErrors} onSubmit={submit}>
      {c ? null : (
        <RegisterUnitSelect units={units} value={unitId} onChange={setUnitId} error={errorFor('unitId')} />
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
      <ClassDates startsOn={[startsOn, setStartsOn]} endsOn={[endsOn, setEndsOn]} errorFor={errorFor} />
      <RegisterCountInput
        label={t('classForm.planned')}
        value={planned}
        onChange={setPlanned}
        error={errorFor('plannedParticipants')}
        withAsterisk
        w={200}
      />
      <RegisterOrganiserInput value={organiser} onChange={setOrganiser} error={errorFor('organiserText')} />
      <RegisterNotesInput value={notes} onChange={setNotes} error={errorFor('notes')} />
      <RegisterFormActions
        submitLabel={c ? t('common.save') : t('classForm.submitCreate')}
        isPending={mutation.isPending}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
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
  mutation: RegisterMutationState;
  onSubmit: (body: { actualParticipants: number; startsOn: string; endsOn: string }) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const [actual, setActual] = useState<number | string>(trainingClass.actualParticipants ?? '');
  const [startsOn, setStartsOn] = useState(isoToDateText(trainingClass.startsOn));
  const [endsOn, setEndsOn] = useState(isoToDateText(trainingClass.endsOn));
  const { serverErrors, errorFor, accept } = useRegisterFormErrors(mutation, RESULT_FIELDS);
  const submit = () => {
    const errors: Partial<Record<(typeof RESULT_FIELDS)[number], string>> = {};
    const from = readDate(startsOn, t);
    const to = readDate(endsOn, t);
    if ('error' in from) errors.startsOn = from.error;
    if ('error' in to) errors.endsOn = to.error;
    if (typeof actual !== 'number') errors.actualParticipants = t('common.countInvalid');
    if (!accept(errors) || typeof actual !== 'number' || !('iso' in from) || !('iso' in to)) return;
    onSubmit({ actualParticipants: actual, startsOn: from.iso, endsOn: to.iso });
  };
  return (
    <RegisterFormFrame mutation={mutation} serverErrors={serverErrors} onSubmit={submit}>
      <RegisterCountInput
        label={t('classResult.actual')}
        value={actual}
        onChange={setActual}
        error={errorFor('actualParticipants')}
        withAsterisk
        data-autofocus
        w={220}
      />
      <ClassDates startsOn={[startsOn, setStartsOn]} endsOn={[endsOn, setEndsOn]} errorFor={errorFor} />
      <RegisterFormActions
        submitLabel={t('result.submit')}
        isPending={mutation.isPending}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
  );
}
