import {
  Button,
  Card,
  Group,
  Modal,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  DRILL_KINDS,
  type DrillKind,
  REGISTER_STATUSES,
  type RegisterStatus,
} from '../../../../shared/drill-kinds.ts';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../../shared/enums.ts';
import { type DrillFilters, drillsXlsxUrl, useDrillMutations, useDrills } from '../../../api/drills.ts';
import { useCurrentUser } from '../../../api/session.ts';
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
import { DrillDetail } from './drill-detail.tsx';
import { DrillForm } from './drill-form.tsx';
import { DrillTable } from './drill-table.tsx';
import { RotationTab } from './rotation-tab.tsx';

/** URL parameters of the page (Vietnamese, like the rest of the app's addresses). */
const PARAMS = {
  tab: 'phan',
  year: 'nam',
  unit: 'don-vi',
  kind: 'loai',
  status: 'trang-thai',
  view: 'xem',
  page: 'trang',
  drill: 'cuoc',
} as const;
const ROTATION_TAB = 'luan-phien';
const CALENDAR_VIEW = 'lich';
const PAGE_SIZE = 25;
/** The calendar shows a whole year at once: the most drills a year of a province holds. */
const CALENDAR_SIZE = 500;

const isKind = (v: string | null): v is DrillKind => (DRILL_KINDS as readonly (string | null)[]).includes(v);
const isStatus = (v: string | null): v is RegisterStatus =>
  (REGISTER_STATUSES as readonly (string | null)[]).includes(v);
const positive = (raw: string | null) =>
  raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;

/**
 * "Sổ theo dõi → Diễn tập": the drills of the user's unit and the units below — a table or a
 * year calendar, filters, Excel — with a side panel per drill for its result and evidence; for a
 * province, the commune drill rotation plan.
 */
export function DrillsPage() {
  const t = useDrillsT();
  const format = useFormat();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const isProvince = UNIT_KIND_LEVEL[user.unit.kind as UnitKind] === 1;
  const tab = isProvince && searchParams.get(PARAMS.tab) === ROTATION_TAB ? ROTATION_TAB : 'so';
  const year = yearFromParam(searchParams.get(PARAMS.year), currentYear);
  const unitId = positive(searchParams.get(PARAMS.unit)) ?? user.unit.id;
  const rawKind = searchParams.get(PARAMS.kind);
  const rawStatus = searchParams.get(PARAMS.status);
  const isCalendar = searchParams.get(PARAMS.view) === CALENDAR_VIEW;
  const page = positive(searchParams.get(PARAMS.page)) ?? 1;
  const openId = positive(searchParams.get(PARAMS.drill));
  const units = useRegisterUnits();
  const formUnits = [{ value: String(user.unit.id), label: user.unit.name }, ...units.slice(1)];
  const filters: DrillFilters = {
    unitId,
    year,
    kind: isKind(rawKind) ? rawKind : undefined,
    status: isStatus(rawStatus) ? rawStatus : undefined,
    page: isCalendar ? 1 : page,
    pageSize: isCalendar ? CALENDAR_SIZE : PAGE_SIZE,
  };
  const drills = useDrills(filters);
  const { create } = useDrillMutations();
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

  const pages = drills.data ? Math.max(1, Math.ceil(drills.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md" maw={1280}>
      <RegistersTabs active="/so-dang-ky/dien-tap" />
      <PageHeader
        title={t('drills.title')}
        description={t('drills.description', { unit: user.unit.name })}
        actions={
          canWrite && tab === 'so' ? (
            <Button onClick={() => setCreating(true)}>{t('drills.add')}</Button>
          ) : null
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams({ tab: value === ROTATION_TAB ? ROTATION_TAB : null })}
        aria-label={t('drills.tabsLabel')}
      >
        {isProvince ? (
          <Tabs.List mb="md">
            <Tabs.Tab value="so">{t('drills.tab.register')}</Tabs.Tab>
            <Tabs.Tab value={ROTATION_TAB}>{t('drills.tab.rotation')}</Tabs.Tab>
          </Tabs.List>
        ) : null}
        <Tabs.Panel value="so">
          <Stack gap="md">
            <Card withBorder padding="md">
              <Group align="flex-end" gap="md" wrap="wrap">
                <Select
                  label={t('common.year')}
                  data={registerYears(currentYear)}
                  value={String(year)}
                  onChange={(value) =>
                    value && setParams({ year: value === String(currentYear) ? null : value })
                  }
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
                  label={t('drills.kind')}
                  placeholder={t('common.any')}
                  data={DRILL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                  value={filters.kind ?? null}
                  onChange={(value) => setParams({ kind: value })}
                  clearable
                  w={300}
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
                <Button component="a" href={drillsXlsxUrl(filters)} download variant="default">
                  {t('common.export')}
                </Button>
              </Group>
            </Card>
            {drills.isPending ? (
              <PageLoader />
            ) : drills.isError ? (
              <ErrorAlert error={drills.error} title={t('common.loadFailed')} />
            ) : drills.data.items.length === 0 ? (
              <Card withBorder padding="lg" role="status">
                <Text fw={600}>{t('drills.empty')}</Text>
                {canWrite ? (
                  <Text size="sm" c="dimmed">
                    {t('drills.emptyHint')}
                  </Text>
                ) : null}
              </Card>
            ) : isCalendar ? (
              <YearCalendar
                year={year}
                items={drills.data.items}
                testId="drill-calendar"
                dateOf={(d) => d.actualFrom ?? d.plannedFrom}
                render={(d) => (
                  <Card key={d.id} padding={6} withBorder bg="gray.0">
                    <Stack gap={2}>
                      <Text
                        size="sm"
                        fw={500}
                        component="button"
                        type="button"
                        ta="left"
                        style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
                        onClick={() => setParams({ drill: String(d.id) }, true)}
                      >
                        {d.title}
                      </Text>
                      <Group gap={4}>
                        <RegisterStatusBadge status={d.status} />
                        <Text size="xs" c="dimmed">
                          {d.unit.name} ·{' '}
                          {formatSpan(d.actualFrom ?? d.plannedFrom, d.actualTo ?? d.plannedTo, format.date)}
                        </Text>
                      </Group>
                    </Stack>
                  </Card>
                )}
              />
            ) : (
              <Stack gap="sm">
                <DrillTable
                  drills={drills.data.items}
                  onOpen={(id) => setParams({ drill: String(id) }, true)}
                />
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    {t('common.page', { page, pages, total: format.number(drills.data.total) })}
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
          </Stack>
        </Tabs.Panel>
        {isProvince ? (
          <Tabs.Panel value={ROTATION_TAB}>
            {tab === ROTATION_TAB ? (
              <RotationTab provinceId={user.unit.id} currentYear={currentYear} />
            ) : null}
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <Modal
        opened={isCreating}
        onClose={() => {
          setCreating(false);
          create.reset();
        }}
        title={t('form.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <DrillForm
          drill={null}
          units={formUnits}
          defaultUnitId={unitId}
          mutation={create}
          onCancel={() => setCreating(false)}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: (drill) => {
                setCreating(false);
                setParams({ drill: String(drill.id) }, true);
              },
            })
          }
        />
      </Modal>
      <DrillDetail drillId={openId} units={formUnits} onClose={() => setParams({ drill: null }, true)} />
    </Stack>
  );
}
