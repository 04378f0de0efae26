import { Group, Radio, Select, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { DRILL_GRADES, type DrillGrade } from '../../../../shared/drill-kinds.ts';
import type { TDrill, TRecordDrillResultRequest } from '../../../../shared/schemas/drills.ts';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { isoToDateText } from '../../documents/form-values.ts';
import {
  RegisterDateRange,
  RegisterFormActions,
  RegisterFormFrame,
  type RegisterMutationState,
  RegisterNotesInput,
  readDate,
  useRegisterFormErrors,
} from '../register-fields.tsx';
import { type ForceCounts, ParticipantInputs, participantsFrom } from './drill-form.tsx';

const FIELDS = ['actualFrom', 'actualTo', 'grade', 'safe', 'incidents', 'participants', 'notes'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * Records that a drill was held: actual dates (the plan's by default), the grade, whether it was
 * "an toàn tuyệt đối" or what happened, and the forces that took part.
 */
export function DrillResultForm({
  drill,
  mutation,
  onSubmit,
  onCancel,
}: {
  drill: TDrill;
  mutation: RegisterMutationState;
  onSubmit: (body: TRecordDrillResultRequest) => void;
  onCancel: () => void;
}) {
  const t = useDrillsT();
  const [actualFrom, setActualFrom] = useState(isoToDateText(drill.actualFrom ?? drill.plannedFrom));
  const [actualTo, setActualTo] = useState(isoToDateText(drill.actualTo ?? drill.plannedTo));
  const [grade, setGrade] = useState<DrillGrade | null>(drill.grade);
  const [safety, setSafety] = useState<'safe' | 'unsafe' | null>(
    drill.safe === null ? null : drill.safe ? 'safe' : 'unsafe',
  );
  const [incidents, setIncidents] = useState(drill.incidents ?? '');
  const [counts, setCounts] = useState<ForceCounts>(
    Object.fromEntries(drill.participants.map((p) => [p.force, p.count])),
  );
  const [notes, setNotes] = useState(drill.notes ?? '');
  const { serverErrors, errorFor, accept } = useRegisterFormErrors(mutation, FIELDS);

  const submit = () => {
    const errors: Partial<Record<FieldName, string>> = {};
    const from = readDate(actualFrom, t);
    const to = readDate(actualTo, t);
    if ('error' in from) errors.actualFrom = from.error;
    if ('error' in to) errors.actualTo = to.error;
    if (!grade) errors.grade = t('result.gradeRequired');
    if (!safety) errors.safe = t('result.safety');
    if (safety === 'unsafe' && incidents.trim().length < 3) errors.incidents = t('result.incidentsRequired');
    if (!accept(errors) || !grade || !safety || !('iso' in from) || !('iso' in to)) return;
    onSubmit({
      actualFrom: from.iso,
      actualTo: to.iso,
      grade,
      safe: safety === 'safe',
      incidents: safety === 'unsafe' ? incidents.trim() : null,
      participants: participantsFrom(counts),
      notes: notes.trim() || null,
    });
  };

  return (
    <RegisterFormFrame
      mutation={mutation}
      serverErrors={serverErrors}
      onSubmit={submit}
      intro={
        <Text size="sm" fw={600}>
          {drill.title}
        </Text>
      }
    >
      <RegisterDateRange
        from={{
          label: t('result.actualFrom'),
          value: actualFrom,
          onChange: setActualFrom,
          error: errorFor('actualFrom'),
          'data-autofocus': true,
        }}
        to={{
          label: t('result.actualTo'),
          value: actualTo,
          onChange: setActualTo,
          error: errorFor('actualTo'),
        }}
      />
      <Select
        label={t('result.grade')}
        data={DRILL_GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
        value={grade}
        onChange={(value) => setGrade(value as DrillGrade | null)}
        error={errorFor('grade')}
        withAsterisk
      />
      <Radio.Group
        label={t('result.safety')}
        value={safety}
        onChange={(value) => setSafety(value as 'safe' | 'unsafe')}
        error={errorFor('safe')}
        withAsterisk
      >
        <Group gap="lg" mt={4}>
          <Radio value="safe" label={t('result.safe')} />
          <Radio value="unsafe" label={t('result.unsafe')} color="red" />
        </Group>
      </Radio.Group>
      {safety === 'unsafe' ? (
        <Textarea
          label={t('result.incidents')}
          value={incidents}
          maxLength={4000}
          autosize
          minRows={2}
          onChange={(event) => setIncidents(event.currentTarget.value)}
          error={errorFor('incidents')}
          withAsterisk
        />
      ) : null}
      <ParticipantInputs counts={counts} onChange={setCounts} error={errorFor('participants')} />
      <RegisterNotesInput value={notes} onChange={setNotes} error={errorFor('notes')} />
      <Text size="xs" c="dimmed">
        {t('result.figuresHint')}
      </Text>
      <RegisterFormActions
        submitLabel={t('result.submit')}
        isPending={mutation.isPending}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
  );
}
