import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TDrill } from '../../../../shared/schemas/drills.ts';
import { useDrillsT } from '../../../i18n/drills-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { formatSpan, RegisterStatusBadge } from '../register-fields.tsx';
import { RegisterOpenLink } from '../register-list.tsx';

/** The drill register as a table: one row per drill, a click opens it. */
export function DrillTable({ drills, onOpen }: { drills: TDrill[]; onOpen: (id: number) => void }) {
  const t = useDrillsT();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="drill-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('drills.col.unit')}</Table.Th>
            <Table.Th>{t('drills.col.drill')}</Table.Th>
            <Table.Th>{t('drills.col.when')}</Table.Th>
            <Table.Th>{t('drills.col.status')}</Table.Th>
            <Table.Th>{t('drills.col.result')}</Table.Th>
            <Table.Th ta="right">{t('drills.col.files')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drills.map((d) => (
            <Table.Tr key={d.id} data-drill-id={d.id}>
              <Table.Td>{d.unit.name}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <RegisterOpenLink
                    title={d.title}
                    label={t('drills.open', { title: d.title })}
                    onOpen={() => onOpen(d.id)}
                  />
                  <Text size="xs" c="dimmed">
                    {t(`kind.${d.kind}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={2}>
                  <Text size="sm">
                    {d.actualFrom
                      ? t('drills.held', { dates: formatSpan(d.actualFrom, d.actualTo, format.date) })
                      : t('drills.planned', { dates: formatSpan(d.plannedFrom, d.plannedTo, format.date) })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <RegisterStatusBadge status={d.status} />
              </Table.Td>
              <Table.Td>
                {d.grade ? (
                  <Group gap={4} wrap="nowrap">
                    <Badge color="teal" variant="light">
                      {t(`grade.${d.grade}`)}
                    </Badge>
                    <Badge color={d.safe ? 'green' : 'red'} variant="outline">
                      {d.safe ? t('drills.safe') : t('drills.unsafe')}
                    </Badge>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{d.fileCount > 0 ? format.number(d.fileCount) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
