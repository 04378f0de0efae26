import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ConscriptionStep } from '../../../../shared/conscription-calendar.ts';
import type { TCalendarStep, TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { type ConscriptionKey, useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';

const STATE_COLORS: Record<TCalendarStep['state'], string> = {
  done: 'teal',
  late: 'red',
  open: 'blue',
  upcoming: 'gray',
};

const STEP_KEYS: Record<ConscriptionStep, ConscriptionKey> = {
  list: 'calendar.step.list',
  registration: 'calendar.step.registration',
  examination: 'calendar.step.examination',
  handover: 'calendar.step.handover',
};

const WHO_KEYS: Record<ConscriptionStep, ConscriptionKey> = {
  list: 'calendar.who.list',
  registration: 'calendar.who.registration',
  examination: 'calendar.who.examination',
  handover: 'calendar.who.handover',
};

const STATE_KEYS: Record<TCalendarStep['state'], ConscriptionKey> = {
  done: 'calendar.state.done',
  late: 'calendar.state.late',
  open: 'calendar.state.open',
  upcoming: 'calendar.state.upcoming',
};

/** The months of a cycle: January of the year before the handover to March of the handover year. */
export function cycleMonths(year: number): { year: number; month: number; key: string }[] {
  return Array.from({ length: 15 }, (_, i) => {
    const y = i < 12 ? year - 1 : year;
    const month = (i % 12) + 1;
    return { year: y, month, key: `${y}-${String(month).padStart(2, '0')}` };
  });
}

/** The steps whose legal window touches a month (`YYYY-MM`). */
export function stepsInMonth(steps: readonly TCalendarStep[], monthKey: string): TCalendarStep[] {
  return steps.filter((s) => s.from.slice(0, 7) <= monthKey && s.to.slice(0, 7) >= monthKey);
}

/**
 * The legal calendar of the cycle: month by month from the January list to the February–March
 * handover, today's month marked, then each step with its window, state and how many units
 * have entered it.
 */
export function ConscriptionCalendarView({ board }: { board: TConscriptionYear }) {
  const t = useConscriptionT();
  const format = useFormat();
  const todayMonth = board.today.slice(0, 7);
  const active = board.calendar.findLastIndex(
    (s) => s.state === 'done' || s.state === 'late' || s.state === 'open',
  );

  return (
    <Stack gap="md">
      <Title order={4}>{t('calendar.title', { year: board.year })}</Title>
      <SimpleGrid cols={{ base: 3, sm: 5, lg: 8 }} spacing="xs" data-testid="conscription-months">
        {cycleMonths(board.year).map((m) => {
          const steps = stepsInMonth(board.calendar, m.key);
          const isNow = m.key === todayMonth;
          return (
            <Paper
              key={m.key}
              withBorder
              p={6}
              mih={86}
              bg={isNow ? 'blue.0' : steps.length > 0 ? undefined : 'gray.0'}
              style={isNow ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
              aria-current={isNow ? 'date' : undefined}
            >
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" fw={700}>
                  {t('calendar.month', { month: m.month, year: m.year })}
                </Text>
                {isNow ? (
                  <Badge size="xs" variant="filled">
                    {t('calendar.today')}
                  </Badge>
                ) : null}
              </Group>
              <Stack gap={2} mt={4}>
                {steps.map((s) => (
                  <Badge
                    key={s.step}
                    size="xs"
                    variant="light"
                    color={STATE_COLORS[s.state]}
                    fullWidth
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                    h="auto"
                    py={2}
                  >
                    {t(STEP_KEYS[s.step])}
                  </Badge>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Card withBorder padding="md">
        <Timeline active={active} bulletSize={18} lineWidth={2} data-testid="conscription-timeline">
          {board.calendar.map((s) => (
            <Timeline.Item
              key={s.step}
              color={STATE_COLORS[s.state]}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{t(STEP_KEYS[s.step])}</Text>
                  <Badge color={STATE_COLORS[s.state]} variant="light" data-state={s.state}>
                    {t(STATE_KEYS[s.state])}
                  </Badge>
                </Group>
              }
              data-step={s.step}
            >
              <Text size="sm">
                {t('calendar.window', { from: format.date(s.from), to: format.date(s.to) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t(WHO_KEYS[s.step])}
              </Text>
              <Text size="xs" c="dimmed" mt={2}>
                {t('calendar.progress', { done: s.doneUnits, total: s.totalUnits })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
    </Stack>
  );
}
