import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TConference } from '../../../shared/schemas/conferences.ts';
import { useConferenceMutations, usePlanConference } from '../../api/conferences.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { useReportCalendar } from '../../api/reports.ts';
import { FormErrorAlert } from '../../components/error-alert.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { isoToDateText, parseDateText, textOrNull } from '../documents/form-values.ts';
import { CONFERENCE_KIND_VALUES, readPeriodCode, readQuota } from './conference-values.ts';

interface Values {
  kind: string;
  title: string;
  period: string;
  due: string;
  duration: string;
  chair: string;
  location: string;
  reportId: string | null;
  quotaCollective: string;
  quotaIndividual: string;
}

const FIELDS = [
  'kind',
  'title',
  'periodCode',
  'dueOn',
  'duration',
  'chair',
  'location',
  'reportId',
  'awardQuotaCollective',
  'awardQuotaIndividual',
] as const;

function initialValues(conference: TConference | null, unitName: string): Values {
  return {
    kind: conference?.kind ?? 'so_ket',
    title: conference?.title ?? '',
    period: conference?.periodCode ?? String(new Date().getFullYear()),
    due: isoToDateText(conference?.dueOn),
    duration: conference?.duration ?? '½ ngày',
    chair:
      conference?.chair ??
      `Chủ tịch UBND ${unitName.replace(/^(Tỉnh|Xã|Phường|Đặc khu)\s+/u, (w) => w.toLowerCase())}`,
    location: conference?.location ?? '',
    reportId: conference?.report ? String(conference.report.id) : null,
    quotaCollective: conference?.awards.quotaCollective?.toString() ?? '',
    quotaIndividual: conference?.awards.quotaIndividual?.toString() ?? '',
  };
}

/** The reports of the unit for the period's year (and term), to link one to the conference. */
function useUnitReports(unitId: number, periodCode: string | null) {
  const term = periodCode && /^\d{4}-\d{4}$/.test(periodCode) ? periodCode : null;
  const year = periodCode
    ? Number(term ? periodCode.slice(5) : periodCode.slice(0, 4))
    : new Date().getFullYear();
  const calendar = useReportCalendar(year, term);
  return (calendar.data ?? []).filter((e) => e.unitId === unitId && e.reportId !== null);
}

/** What both forms ask first: sơ kết or tổng kết, the period, and the title. */
function ConferenceHeadingFields({
  values,
  set,
  errors,
  autoFocusTitle = false,
}: {
  values: { kind: string; period: string; title: string };
  set: (key: 'kind' | 'period' | 'title', value: string) => void;
  errors: { kind?: string; periodCode?: string; title?: string };
  autoFocusTitle?: boolean;
}) {
  const t = useConferencesT();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('form.kind')}
          data={CONFERENCE_KIND_VALUES.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={values.kind}
          onChange={(v) => v && set('kind', v)}
          allowDeselect={false}
          error={errors.kind}
        />
        <TextInput
          label={t('form.period')}
          description={t('form.periodHint')}
          value={values.period}
          onChange={(e) => set('period', e.currentTarget.value)}
          error={errors.periodCode}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('form.title')}
        placeholder={t('form.titlePlaceholder')}
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        required
        maxLength={500}
        data-autofocus={autoFocusTitle || undefined}
      />
    </>
  );
}

/**
 * Plans a conference of a unit, or edits one: kind, title, period, deadline, duration, chair,
 * location, the unit's report presented there, and the award quotas. Server complaints show
 * next to their fields.
 */
