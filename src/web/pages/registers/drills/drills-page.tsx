import { Button, Select, Stack, Tabs } from '@mantine/core';
import { DRILL_KINDS, type DrillKind } from '../../../../shared/drill-kinds.ts';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../../shared/enums.ts';
import { type DrillFilters, drillsXlsxUrl, useDrillMutations, useDrills } from '../../../api/drills.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatSpan } from '../register-fields.tsx';
import {
  RegisterCreateModal,
  RegisterFilterBar,
  RegisterListBody,
  useRegisterCreate,
  useRegisterList,
} from '../register-list.tsx';
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
  const list = useRegisterList(PARAMS, 'drill');
  const isProvince = UNIT_KIND_LEVEL[user.unit.kind as UnitKind] === 1;
  const tab = isProvince && list.get('tab') === ROTATION_TAB ? ROTATION_TAB : 'so';
  const rawKind = list.get('kind');
  const filters: DrillFilters = {
    unitId: list.unitId,
    year: list.year,
    kind: isKind(rawKind) ? rawKind : undefined,
    status: list.status,
    ...list.paging,
  };
  const drills = useDrills(filters);
  const { create } = useDrillMutations();
  const creation = useRegisterCreate(list, create);
  const canWrite = user.role !== 'viewer';

  return (
    <Stack gap="md" maw={1280}>
      <RegistersTabs active="/so-dang-ky/dien-tap" />
      <PageHeader
        title={t('drills.title')}
        description={t('drills.description', { unit: user.unit.name })}
        actions={
          canWrite && tab === 'so' ? <Button onClick={creation.start}>{t('drills.add')}</Button> : null
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => list.set({ tab: value === ROTATION_TAB ? ROTATION_TAB : null })}
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
            <RegisterFilterBar list={list} exportUrl={drillsXlsxUrl(filters)}>
              <Select
                label={t('drills.kind')}
                placeholder={t('common.any')}
                data={DRILL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={filters.kind ?? null}
                onChange={(value) => list.set({ kind: value })}
                clearable
                w={300}
              />
            </RegisterFilterBar>
            <RegisterListBody
              list={list}
              query={drills}
              emptyTitle={t('drills.empty')}
              emptyHint={canWrite ? t('drills.emptyHint') : null}
              calendarTestId="drill-calendar"
              dateOf={(d) => d.actualFrom ?? d.plannedFrom}
              calendarDetail={(d) =>
                `${d.unit.name} · ${formatSpan(d.actualFrom ?? d.plannedFrom, d.actualTo ?? d.plannedTo, format.date)}`
              }
              table={(items) => <DrillTable drills={items} onOpen={list.open} />}
            />
          </Stack>
        </Tabs.Panel>
        {isProvince ? (
          <Tabs.Panel value={ROTATION_TAB}>
            {tab === ROTATION_TAB ? (
              <RotationTab provinceId={user.unit.id} currentYear={list.currentYear} />
            ) : null}
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <RegisterCreateModal dialog={creation.dialog} title={t('form.createTitle')}>
        <DrillForm drill={null} {...creation.form} />
      </RegisterCreateModal>
      <DrillDetail drillId={list.openId} units={list.formUnits} onClose={list.close} />
    </Stack>
  );
}
