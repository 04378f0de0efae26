import { Badge, Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { TMilitiaYear } from '../../../../shared/schemas/militia.ts';
import { militiaExportUrl, useMilitiaYear } from '../../../api/militia.ts';
import { useCurrentUser } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { useMilitiaT } from '../../../i18n/militia-messages.ts';
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
import { MilitiaCalendarView } from './militia-calendar-view.tsx';
import { MilitiaTable } from './militia-table.tsx';

/** URL parameters of the page. */
const PARAMS = { unit: 'don-vi', year: 'nam', view: 'xem' } as const;
const VIEWS = ['bang', 'luc-luong', 'lich'] as const;
type View = (typeof VIEWS)[number];

/** One rate of the subtree with its parts and the target from the targets table. */
function RateCard({
  label,
  rate,
  detail,
  target,
  testId,
}: {
  label: string;
  rate: number | null;
  detail: string;
  target: RateTarget | null;
  testId: string;
}) {
  const t = useMilitiaT();
  const format = useFormat();
  const met = meetsTarget(rate, target);
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {rate === null ? '—' : t('table.percent', { value: format.number(rate) })}
      </Text>
      <Text size="sm">{rate === null ? t('rate.none') : detail}</Text>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {target
            ? t('rate.target', { bounds: formatRateTarget(target, format.number) })
            : t('rate.noTarget')}
        </Text>
        {met === null ? null : (
          <Badge size="xs" color={met ? 'teal' : 'red'} variant="light">
            {t(met ? 'rate.met' : 'rate.below')}
          </Badge>
        )}
      </Group>
    </Card>
  );
}

function Rates({ board }: { board: TMilitiaYear }) {
  const t = useMilitiaT();
  const format = useFormat();
  const { totals, rates } = board.unit;
  const n = (value: number | null) => (value === null ? '—' : format.number(value));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" data-testid="militia-rates">
      <Card withBorder padding="sm">
        <Text size="xs" c="dimmed">
          {t('rate.totalForce')}
        </Text>
        <Text fz={26} fw={700} data-testid="militia-total-force">
          {n(totals.totalForce)}
        </Text>
      </Card>
      <RateCard
        label={t('rate.partyMembers')}
        rate={rates.partyMembers}
        detail={
          rates.militiaPartyMembers === null
            ? t('rate.partyDetail', { part: n(totals.partyMembers), whole: n(totals.totalForce) })
            : t('rate.partyDetailMilitia', {
                part: n(totals.partyMembers),
                whole: n(totals.totalForce),
                militia: `${format.number(rates.militiaPartyMembers)}%`,
              })
        }
        target={board.targets.partyMembers}
        testId="rate-party"
      />
      <RateCard
        label={t('rate.training')}
        rate={rates.trainingAttendance}
        detail={t('rate.trainingDetail', {
          part: n(totals.trainingAttended),
          whole: n(totals.trainingSummoned),
        })}
        target={board.targets.trainingAttendance}
        testId="rate-training"
      />
      <RateCard
        label={t('rate.specialty')}
        rate={rates.matchingSpecialty}
        detail={t('rate.specialtyDetail', {
          part: n(totals.reservesMatchingSpecialty),
          whole: n(totals.reservesAssigned),
        })}
        target={board.targets.matchingSpecialty}
        testId="rate-specialty"
      />
      <RateCard
        label={t('rate.partyCell')}
        rate={rates.partyCell}
        detail={t('rate.partyCellDetail', {
          part: format.number(totals.communesWithPartyCell),
          whole: format.number(totals.communes),
        })}
        target={board.targets.partyCell}
        testId="rate-party-cell"
      />
    </SimpleGrid>
  );
}

/**
 * "Dân quân tự vệ, dự bị động viên": a unit's militia and reserve year — the rates against their
 * targets, the table by unit (summary or force by type) where officers enter each unit's
 * figures, the year's calendar, and the Excel export. Aggregates only.
 */
export function MilitiaPage() {
  const t = useMilitiaT();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = localIsoToday();
  const current = Number(today.slice(0, 4));
  const year = registerYearFromParam(searchParams.get(PARAMS.year), current);
  const unitId = unitFromParam(searchParams.get(PARAMS.unit), user.unit.id);
  const rawView = searchParams.get(PARAMS.view);
  const view: View = (VIEWS as readonly (string | null)[]).includes(rawView) ? (rawView as View) : 'bang';
  const board = useMilitiaYear(unitId, year);

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
      <RegistersTabs active="/so-dang-ky/dqtv" />
      <Card withBorder padding="md">
        <Group align="flex-end" justify="space-between" gap="lg" wrap="wrap">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <UnitPicker
              unitId={unitId}
              onChange={(id) => setParam('unit', id === user.unit.id ? null : String(id))}
            />
            <Select
              label={t('page.year')}
              data={years}
              value={String(year)}
              onChange={(value) => value && setParam('year', value === String(current) ? null : value)}
              allowDeselect={false}
              w={140}
            />
          </Group>
          <Button component="a" href={militiaExportUrl(unitId, year)} download variant="default">
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
          <Rates board={board.data} />
          <SegmentedControl
            value={view}
            onChange={(value) => setParam('view', value === 'bang' ? null : value)}
            data={[
              { value: 'bang', label: t('page.view.table') },
              { value: 'luc-luong', label: t('page.view.forces') },
              { value: 'lich', label: t('page.view.calendar') },
            ]}
            aria-label={t('page.viewLabel')}
            style={{ alignSelf: 'flex-start' }}
          />
          {view === 'lich' ? (
            <MilitiaCalendarView board={board.data} todayMonth={today.slice(0, 7)} />
          ) : (
            <MilitiaTable board={board.data} byForce={view === 'luc-luong'} />
          )}
        </>
      )}
    </Stack>
  );
}