export function ConferenceFormModal({
  opened,
  onClose,
  unit,
  conference,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; name: string };
  conference: TConference | null;
  onSaved: (id: number) => void;
}) {
  const t = useConferencesT();
  const { create } = usePlanConference();
  const { update } = useConferenceMutations(conference?.id ?? 0);
  const mutation = conference ? update : create;
  const [values, setValues] = useState<Values>(() => initialValues(conference, unit.name));
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const periodCode = readPeriodCode(values.period);
  const reports = useUnitReports(unit.id, periodCode);
  const serverErrors = fieldErrorsFrom(mutation.error, FIELDS);
  const shown = { ...serverErrors, ...errors };

  const submit = () => {
    const next: typeof errors = {};
    if (!values.title.trim()) next.title = t('form.required', { field: t('form.title').toLowerCase() });
    if (!periodCode) next.periodCode = t('form.periodHint');
    const due = parseDateText(values.due);
    if (!due.isValid) next.dueOn = t('form.badDate');
    const collective = readQuota(values.quotaCollective);
    const individual = readQuota(values.quotaIndividual);
    if ('invalid' in collective) next.awardQuotaCollective = t('form.badQuota');
    if ('invalid' in individual) next.awardQuotaIndividual = t('form.badQuota');
    setErrors(next);
    if (Object.keys(next).length > 0 || 'invalid' in collective || 'invalid' in individual) return;
    const body = {
      kind: values.kind as 'so_ket' | 'tong_ket',
      title: values.title.trim(),
      periodCode: periodCode!,
      dueOn: due.iso,
      duration: textOrNull(values.duration),
      chair: textOrNull(values.chair),
      location: textOrNull(values.location),
      reportId: values.reportId ? Number(values.reportId) : null,
      awardQuotaCollective: collective.value,
      awardQuotaIndividual: individual.value,
    };
    if (conference) update.mutate(body, { onSuccess: () => onSaved(conference.id) });
    else create.mutate({ ...body, unitId: unit.id }, { onSuccess: (res) => onSaved(res.id) });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={conference ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
      centered
    >
      <Stack gap="sm">
        <TextInput label={t('form.unit')} value={unit.name} readOnly variant="filled" />
        <ConferenceHeadingFields values={values} set={set} errors={shown} autoFocusTitle />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateTextInput
            label={t('form.due')}
            value={values.due}
            onChange={(v) => set('due', v)}
            error={shown.dueOn}
          />
          <TextInput
            label={t('form.duration')}
            placeholder={t('form.durationPlaceholder')}
            value={values.duration}
            onChange={(e) => set('duration', e.currentTarget.value)}
            error={shown.duration}
            maxLength={50}
          />
          <TextInput
            label={t('form.location')}
            value={values.location}
            onChange={(e) => set('location', e.currentTarget.value)}
            error={shown.location}
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.chair')}
          placeholder={t('form.chairPlaceholder')}
          value={values.chair}
          onChange={(e) => set('chair', e.currentTarget.value)}
          error={shown.chair}
          maxLength={200}
        />
        <Select
          label={t('form.report')}
          description={t('form.reportHint')}
          placeholder={t('form.reportNone')}
          data={reports.map((r) => ({ value: String(r.reportId), label: `${r.formTitle} (${r.period})` }))}
          value={values.reportId}
          onChange={(v) => set('reportId', v)}
          clearable
          error={shown.reportId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.quotaCollective')}
            description={t('form.quotaHint')}
            inputMode="numeric"
            value={values.quotaCollective}
            onChange={(e) => set('quotaCollective', e.currentTarget.value)}
            error={shown.awardQuotaCollective}
          />
          <TextInput
            label={t('form.quotaIndividual')}
            description={t('form.quotaHint')}
            inputMode="numeric"
            value={values.quotaIndividual}
            onChange={(e) => set('quotaIndividual', e.currentTarget.value)}
            error={shown.awardQuotaIndividual}
          />
        </SimpleGrid>
        {mutation.isError ? <FormErrorAlert error={mutation.error} fieldErrors={serverErrors} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={mutation.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Plans the same conference for the user's unit and every commune below it, deadlines per level. */
export function PlanAllModal({
  opened,
  onClose,
  unit,
  onDone,
}: {
  opened: boolean;
  onClose: () => void;
  unit: { id: number; name: string };
  onDone: (message: string) => void;
}) {
  const t = useConferencesT();
  const { planAll } = usePlanConference();
  const [values, setValues] = useState({
    kind: 'so_ket',
    title: '',
    period: String(new Date().getFullYear()),
    due: '',
    communeDue: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const serverErrors = fieldErrorsFrom(planAll.error, ['title', 'periodCode', 'dueOn', 'communeDueOn']);
  const shown = { ...serverErrors, ...errors };

  const submit = () => {
    const next: Record<string, string> = {};
    const periodCode = readPeriodCode(values.period);
    const due = parseDateText(values.due);
    const communeDue = parseDateText(values.communeDue);
    if (!values.title.trim()) next.title = t('form.required', { field: t('form.title').toLowerCase() });
    if (!periodCode) next.periodCode = t('form.periodHint');
    if (!due.iso) next.dueOn = t('form.badDate');
    if (!communeDue.iso) next.communeDueOn = t('form.badDate');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    planAll.mutate(
      {
        unitId: unit.id,
        kind: values.kind as 'so_ket' | 'tong_ket',
        title: values.title.trim(),
        periodCode: periodCode!,
        duration: '½ ngày',
        dueOn: due.iso!,
        communeDueOn: communeDue.iso!,
      },
      { onSuccess: (res) => onDone(t('plan.done', { created: res.created, skipped: res.skipped })) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.title')} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('plan.hint', { unit: unit.name })}
        </Text>
        <ConferenceHeadingFields values={values} set={set} errors={shown} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateTextInput
            label={t('plan.communeDue')}
            value={values.communeDue}
            onChange={(v) => set('communeDue', v)}
            error={shown.communeDueOn}
            required
          />
          <DateTextInput
            label={t('plan.due', { unit: unit.name })}
            value={values.due}
            onChange={(v) => set('due', v)}
            error={shown.dueOn}
            required
          />
        </SimpleGrid>
        {planAll.isError ? <FormErrorAlert error={planAll.error} fieldErrors={serverErrors} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={planAll.isPending}>
            {t('plan.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
