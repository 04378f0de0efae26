import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import type { TMilitiaYear } from '../../../../shared/schemas/militia.ts';
import { militiaExportUrl, useMilitiaYear } from '../../../api/militia.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { useMilitiaT } from '../../../i18n/militia-messages.ts';
import { formatRateTarget, localIsoToday, meetsTarget, type RateTarget } from '../register-values.ts';
import { useYearBoardAddress, YearBoardPage } from '../year-board.tsx';
import { MilitiaCalendarView } from './militia-calendar-view.tsx';
import { MilitiaTable } from './militia-table.tsx';

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
  const today = localIsoToday();
  const address = useYearBoardAddress(Number(today.slice(0, 4)));
  const rawView = address.rawView;
  const view: View = (VIEWS as readonly (string | null)[]).includes(rawView) ? (rawView as View) : 'bang';
  const board = useMilitiaYear(address.unitId, address.year);
  return (
    <YearBoardPage
      t={t}
      tab="/so-dang-ky/dqtv"
      address={address}
      board={board}
      exportUrl={militiaExportUrl(address.unitId, address.year)}
      yearWidth={140}
      views={[
        { value: 'bang', label: t('page.view.table') },
        { value: 'luc-luong', label: t('page.view.forces') },
        { value: 'lich', label: t('page.view.calendar') },
      ]}
      view={view}
      summary={(data) => <Rates board={data} />}
      content={(data) =>
        view === 'lich' ? (
          <MilitiaCalendarView board={data} todayMonth={today.slice(0, 7)} />
        ) : (
          <MilitiaTable board={data} byForce={view === 'luc-luong'} />
        )
      }
    />
  );
}
