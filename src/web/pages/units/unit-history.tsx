import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TUnitDetail } from '../../../shared/schemas/units.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { Trans } from '../../i18n/trans.tsx';

/** How a unit came to be and what became of it: "Sáp nhập vào ... từ ngày ...". */
export function UnitHistory({ unit }: { unit: Pick<TUnitDetail, 'predecessors' | 'successors'> }) {
  const t = useT();
  const format = useFormat();
  if (unit.predecessors.length === 0 && unit.successors.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('units.history.none')}
      </Text>
    );
  }
  return (
    <List spacing={4} size="sm">
      {unit.successors.map((successor) => (
        <List.Item key={`s-${successor.id}`}>
          <Trans
            k="units.history.mergedInto"
            values={{
              name: (
                <Anchor component={Link} to={`/don-vi/${successor.id}`} size="sm">
                  {successor.name}
                </Anchor>
              ),
              date: format.date(successor.effectiveDate),
            }}
          />
        </List.Item>
      ))}
      {unit.predecessors.map((predecessor) => (
        <List.Item key={`p-${predecessor.id}`}>
          <Trans
            k="units.history.formedFrom"
            values={{
              name: (
                <Anchor component={Link} to={`/don-vi/${predecessor.id}`} size="sm">
                  {predecessor.name}
                </Anchor>
              ),
              date: format.date(predecessor.effectiveDate),
            }}
          />
        </List.Item>
      ))}
    </List>
  );
}
