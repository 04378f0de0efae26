import { Anchor, Button, Modal, Select, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../../../shared/training-audiences.ts';
import { useCurrentUser } from '../../../api/session.ts';
import {
  type TrainingFilters,
  trainingXlsxUrl,
  useTrainingClasses,
  useTrainingMutations,
} from '../../../api/training.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatSpan, RegisterStatusBadge, useRegisterUnits, YearCalendar } from '../register-fields.tsx';
import {
  CALENDAR_VIEW,
  isRegisterStatus,
  positiveParam,
  RegisterCalendarEntry,
  RegisterEmpty,
  RegisterFilterBar,
  RegisterPager,
  useRegisterParams,
} from '../register-list.tsx';
import { registerYearFromParam } from '../register-values.ts';
import { RegistersTabs } from '../registers-tabs.tsx';
import { TrainingClassForm } from './training-class-form.tsx';
import { TrainingDetail } from './training-detail.tsx';
import { TrainingShares } from './training-shares.tsx';

const PARAMS = {
  year: 'nam',
  unit: 'don-vi',
  audience: 'doi-tuong',
  status: 'trang-thai',
  view: 'xem',
  page: 'trang',
  open: 'lop',
} as const;
const PAGE_SIZE = 25;
const CALENDAR_SIZE = 500;

const isAudience = (v: string | null): v is TrainingAudience =>
  (TRAINING_AUDIENCES as readonly (string | null)[]).includes(v);

function ClassTable({ classes, onOpen }: { classes: TTrainingClass[]; onOpen: (id: number) => void }) {
  const t = useDrillsT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="class-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.unit')}</Table.Th>
            <Table.Th>{t('training.col.class')}</Table.Th>
            <Table.Th>{t('training.col.audience')}</Table.Th>
            <Table.Th>{t('training.col.when')}</Table.Th>
            <Table.Th ta="right">{t('training.col.participants')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {classes.map((c) => (
            <Table.Tr key={c.id} data-class-id={c.id}>
              <Table.Td>{c.unit.name}</Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  fw={500}
                  onClick={() => onOpen(c.id)}
                  aria-label={t('training.open', { title: c.title })}
                >
                  {c.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {c.audience === 'khac'
                  ? `${t('audience.khac')}: ${c.audienceNote ?? ''}`
                  : t(`audience.${c.audience}`)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatSpan(c.startsOn, c.endsOn, format.date)}
              </Table.Td>
              <Table.Td ta="right">
                {format.number(c.plannedParticipants)} /{' '}
                {c.actualParticipants === null ? '—' : format.number(c.actualParticipants)}
              </Table.Td>
              <Table.Td>
                <RegisterStatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * "Sổ theo dõi → Bồi dưỡng kiến thức QP-AN": the share trained per đối tượng for the unit and
 * year, and the classes as a table or a year calendar, with filters, Excel, and a side panel per
 * class for its result.
 */
export function TrainingPage() {
  const t = useDrillsT();
  const format = useFormat();
  const user = useCurrentUser();
  const { get: getParam, set: setParams } = useRegisterParams(PARAMS);
  const currentYear = new Date().getFullYear();
  const year = registerYearFromParam(getParam('year'), currentYear);
  const unitId = positiveParam(getParam('unit')) ?? user.unit.id;
  const rawAudience = getParam('audience');
  const rawStatus = getParam('status');
  const isCalendar = getParam('view') === CALENDAR_VIEW;
  const page = positiveParam(getParam('page')) ?? 1;
  const openId = positiveParam(getParam('open'));
  const units = useRegisterUnits();
  const formUnits = [{ value: String(user.unit.id), label: user.unit.name }, ...units.slice(1)];
  const filters: TrainingFilters = {
    unitId,
    year,
    audience: isAudience(rawAudience) ? rawAudience : undefined,
    status: isRegisterStatus(rawStatus) ? rawStatus : undefined,
    page: isCalendar ? 1 : page,
    pageSize: isCalendar ? CALENDAR_SIZE : PAGE_SIZE,
  };
  const classes = useTrainingClasses(filters);
  const { create } = useTrainingMutations();
  const [isCreating, setCreating] = useState(false);
  const canWrite = user.role !== 'viewer';

  return (
    <Stack gap="md" maw={1280}>
      <RegistersTabs active="/so-dang-ky/boi-duong" />
      <PageHeader
        title={t('training.title')}
        description={t('training.description', { unit: user.unit.name })}
        actions={canWrite ? <Button onClick={() => setCreating(true)}>{t('training.add')}</Button> : null}
      />
      <RegisterFilterBar
        currentYear={currentYear}
        year={year}
        units={units}
        unitId={unitId}
        ownUnitId={user.unit.id}
        status={filters.status}
        isCalendar={isCalendar}
        exportUrl={trainingXlsxUrl(filters)}
        onChange={setParams}
      >
        <Select
          label={t('training.audience')}
          placeholder={t('common.any')}
          data={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
          value={filters.audience ?? null}
          onChange={(value) => setParams({ audience: value })}
          clearable
          w={180}
        />
      </RegisterFilterBar>
      <TrainingShares unitId={unitId} year={year} />
      {classes.isPending ? (
        <PageLoader />
      ) : classes.isError ? (
        <ErrorAlert error={classes.error} title={t('common.loadFailed')} />
      ) : classes.data.items.length === 0 ? (
        <RegisterEmpty title={t('training.empty')} hint={canWrite ? t('training.emptyHint') : null} />
      ) : isCalendar ? (
        <YearCalendar
          year={year}
          items={classes.data.items}
          testId="class-calendar"
          dateOf={(c) => c.startsOn}
          render={(c) => (
            <RegisterCalendarEntry
              key={c.id}
              title={c.title}
              status={c.status}
              detail={`${t(`audience.${c.audience}`)} · ${formatSpan(c.startsOn, c.endsOn, format.date)}`}
              onOpen={() => setParams({ open: String(c.id) }, true)}
            />
          )}
        />
      ) : (
        <Stack gap="sm">
          <ClassTable classes={classes.data.items} onOpen={(id) => setParams({ open: String(id) }, true)} />
          <RegisterPager
            page={page}
            pageSize={PAGE_SIZE}
            total={classes.data.total}
            onPage={(next) => setParams({ page: next === 1 ? null : String(next) }, true)}
          />
        </Stack>
      )}
      <Modal
        opened={isCreating}
        onClose={() => {
          setCreating(false);
          create.reset();
        }}
        title={t('classForm.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <TrainingClassForm
          trainingClass={null}
          units={formUnits}
          defaultUnitId={unitId}
          mutation={create}
          onCancel={() => setCreating(false)}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: (created) => {
                setCreating(false);
                setParams({ open: String(created.id) }, true);
              },
            })
          }
        />
      </Modal>
      <TrainingDetail classId={openId} units={formUnits} onClose={() => setParams({ open: null }, true)} />
    </Stack>
  );
}
