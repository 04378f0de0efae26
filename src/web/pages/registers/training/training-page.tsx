import {
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { REGISTER_STATUSES, type RegisterStatus } from '../../../../shared/drill-kinds.ts';
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
import {
  formatSpan,
  RegisterStatusBadge,
  registerYears,
  useRegisterUnits,
  YearCalendar,
  yearFromParam,
} from '../register-fields.tsx';
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
const CALENDAR_VIEW = 'lich';
const PAGE_SIZE = 25;
const CALENDAR_SIZE = 500;

const isAudience = (v: string | null): v is TrainingAudience =>
  (TRAINING_AUDIENCES as readonly (string | null)[]).includes(v);
const isStatus = (v: string | null): v is RegisterStatus =>
  (REGISTER_STATUSES as readonly (string | null)[]).includes(v);
const positive = (raw: string | null) =>
  raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;

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
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const year = yearFromParam(searchParams.get(PARAMS.year), currentYear);
  const unitId = positive(searchParams.get(PARAMS.unit)) ?? user.unit.id;
  const rawAudience = searchParams.get(PARAMS.audience);
  const rawStatus = searchParams.get(PARAMS.status);
  const isCalendar = searchParams.get(PARAMS.view) === CALENDAR_VIEW;
  const page = positive(searchParams.get(PARAMS.page)) ?? 1;
  const openId = positive(searchParams.get(PARAMS.open));
  const units = useRegisterUnits();
  const formUnits = [{ value: String(user.unit.id), label: user.unit.name }, ...units.slice(1)];
  const filters: TrainingFilters = {
    unitId,
    year,
    audience: isAudience(rawAudience) ? rawAudience : undefined,
    status: isStatus(rawStatus) ? rawStatus : undefined,
    page: isCalendar ? 1 : page,
    pageSize: isCalendar ? CALENDAR_SIZE : PAGE_SIZE,
  };
  const classes = useTrainingClasses(filters);
  const { create } = useTrainingMutations();
  const [isCreating, setCreating] = useState(false);
  const canWrite = user.role !== 'viewer';
  const setParams = (changes: Partial<Record<keyof typeof PARAMS, string | null>>, keepPage = false) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (!keepPage) next.delete(PARAMS.page);
      for (const [name, value] of Object.entries(changes)) {
        const param = PARAMS[name as keyof typeof PARAMS];
        if (value) next.set(param, value);
        else next.delete(param);
      }
      return next;
    });
  const pages = classes.data ? Math.max(1, Math.ceil(classes.data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="md" maw={1280}>
      <RegistersTabs active="/so-dang-ky/boi-duong" />
      <PageHeader
        title={t('training.title')}
        description={t('training.description', { unit: user.unit.name })}
        actions={canWrite ? <Button onClick={() => setCreating(true)}>{t('training.add')}</Button> : null}
      />
      <Card withBorder padding="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('common.year')}
            data={registerYears(currentYear)}
            value={String(year)}
            onChange={(value) => value && setParams({ year: value === String(currentYear) ? null : value })}
            allowDeselect={false}
            w={110}
          />
          {units.length > 1 ? (
            <Select
              label={t('common.unit')}
              data={units}
              value={String(unitId)}
              onChange={(value) => setParams({ unit: value === String(user.unit.id) ? null : value })}
              allowDeselect={false}
              searchable
              w={260}
            />
          ) : null}
          <Select
            label={t('training.audience')}
            placeholder={t('common.any')}
            data={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
            value={filters.audience ?? null}
            onChange={(value) => setParams({ audience: value })}
            clearable
            w={180}
          />
          <Select
            label={t('common.status')}
            placeholder={t('common.any')}
            data={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={filters.status ?? null}
            onChange={(value) => setParams({ status: value })}
            clearable
            w={160}
          />
          <SegmentedControl
            aria-label={t('common.viewsLabel')}
            value={isCalendar ? CALENDAR_VIEW : 'bang'}
            onChange={(value) => setParams({ view: value === CALENDAR_VIEW ? CALENDAR_VIEW : null })}
            data={[
              { value: 'bang', label: t('common.view.table') },
              { value: CALENDAR_VIEW, label: t('common.view.calendar') },
            ]}
          />
          <Button component="a" href={trainingXlsxUrl(filters)} download variant="default">
            {t('common.export')}
          </Button>
        </Group>
      </Card>
      <TrainingShares unitId={unitId} year={year} />
      {classes.isPending ? (
        <PageLoader />
      ) : classes.isError ? (
        <ErrorAlert error={classes.error} title={t('common.loadFailed')} />
      ) : classes.data.items.length === 0 ? (
        <Card withBorder padding="lg" role="status">
          <Text fw={600}>{t('training.empty')}</Text>
          {canWrite ? (
            <Text size="sm" c="dimmed">
              {t('training.emptyHint')}
            </Text>
          ) : null}
        </Card>
      ) : isCalendar ? (
        <YearCalendar
          year={year}
          items={classes.data.items}
          testId="class-calendar"
          dateOf={(c) => c.startsOn}
          render={(c) => (
            <Card key={c.id} padding={6} withBorder bg="gray.0">
              <Stack gap={2}>
                <Text
                  size="sm"
                  fw={500}
                  component="button"
                  type="button"
                  ta="left"
                  style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
                  onClick={() => setParams({ open: String(c.id) }, true)}
                >
                  {c.title}
                </Text>
                <Group gap={4}>
                  <RegisterStatusBadge status={c.status} />
                  <Text size="xs" c="dimmed">
                    {t(`audience.${c.audience}`)} · {formatSpan(c.startsOn, c.endsOn, format.date)}
                  </Text>
                </Group>
              </Stack>
            </Card>
          )}
        />
      ) : (
        <Stack gap="sm">
          <ClassTable classes={classes.data.items} onOpen={(id) => setParams({ open: String(id) }, true)} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('common.page', { page, pages, total: format.number(classes.data.total) })}
            </Text>
            {pages > 1 ? (
              <Pagination
                total={pages}
                value={page}
                onChange={(next) => setParams({ page: next === 1 ? null : String(next) }, true)}
              />
            ) : null}
          </Group>
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
