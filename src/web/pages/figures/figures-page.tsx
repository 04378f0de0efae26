import { Card, Group, Stack, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useIndicatorCatalogue } from '../../api/figures.ts';
import { useCurrentUser } from '../../api/session.ts';
import { useUnit } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { type FiguresKey, useFiguresT } from '../../i18n/figures-messages.ts';
import { EntryTab } from './entry-tab.tsx';
import { FIGURES_PARAMS, FIGURES_TABS, type FiguresTab } from './figures-url.ts';
import { periodFromParam } from './period-label.ts';
import { PeriodPicker } from './period-picker.tsx';
import { ProgressTab } from './progress-tab.tsx';
import { SummaryTab } from './summary-tab.tsx';
import { TargetsTab } from './targets-tab.tsx';
import { UnitPicker } from './unit-picker.tsx';

const TAB_LABELS: Record<FiguresTab, FiguresKey> = {
  'tong-hop': 'figures.tab.summary',
  'nhap-so-lieu': 'figures.tab.entry',
  'chi-tieu-giao': 'figures.tab.targets',
  'tien-do': 'figures.tab.progress',
};

const isFiguresTab = (value: string | null): value is FiguresTab =>
  (FIGURES_TABS as readonly (string | null)[]).includes(value);

/** A positive whole id from the URL, or null. */
function idParam(raw: string | null): number | null {
  return raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

/** What the tabs need to know about the unit shown. */
export interface ShownUnit {
  id: number;
  name: string;
  /** 1 province, 3 commune…; null until the unit has loaded. */
  level: number | null;
}

/**
 * "Chỉ tiêu": one unit and one period, chosen at the top and kept in the URL, seen through four
 * tabs: the summary with charts, data entry, assigned targets and reporting progress.
 */
export function FiguresPage() {
  const t = useFiguresT();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = idParam(searchParams.get(FIGURES_PARAMS.unit)) ?? user.unit.id;
  const period = periodFromParam(searchParams.get(FIGURES_PARAMS.period));
  const rawTab = searchParams.get(FIGURES_PARAMS.tab);
  const tab: FiguresTab = isFiguresTab(rawTab) ? rawTab : 'tong-hop';
  const detailId = idParam(searchParams.get(FIGURES_PARAMS.detail));
  const catalogue = useIndicatorCatalogue();
  const unit = useUnit(unitId);
  const [isEntryDirty, setEntryDirty] = useState(false);

  // Closing or reloading the tab would lose typed figures: the browser asks first.
  useEffect(() => {
    if (!isEntryDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isEntryDirty]);

  const setParams = (changes: Partial<Record<keyof typeof FIGURES_PARAMS, string | null>>) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      for (const [name, value] of Object.entries(changes)) {
        const param = FIGURES_PARAMS[name as keyof typeof FIGURES_PARAMS];
        if (value) next.set(param, value);
        else next.delete(param);
      }
      return next;
    });

  // A new unit or period shows another grid: typed figures of this one would be lost.
  const changeScope = (changes: { unit?: string; period?: string }) => {
    if (isEntryDirty && !window.confirm(t('figures.leaveConfirm'))) return;
    setEntryDirty(false);
    setParams({ ...changes, detail: null });
  };

  const shownUnit: ShownUnit = {
    id: unitId,
    name: unit.data?.name ?? (unitId === user.unit.id ? user.unit.name : '…'),
    level: unit.data?.level ?? null,
  };

  return (
    <Stack gap="lg" maw={1240}>
      <PageHeader title={t('figures.title')} description={t('figures.description')} />
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="lg">
          <UnitPicker
            unitId={unitId}
            onChange={(id) => changeScope({ unit: id === user.unit.id ? undefined : String(id) })}
          />
          <PeriodPicker value={period} onChange={(code) => changeScope({ period: code })} />
        </Group>
      </Card>
      {catalogue.isError ? <ErrorAlert error={catalogue.error} title={t('figures.catalogueFailed')} /> : null}
      <Tabs
        value={tab}
        onChange={(value) => setParams({ tab: value === 'tong-hop' ? null : value })}
        aria-label={t('figures.tabsLabel')}
      >
        <Tabs.List mb="md">
          {FIGURES_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(TAB_LABELS[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="tong-hop">
          <SummaryTab
            unit={shownUnit}
            period={period}
            detailId={detailId}
            onDetailChange={(id) => setParams({ detail: id === null ? null : String(id) })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="nhap-so-lieu">
          <EntryTab
            key={`${unitId}|${period}`}
            unit={shownUnit}
            period={period}
            onDirtyChange={setEntryDirty}
          />
        </Tabs.Panel>
        <Tabs.Panel value="chi-tieu-giao">
          <TargetsTab unit={shownUnit} period={period} />
        </Tabs.Panel>
        <Tabs.Panel value="tien-do">
          <ProgressTab unit={shownUnit} period={period} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
