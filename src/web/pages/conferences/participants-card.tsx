import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { TConference } from '../../../shared/schemas/conferences.ts';
import type { TAgency } from '../../../shared/schemas/units.ts';
import { useConferenceMutations } from '../../api/conferences.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useConferencesT } from '../../i18n/conferences-messages.ts';
import { PARTICIPANT_ROLE_VALUES } from './conference-values.ts';

/** Who attends: the unit's agencies (named after them) or named persons, each with a role. */
export function ParticipantsCard({ conference, agencies }: { conference: TConference; agencies: TAgency[] }) {
  const t = useConferencesT();
  const { addParticipant, removeParticipant } = useConferenceMutations(conference.id);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<string>('du');
  const fieldErrors = fieldErrorsFrom(addParticipant.error, ['name', 'agencyId']);
  const roleOptions = PARTICIPANT_ROLE_VALUES.map((r) => ({ value: r, label: t(`role.${r}`) }));

  const add = () =>
    addParticipant.mutate(
      {
        agencyId: agencyId ? Number(agencyId) : null,
        name: name.trim() || undefined,
        role: role as (typeof PARTICIPANT_ROLE_VALUES)[number],
      },
      {
        onSuccess: () => {
          setAgencyId(null);
          setName('');
        },
      },
    );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="participants-title">
      <Title order={3} fz="md" mb="sm" id="participants-title">
        {t('participants.title')}
      </Title>
      <Stack gap="sm">
        {conference.participants.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('participants.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="participants">
            <Table.Tbody>
              {conference.participants.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td w={110}>
                    <Badge variant="light" color={p.role === 'chu_tri' ? 'armyGreen' : 'gray'}>
                      {t(`role.${p.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.name}</Text>
                  </Table.Td>
                  {conference.actions.edit ? (
                    <Table.Td w={40}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('participants.remove', { name: p.name })}
                        loading={removeParticipant.isPending && removeParticipant.variables === p.id}
                        onClick={() => removeParticipant.mutate(p.id)}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {conference.actions.edit ? (
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="wrap">
              <Select
                label={t('participants.agency')}
                placeholder={t('participants.agencyPlaceholder')}
                data={agencies.map((a) => ({ value: String(a.id), label: a.name }))}
                value={agencyId}
                onChange={setAgencyId}
                searchable
                clearable
                w={260}
                error={fieldErrors.agencyId}
              />
              <TextInput
                label={t('participants.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={300}
                w={220}
                error={fieldErrors.name}
              />
              <Select
                label={t('participants.role')}
                data={roleOptions}
                value={role}
                onChange={(v) => v && setRole(v)}
                allowDeselect={false}
                w={130}
              />
              <Button onClick={add} loading={addParticipant.isPending} disabled={!agencyId && !name.trim()}>
                {t('participants.add')}
              </Button>
            </Group>
            {addParticipant.isError && Object.keys(fieldErrors).length === 0 ? (
              <ErrorAlert error={addParticipant.error} />
            ) : null}
            {removeParticipant.isError ? <ErrorAlert error={removeParticipant.error} /> : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
