import { Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { cycleInProgress } from '../../../../shared/conscription-calendar.ts';
import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { conscriptionExportUrl, useConscriptionYear } from '../../../api/conscription.ts';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatRateTarget, localIsoToday, meetsTarget, type RateTarget } from '../register-values.ts';
import { useYearBoardAddress, YearBoardPage } from '../year-board.tsx';
import { ConscriptionCalendarView } from './conscription-calendar-view.tsx';
import { ConscriptionTable } from './conscription-table.tsx';
import { QuotaCard } from './quota-card.tsx';

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
  const address = useYearBoardAddress(cycleInProgress(localIsoToday()));
  const board = useConscriptionYear(address.unitId, address.year);
  return (
    <YearBoardPage
      t={t}
      tab="/so-dang-ky/tuyen-quan"
      address={address}
      board={board}
      exportUrl={conscriptionExportUrl(address.unitId, address.year)}
      yearHint={t('page.yearHint')}
      yearWidth={200}
      views={[
        { value: 'bang', label: t('page.view.table') },
        { value: CALENDAR_VIEW, label: t('page.view.calendar') },
      ]}
      view={address.rawView === CALENDAR_VIEW ? CALENDAR_VIEW : 'bang'}
      summary={(data) => (
        <>
          <Summary board={data} />
          <QuotaCard key={`${data.unit.unitId}-${data.year}`} board={data} />
        </>
      )}
      content={(data) =>
        address.rawView === CALENDAR_VIEW ? (
          <ConscriptionCalendarView board={data} />
        ) : (
          <ConscriptionTable board={data} />
        )
      }
    />
  );
}
