import { Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TMilitiaYear } from '../../../../shared/schemas/militia.ts';
import { type MilitiaKey, useMilitiaT } from '../../../i18n/militia-messages.ts';

/** What falls in each month of a militia year: the April registration and the data cut-offs. */
const MONTH_EVENTS: Record<number, MilitiaKey[]> = {
  4: ['calendar.registration'],
  6: ['calendar.halfYear'],
  12: ['calendar.year'],
};

/**
 * The militia year month by month (registration in April under Điều 9, the half-year and year
 * cut-offs of Nghị định 09/2019), how many units have entered the year's figures, and the yearly
 * training time each force owes (Điều 28).
 */
export function MilitiaCalendarView({ board, todayMonth }: { board: TMilitiaYear; todayMonth: string }) {
  const t = useMilitiaT();
  const rows = board.children.length > 0 ? board.children : [board.unit];
  const entered = rows.filter((r) => r.totals.totalForce !== null).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={4}>{t('calendar.title', { year: board.year })}</Title>
        <Text size="sm" c="dimmed" data-testid="militia-progress">
          {t('calendar.progress', { done: entered, total: rows.length, year: board.year })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 3, sm: 4, lg: 6 }} spacing="xs" data-testid="militia-months">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
          const isNow = todayMonth === `${board.year}-${String(month).padStart(2, '0')}`;
          const events = MONTH_EVENTS[month] ?? [];
          return (
            <Paper
              key={month}
              withBorder
              p={6}
              mih={80}
              bg={isNow ? 'blue.0' : events.length > 0 ? undefined : 'gray.0'}
              style={isNow ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
              aria-current={isNow ? 'date' : undefined}
            >
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="xs" fw={700}>
                  {t('calendar.month', { month })}
                </Text>
                {isNow ? (
                  <Badge size="xs" variant="filled">
                    {t('calendar.today')}
                  </Badge>
                ) : null}
              </Group>
              <Stack gap={2} mt={4}>
                {events.map((key) => (
                  <Text key={key} size="xs">
                    {t(key)}
                  </Text>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          {t('calendar.norms')}
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('calendar.norm.firstYear')}</List.Item>
          <List.Item>{t('calendar.norm.specialised')}</List.Item>
          <List.Item>{t('calendar.norm.local')}</List.Item>
          <List.Item>{t('calendar.norm.standing')}</List.Item>
        </List>
      </Card>
    </Stack>
  );
}
