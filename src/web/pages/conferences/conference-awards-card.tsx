import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { TConference } from '../../../shared/schemas/conferences.ts';
import { useAwards } from '../../api/awards.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { AwardStateBadge } from '../awards/award-badges.tsx';
import { awardsLine } from './conference-list-views.tsx';

/** The quota of the conference and the proposals attached to it, with a way to propose one more. */
export function ConferenceAwardsCard({ conference }: { conference: TConference }) {
  const t = useConferencesT();
  const proposals = useAwards({ conferenceId: conference.id });
  const items = proposals.data ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="conference-awards-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} fz="md" id="conference-awards-title">
          {t('awards.title')}
        </Title>
        {conference.actions.propose ? (
          <Button size="xs" component={Link} to={`/khen-thuong?hoi-nghi=${conference.id}&de-nghi=1`}>
            {t('awards.propose')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="sm">
        <Text size="sm" data-testid="conference-quota">
          {awardsLine(conference, t, 'awards.quota')}
        </Text>
        {proposals.isError ? <ErrorAlert error={proposals.error} /> : null}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('awards.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {p.nomineeName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {p.award.name}
                    </Text>
                  </Table.Td>
                  <Table.Td w={170}>
                    <AwardStateBadge state={p.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {items.length > 0 ? (
          <Anchor component={Link} to={`/khen-thuong?hoi-nghi=${conference.id}`} size="sm">
            {t('awards.openList')}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
