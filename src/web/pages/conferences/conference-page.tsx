import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TConference } from '../../../shared/schemas/conferences.ts';
import { useConference, useConferenceMutations } from '../../api/conferences.ts';
import { useUnit } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { DateTextInput } from '../documents/date-text-input.tsx';
import { isoToDateText, parseDateText, todayIso } from '../documents/form-values.ts';
import { positiveIntParam } from '../documents/url-params.ts';
import { ConclusionsCard } from './conclusions-card.tsx';
import { ConferenceAwardsCard } from './conference-awards-card.tsx';
import { ConferenceFormModal } from './conference-form.tsx';
import { ConferenceStatus } from './conference-list-views.tsx';
import { ParticipantsCard } from './participants-card.tsx';

function Facts({ conference }: { conference: TConference }) {
  const t = useConferencesT();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('detail.unit'), conference.unit.name],
    [t('detail.kind'), t(`kind.${conference.kind}`)],
    [t('detail.period'), conference.periodCode],
    [t('detail.due'), format.date(conference.dueOn) || '—'],
    [t('detail.held'), format.date(conference.heldOn) || '—'],
    [t('detail.duration'), conference.duration ?? '—'],
    [t('detail.chair'), conference.chair ?? '—'],
    [t('detail.location'), conference.location ?? '—'],
    [
      t('detail.report'),
      conference.report ? (
        <Anchor key="report" component={Link} to={`/bao-cao/${conference.report.id}`} size="sm">
          {conference.report.title} ({conference.report.periodCode}) —{' '}
          {t('detail.reportState', {
            state: t(`reportState.${conference.report.state}` as 'reportState.draft'),
          })}
        </Anchor>
      ) : (
        t('form.reportNone')
      ),
    ],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} data-testid="conference-facts">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={180}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Marks the conference held on a day that has come. */
function MarkHeldModal({ conference, onClose }: { conference: TConference; onClose: () => void }) {
  const t = useConferencesT();
  const { update } = useConferenceMutations(conference.id);
  const [day, setDay] = useState(isoToDateText(todayIso()));
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = parseDateText(day);
    if (!parsed.iso) {
      setError(t('form.badDate'));
      return;
    }
    setError(null);
    update.mutate({ status: 'held', heldOn: parsed.iso }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('detail.markHeldTitle')} centered>
      <Stack gap="sm">
        <DateTextInput
          label={t('detail.heldOn')}
          value={day}
          onChange={setDay}
          error={error}
          required
          data-autofocus
        />
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={update.isPending}>
            {t('detail.markHeld')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * A conference's page: its details and report, who attended, its conclusions (each can become a
 * task of the next period) and the award proposals attached to it against its quota.
 */
export function ConferencePage() {
  const t = useConferencesT();
  const navigate = useNavigate();
  const id = positiveIntParam(useParams().conferenceId);
  const conference = useConference(id);
  const { update, remove } = useConferenceMutations(id ?? 0);
  const unit = useUnit(conference.data?.unit.id ?? 0);
  const [isEditing, setIsEditing] = useState(false);
  const [isMarkingHeld, setIsMarkingHeld] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);

  if (id === null)
    return (
      <Alert color="red" variant="light" title={t('detail.loadFailed')}>
        <Anchor component={Link} to="/hoi-nghi">
          {t('detail.back')}
        </Anchor>
      </Alert>
    );
  if (conference.isError) return <ErrorAlert error={conference.error} title={t('detail.loadFailed')} />;
  if (!conference.data) return <PageLoader />;
  const data = conference.data;
  const agencies = unit.data?.agencies ?? [];
  const canEdit = data.actions.edit;

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={data.title}
        description={
          <Anchor component={Link} to="/hoi-nghi" size="sm">
            {t('detail.back')}
          </Anchor>
        }
        actions={<ConferenceStatus conference={data} />}
      />
      <Card withBorder padding="md" component="section" aria-labelledby="conference-facts-title">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={3} fz="md" id="conference-facts-title">
            {t('detail.facts')}
          </Title>
          {canEdit ? (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setIsEditing(true)}>
                {t('detail.edit')}
              </Button>
              {data.status !== 'held' ? (
                <Button size="xs" color="teal" onClick={() => setIsMarkingHeld(true)}>
                  {t('detail.markHeld')}
                </Button>
              ) : null}
              {data.status === 'planned' ? (
                <Button
                  size="xs"
                  variant="light"
                  color="gray"
                  loading={update.isPending}
                  onClick={() => update.mutate({ status: 'cancelled' })}
                >
                  {t('detail.cancel')}
                </Button>
              ) : (
                <Button
                  size="xs"
                  variant="light"
                  color="gray"
                  loading={update.isPending}
                  onClick={() => update.mutate({ status: 'planned', heldOn: null })}
                >
                  {t('detail.reopen')}
                </Button>
              )}
              {data.actions.delete ? (
                <Button size="xs" variant="subtle" color="red" onClick={() => setIsDeleting(true)}>
                  {t('detail.delete')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        <Facts conference={data} />
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ParticipantsCard conference={data} agencies={agencies} />
        <ConferenceAwardsCard conference={data} />
      </SimpleGrid>
      <ConclusionsCard conference={data} agencies={agencies} />
      {isEditing ? (
        <ConferenceFormModal
          opened
          onClose={() => setIsEditing(false)}
          unit={data.unit}
          conference={data}
          onSaved={() => setIsEditing(false)}
        />
      ) : null}
      {isMarkingHeld ? <MarkHeldModal conference={data} onClose={() => setIsMarkingHeld(false)} /> : null}
      <Modal opened={isDeleting} onClose={() => setIsDeleting(false)} title={t('detail.delete')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('detail.deleteConfirm', { title: data.title })}</Text>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setIsDeleting(false)}>
              {t('form.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/hoi-nghi') })}
            >
              {t('detail.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {data.status === 'cancelled' ? (
        <Alert color="gray" variant="light">
          {t('status.cancelled')}
        </Alert>
      ) : null}
    </Stack>
  );
}
