import { Badge, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { cycleInProgress } from '../../../../shared/conscription-calendar.ts';
import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { conscriptionExportUrl, useConscriptionYear } from '../../../api/conscription.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { UnitPicker } from '../../figures/unit-picker.tsx';
import {
  formatRateTarget,
  localIsoToday,
  meetsTarget,
  type RateTarget,
  registerYearFromParam,
  registerYearOptions,
  unitFromParam,
} from '../register-values.ts';
import { RegistersTabs } from '../registers-tabs.tsx';
import { ConscriptionCalendarView } from './conscription-calendar-view.tsx';
import { ConscriptionTable } from './conscription-table.tsx';
import { QuotaCard } from './quota-card.tsx';

/** URL parameters of the page (Vietnamese, like the rest of the app's addresses). */
const PARAMS = { unit: 'don-vi', year: 'nam', view: 'xem' } as const;
const CALENDAR_VIEW = 'lich';

/** A rate with its target from the targets table, and whether it meets it. */
function TargetLine({ value, target }: { value: number | null; target: RateTarget | null }) {
  const t = useConscriptionT();
  const format = useFormat();
  if (!target)
    return (
      <Text size="xs" c="dimmed">
        {t('summary.noTarget')}
      </Text>
    );
  const met = meetsTarget(value, target);
  return (
    <Group gap={6}>
      <Text size="xs" c="dimmed">
        {t('summary.target', { bounds: formatRateTarget(target, format.number) })}
      </Text>
      {met === null ? null : (
        <Badge size="xs" color={met ? 'teal' : 'red'} variant="light">
          {t(met ? 'summary.metTarget' : 'summary.belowTarget')}
        </Badge>
      )}
    </Group>
  );
}

function Summary({ board }: { board: TConscriptionYear }) {
  const t = useConscriptionT();
  const format = useFormat();
  const totals = board.unit.totals;
  const number = (n: number | null) => (n === null ? '—' : format.number(n));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" data-testid="conscription-summary">
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          {t('summary.quota')}
        </Text>
        <Text fz={26} fw={700} data-testid="summary-quota">
          {totals.quota === null ? t('summary.quotaNone') : format.number(totals.quota)}
        </Text>
      </Card>
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          {t('summary.handedOver')}
        </Text>
        <Text fz={26} fw={700} data-testid="summary-handed-over">
          {number(totals.handedOver)}
        </Text>
        <Text size="sm">
          {board.unit.fulfilmentPercent === null
            ? t('summary.noFigures')
            : t('summary.fulfilment', { percent: format.number(board.unit.fulfilmentPercent) })}
        </Text>
        <TargetLine value={board.unit.fulfilmentPercent} target={board.targets.fulfilment} />
      </Card>
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          {t('summary.registered')}
        </Text>
        <Text fz={26} fw={700}>
          {number(totals.registered)}
        </Text>
        <Text size="sm">
          {board.registrationPercent === null
            ? t('summary.noFigures')
            : t('summary.registration', {
                registered: number(totals.registered),
                listed: number(totals.listed17),
                percent: format.number(board.registrationPercent),
              })}
        </Text>
        <TargetLine value={board.registrationPercent} target={board.targets.registration} />
      </Card>
    </SimpleGrid>
  );
}

/**
 * "Tuyển quân": a unit's conscription year — the quota and its split (leaders), each commune's
 * results (officers enter them), the legal calendar as deadlines, and the Excel export.
 */
export function ConscriptionPage() {
  const t = useConscriptionT();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const current = cycleInProgress(localIsoToday());
  const year = registerYearFromParam(searchParams.get(PARAMS.year), current);
  const unitId = unitFromParam(searchParams.get(PARAMS.unit), user.unit.id);
  const view = searchParams.get(PARAMS.view) === CALENDAR_VIEW ? CALENDAR_VIEW : 'bang';
  const board = useConscriptionYear(unitId, year);

  const setParam = (name: keyof typeof PARAMS, value: string | null) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (value) next.set(PARAMS[name], value);
      else next.delete(PARAMS[name]);
      return next;
    });
  const years = registerYearOptions(current);
  if (!years.includes(String(year))) years.push(String(year));

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={t('page.title')}
        description={t('page.description', { unit: board.data?.unit.unitName ?? user.unit.name })}
      />
      <RegistersTabs active="/so-dang-ky/tuyen-quan" />
      <Card withBorder padding="md">
        <Group align="flex-end" justify="space-between" gap="lg" wrap="wrap">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <UnitPicker
              unitId={unitId}
              onChange={(id) => setParam('unit', id === user.unit.id ? null : String(id))}
            />
            <Select
              label={t('page.year')}
              description={t('page.yearHint')}
              data={years}
              value={String(year)}
              onChange={(value) => value && setParam('year', value === String(current) ? null : value)}
              allowDeselect={false}
              w={200}
            />
          </Group>
          <Button component="a" href={conscriptionExportUrl(unitId, year)} download variant="default">
            {t('page.export')}
          </Button>
        </Group>
      </Card>
      {board.isPending ? (
        <PageLoader />
      ) : board.isError ? (
        <ErrorAlert error={board.error} title={t('page.loadFailed')} />
      ) : (
        <>
          <Summary board={board.data} />
          <QuotaCard key={`${board.data.unit.unitId}-${board.data.year}`} board={board.data} />
          <SegmentedControl
            value={view}
            onChange={(value) => setParam('view', value === CALENDAR_VIEW ? CALENDAR_VIEW : null)}
            data={[
              { value: 'bang', label: t('page.view.table') },
              { value: CALENDAR_VIEW, label: t('page.view.calendar') },
            ]}
            aria-label={t('page.viewLabel')}
            style={{ alignSelf: 'flex-start' }}
          />
          {view === CALENDAR_VIEW ? (
            <ConscriptionCalendarView board={board.data} />
          ) : (
            <ConscriptionTable board={board.data} />
          )}
        </>
      )}
    </Stack>
  );
}
