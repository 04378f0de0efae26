import { Button, Modal, Select, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { DRILL_KINDS, type DrillKind } from '../../../../shared/drill-kinds.ts';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../../shared/enums.ts';
import { type DrillFilters, drillsXlsxUrl, useDrillMutations, useDrills } from '../../../api/drills.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatSpan, useRegisterUnits, YearCalendar } from '../register-fields.tsx';
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
const PAGE_SIZE = 25;
/** The calendar shows a whole year at once: the most drills a year of a province holds. */
const CALENDAR_SIZE = 500;

const isKind = (v: string | null): v is DrillKind => (DRILL_KINDS as readonly (string | null)[]).includes(v);

/**
 * "Sổ theo dõi → Diễn tập": the drills of the user's unit and the units below — a table or a
 * year calendar, filters, Excel — with a side panel per drill for its result and evidence; for a
 * province, the commune drill rotation plan.
 */
export function DrillsPage() {
  const t = useDrillsT();
  const format = useFormat();
  const user = useCurrentUser();
  const { get: getParam, set: setParams } = useRegisterParams(PARAMS);
  const currentYear = new Date().getFullYear();
  const isProvince = UNIT_KIND_LEVEL[user.unit.kind as UnitKind] === 1;
  const tab = isProvince && getParam('tab') === ROTATION_TAB ? ROTATION_TAB : 'so';
  const year = registerYearFromParam(getParam('year'), currentYear);
  const unitId = positiveParam(getParam('unit')) ?? user.unit.id;
  const rawKind = getParam('kind');
  const rawStatus = getParam('status');
  const isCalendar = getParam('view') === CALENDAR_VIEW;
  const page = positiveParam(getParam('page')) ?? 1;
  const openId = positiveParam(getParam('drill'));
  const units = useRegisterUnits();
  const formUnits = [{ value: String(user.unit.id), label: user.unit.name }, ...units.slice(1)];
  const filters: DrillFilters = {
    unitId,
    year,
    kind: isKind(rawKind) ? rawKind : undefined,
    status: isRegisterStatus(rawStatus) ? rawStatus : undefined,
    page: isCalendar ? 1 : page,
    pageSize: isCalendar ? CALENDAR_SIZE : PAGE_SIZE,
  };
  const drills = useDrills(filters);
  const { create } = useDrillMutations();
  const [isCreating, setCreating] = useState(false);
  const canWrite = user.role !== 'viewer';

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
            <RegisterFilterBar
              currentYear={currentYear}
              year={year}
              units={units}
              unitId={unitId}
              ownUnitId={user.unit.id}
              status={filters.status}
              isCalendar={isCalendar}
              exportUrl={drillsXlsxUrl(filters)}
              onChange={setParams}
            >
              <Select
                label={t('drills.kind')}
                placeholder={t('common.any')}
                data={DRILL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={filters.kind ?? null}
                onChange={(value) => setParams({ kind: value })}
                clearable
                w={300}
              />
            </RegisterFilterBar>
            {drills.isPending ? (
              <PageLoader />
            ) : drills.isError ? (
              <ErrorAlert error={drills.error} title={t('common.loadFailed')} />
            ) : drills.data.items.length === 0 ? (
              <RegisterEmpty title={t('drills.empty')} hint={canWrite ? t('drills.emptyHint') : null} />
            ) : isCalendar ? (
              <YearCalendar
                year={year}
                items={drills.data.items}
                testId="drill-calendar"
                dateOf={(d) => d.actualFrom ?? d.plannedFrom}
                render={(d) => (
                  <RegisterCalendarEntry
                    key={d.id}
                    title={d.title}
                    status={d.status}
                    detail={`${d.unit.name} · ${formatSpan(d.actualFrom ?? d.plannedFrom, d.actualTo ?? d.plannedTo, format.date)}`}
                    onOpen={() => setParams({ drill: String(d.id) }, true)}
                  />
                )}
              />
            ) : (
              <Stack gap="sm">
                <DrillTable
                  drills={drills.data.items}
                  onOpen={(id) => setParams({ drill: String(id) }, true)}
                />
                <RegisterPager
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={drills.data.total}
                  onPage={(next) => setParams({ page: next === 1 ? null : String(next) }, true)}
                />
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
