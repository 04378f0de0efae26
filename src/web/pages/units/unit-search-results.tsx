import { Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useUnitSearch } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { unitKindLabel } from '../../i18n/labels.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';

/** Units in the user's scope whose names match the search (accents optional). */
export function UnitSearchResults({ query, historic }: { query: string; historic: boolean }) {
  const t = useT();
  const format = useFormat();
  const search = useUnitSearch(query, historic);
  if (search.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (search.isError) return <ErrorAlert error={search.error} />;
  const items = search.data.items;
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" role="status">
        {t('units.search.empty', { query: query.trim() })}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs" role="status">
        {t('units.search.count', { count: format.number(items.length) })}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('units.field.name')}</Table.Th>
              <Table.Th>{t('units.field.kind')}</Table.Th>
              <Table.Th>{t('units.field.code')}</Table.Th>
              <Table.Th>{t('units.field.validity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/don-vi/${unit.id}`} size="sm">
                    {unit.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{unitKindLabel(unit.kind, t)}</Table.Td>
                <Table.Td>{unit.code}</Table.Td>
                <Table.Td>
                  {unit.validTo ? (
                    <Badge size="sm" variant="outline" color="gray">
                      {t('units.historicUntil', { date: format.date(unit.validTo) })}
                    </Badge>
                  ) : (
                    t('units.current')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
