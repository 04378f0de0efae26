import { Table, Text } from '@mantine/core';
import type { TAgency } from '../../../shared/schemas/units.ts';
import { agencyKindLabel } from '../../i18n/labels.ts';
import { useT } from '../../i18n/language-provider.tsx';

/** The agencies acting in a unit: name, short name, kind and the other names documents use. */
export function AgenciesTable({ agencies }: { agencies: TAgency[] }) {
  const t = useT();
  if (agencies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('agencies.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('agencies.name')}</Table.Th>
            <Table.Th>{t('agencies.shortName')}</Table.Th>
            <Table.Th>{t('agencies.kind')}</Table.Th>
            <Table.Th>{t('agencies.aliases')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((agency) => (
            <Table.Tr key={agency.id}>
              <Table.Td>{agency.name}</Table.Td>
              <Table.Td>{agency.shortName}</Table.Td>
              <Table.Td>{agencyKindLabel(agency.kind, t)}</Table.Td>
              <Table.Td>
                {agency.aliases.length > 0 ? (
                  agency.aliases.join('; ')
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
