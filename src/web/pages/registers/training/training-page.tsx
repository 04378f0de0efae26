import { Button, Select, Stack, Table } from '@mantine/core';
import type { TTrainingClass } from '../../../../shared/schemas/training.ts';
import { TRAINING_AUDIENCES, type TrainingAudience } from '../../../../shared/training-audiences.ts';
import { useCurrentUser } from '../../../api/session.ts';
import {
  type TrainingFilters,
  trainingXlsxUrl,
  useTrainingClasses,
  useTrainingMutations,
} from '../../../api/training.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatSpan, RegisterStatusBadge } from '../register-fields.tsx';
import {
  RegisterCreateModal,
  RegisterFilterBar,
  RegisterListBody,
  RegisterOpenLink,
  useRegisterCreate,
  useRegisterList,
} from '../register-list.tsx';
import { RegistersTabs } from '../registers-tabs.tsx';
import { TrainingClassForm } from './training-class-form.tsx';
import { TrainingDetail } from './training-detail.tsx';
import { TrainingShares } from './training-shares.tsx';

/** URL parameters of the page (Vietnamese, like the rest of the app's addresses). */
const PARAMS = {
  year: 'nam',
  unit: 'don-vi',
  audience: 'doi-tuong',
  status: 'trang-thai',
  view: 'xem',
  page: 'trang',
  open: 'lop',
} as const;

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
                <RegisterOpenLink
                  title={c.title}
                  label={t('training.open', { title: c.title })}
                  onOpen={() => onOpen(c.id)}
                />
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
  const list = useRegisterList(PARAMS, 'open');
  const rawAudience = list.get('audience');
  const filters: TrainingFilters = {
    unitId: list.unitId,
    year: list.year,
    audience: isAudience(rawAudience) ? rawAudience : undefined,
    status: list.status,
    ...list.paging,
  };
  const classes = useTrainingClasses(filters);
  const { create } = useTrainingMutations();
  const creation = useRegisterCreate(list, create);
  const canWrite = user.role !== 'viewer';

  return (
    <Stack gap="md" maw={1280}>
      <RegistersTabs active="/so-dang-ky/boi-duong" />
      <PageHeader
        title={t('training.title')}
        description={t('training.description', { unit: user.unit.name })}
        actions={canWrite ? <Button onClick={creation.start}>{t('training.add')}</Button> : null}
      />
      <RegisterFilterBar list={list} exportUrl={trainingXlsxUrl(filters)}>
        <Select
          label={t('training.audience')}
          placeholder={t('common.any')}
          data={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
          value={filters.audience ?? null}
          onChange={(value) => list.set({ audience: value })}
          clearable
          w={180}
        />
      </RegisterFilterBar>
      <TrainingShares unitId={list.unitId} year={list.year} />
      <RegisterListBody
        list={list}
        query={classes}
        emptyTitle={t('training.empty')}
        emptyHint={canWrite ? t('training.emptyHint') : null}
        calendarTestId="class-calendar"
        dateOf={(c) => c.startsOn}
        calendarDetail={(c) =>
          `${t(`audience.${c.audience}`)} · ${formatSpan(c.startsOn, c.endsOn, format.date)}`
        }
        table={(items) => <ClassTable classes={items} onOpen={list.open} />}
      />
      <RegisterCreateModal dialog={creation.dialog} title={t('classForm.createTitle')}>
        <TrainingClassForm trainingClass={null} {...creation.form} />
      </RegisterCreateModal>
      <TrainingDetail classId={list.openId} units={list.formUnits} onClose={list.close} />
    </Stack>
  );
}
