import { SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import type { TConscriptionRow } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionMutations } from '../../../api/conscription.ts';
import { fieldErrorsFrom } from '../../../api/field-errors.ts';
import { type ConscriptionKey, useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { DateTextInput } from '../../documents/date-text-input.tsx';
import { isoToDateText, parseDateText } from '../../documents/form-values.ts';
import { RegisterFormFrame } from '../register-fields.tsx';
import { countText, readCount } from '../register-values.ts';
import { BoardCountInput, BoardFormEnd } from '../year-board.tsx';

const COUNT_FIELDS = ['listed17', 'registered', 'examined', 'fit', 'handedOver'] as const;
type CountField = (typeof COUNT_FIELDS)[number];

const LABELS: Record<CountField, ConscriptionKey> = {
  listed17: 'steps.listed17',
  registered: 'steps.registered',
  examined: 'steps.examined',
  fit: 'steps.fit',
  handedOver: 'steps.handedOver',
};

// The part each count may not exceed, as the server checks it (the fit among the examined…).
const WHOLE_OF: Partial<Record<CountField, CountField>> = { fit: 'examined', handedOver: 'fit' };

/**
 * Enters one unit's step counts for a handover year. Obvious slips (a letter, the fit above the
 * examined) are flagged as typed; the server checks everything again and its complaints appear
 * next to their fields.
 */
export function StepsForm({
  row,
  year,
  onDone,
  onCancel,
}: {
  row: TConscriptionRow;
  year: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useConscriptionT();
  const format = useFormat();
  const { saveSteps } = useConscriptionMutations();
  const [texts, setTexts] = useState<Record<CountField, string>>(() => ({
    listed17: countText(row.listed17),
    registered: countText(row.registered),
    examined: countText(row.examined),
    fit: countText(row.fit),
    handedOver: countText(row.handedOver),
  }));
  const [handoverOn, setHandoverOn] = useState(isoToDateText(row.handoverOn));
  const [notes, setNotes] = useState(row.notes ?? '');

  const readings = Object.fromEntries(COUNT_FIELDS.map((f) => [f, readCount(texts[f])])) as Record<
    CountField,
    ReturnType<typeof readCount>
  >;
  const value = (f: CountField) => {
    const r = readings[f];
    return 'value' in r ? r.value : null;
  };
  const ownError = (f: CountField): string | undefined => {
    if ('invalid' in readings[f]) return t('steps.invalidNumber');
    const whole = WHOLE_OF[f];
    const part = value(f);
    const limit = whole ? value(whole) : null;
    if (part !== null && limit !== null && part > limit)
      return t('steps.partOfWhole', { whole: format.number(limit) });
    return undefined;
  };
  const date = parseDateText(handoverOn);
  const serverErrors = saveSteps.isError
    ? fieldErrorsFrom(saveSteps.error, [...COUNT_FIELDS, 'handoverOn', 'notes'])
    : {};
  const hasOwnErrors = COUNT_FIELDS.some((f) => ownError(f) !== undefined) || !date.isValid;
  const before = String(year - 1);

  const submit = () =>
    saveSteps.mutate(
      {
        unitId: row.unitId,
        year,
        listed17: value('listed17'),
        registered: value('registered'),
        examined: value('examined'),
        fit: value('fit'),
        handedOver: value('handedOver'),
        handoverOn: date.iso,
        notes: notes.trim() || null,
      },
      { onSuccess: onDone },
    );

  return (
    <RegisterFormFrame mutation={saveSteps} serverErrors={serverErrors} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {COUNT_FIELDS.map((field) => (
          <BoardCountInput
            key={field}
            field={field}
            label={t(LABELS[field], { before })}
            value={texts[field]}
            onChange={(text) => setTexts((previous) => ({ ...previous, [field]: text }))}
            error={ownError(field) ?? serverErrors[field]}
          />
        ))}
        <DateTextInput
          label={t('steps.handoverOn')}
          description={t('steps.handoverOnHint', { year })}
          value={handoverOn}
          onChange={setHandoverOn}
          error={serverErrors.handoverOn}
          data-field="handoverOn"
        />
      </SimpleGrid>
      <BoardFormEnd
        notesLabel={t('steps.notes')}
        notesHint={t('steps.notesHint')}
        notes={notes}
        onNotes={setNotes}
        notesError={serverErrors.notes}
        submitLabel={t('steps.save')}
        isPending={saveSteps.isPending}
        hasErrors={hasOwnErrors}
        onCancel={onCancel}
      />
    </RegisterFormFrame>
  );
}
