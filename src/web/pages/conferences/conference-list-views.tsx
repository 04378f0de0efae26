import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { TConferenceSummary } from '../../../shared/schemas/conferences.ts';
import { type ConferencesTranslateFn, useConferencesT } from '../../i18n/conferences-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { CONFERENCE_STATUS_COLORS, conferencesByMonth } from './conference-values.ts';

/** The status of a conference and, when its deadline passed unmet, the red late flag. */
export function ConferenceStatus({
  conference,
}: {
  conference: Pick<TConferenceSummary, 'status' | 'isLate'>;
}) {
  const t = useConferencesT();
  return (
    <Group gap={6} wrap="wrap">
      <Badge
        color={CONFERENCE_STATUS_COLORS[conference.status]}
        variant="light"
        data-status={conference.status}
      >
        {t(`status.${conference.status}`)}
      </Badge>
      {conference.isLate ? (
        <Badge color="red" variant="filled">
          {t('late')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** "Tập thể 1/3 · Cá nhân 2" : proposals against the quota, when there is one. */
export function awardsLine(
  c: TConferenceSummary,
  t: ConferencesTranslateFn,
  key: 'list.awards' | 'awards.quota',
) {
  const quota = (limit: number | null) =>
    limit === null ? (key === 'awards.quota' ? t('awards.noQuota') : '') : t('list.quota', { quota: limit });
  return t(key, {
    collective: c.awards.collective,
    collectiveQuota: quota(c.awards.quotaCollective),
    individual: c.awards.individual,
    individualQuota: quota(c.awards.quotaIndividual),
  });
}

/** The conferences as a table: unit, conference, period, deadline, day held, status, report, conclusions, awards. */
export function ConferenceTable({ items }: { items: TConferenceSummary[] }) {
  const t = useConferencesT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="conference-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('col.unit')}</Table.Th>
            <Table.Th>{t('col.title')}</Table.Th>
            <Table.Th>{t('col.period')}</Table.Th>
            <Table.Th>{t('col.due')}</Table.Th>
            <Table.Th>{t('col.held')}</Table.Th>
            <Table.Th>{t('col.status')}</Table.Th>
            <Table.Th>{t('col.report')}</Table.Th>
            <Table.Th>{t('col.conclusions')}</Table.Th>
            <Table.Th>{t('col.awards')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm">{c.unit.name}</Text>
                <Text size="xs" c="dimmed">
                  {t(`level.${c.unit.level}` as 'level.1')}
                </Text>
              </Table.Td>
              <Table.Td maw={360}>
                <Anchor component={Link} to={`/hoi-nghi/${c.id}`} size="sm" fw={500}>
                  {c.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`kind.${c.kind}`)}
                  {c.duration ? ` · ${c.duration}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{c.periodCode}</Table.Td>
              <Table.Td>{format.date(c.dueOn)}</Table.Td>
              <Table.Td>{format.date(c.heldOn)}</Table.Td>
              <Table.Td>
                <ConferenceStatus conference={c} />
              </Table.Td>
              <Table.Td>
                {c.report ? (
                  <Anchor component={Link} to={`/bao-cao/${c.report.id}`} size="sm">
                    {t(`reportState.${c.report.state}` as 'reportState.draft')}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('list.noReport')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('list.conclusions', c.conclusions)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{awardsLine(c, t, 'list.awards')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The year month by month: each conference on the day it was held (or is due), undated ones below. */
export function ConferenceCalendar({ items, year }: { items: TConferenceSummary[]; year: number }) {
  const t = useConferencesT();
  const format = useFormat();
  const { months, undated } = conferencesByMonth(items, year);
  const entry = (c: TConferenceSummary) => (
    <Stack key={c.id} gap={2}>
      <Anchor component={Link} to={`/hoi-nghi/${c.id}`} size="xs" fw={600} lineClamp={2}>
        {c.unit.name}: {c.title}
      </Anchor>
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          {c.heldOn
            ? t('calendar.heldOn', { date: format.date(c.heldOn) })
            : c.dueOn
              ? t('calendar.dueOn', { date: format.date(c.dueOn) })
              : ''}
        </Text>
        <ConferenceStatus conference={c} />
      </Group>
    </Stack>
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="conference-calendar">
        {months.map((m) => (
          <Paper key={m.month} withBorder p="sm" mih={110} bg={m.items.length === 0 ? 'gray.0' : undefined}>
            <Text size="sm" fw={700} mb={6}>
              {t('calendar.month', { month: m.month })}
            </Text>
            {m.items.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('calendar.none')}
              </Text>
            ) : (
              <Stack gap={8}>{m.items.map(entry)}</Stack>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {undated.length > 0 ? (
        <Paper withBorder p="sm">
          <Title order={4} fz="sm" mb={6}>
            {t('calendar.undated')}
          </Title>
          <Stack gap={8}>{undated.map(entry)}</Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
