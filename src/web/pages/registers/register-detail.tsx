import { Button, Group, Table } from '@mantine/core';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import { useDrillsT } from '../../i18n/drills-messages.ts';

/** What a register entry's side panel shows: the facts, or one of the forms in their place. */
export type RegisterDetailMode = 'view' | 'edit' | 'result' | 'cancel' | 'delete';

/** A register entry's facts as label–value rows. */
export function RegisterFacts({ rows, testId }: { rows: [string, string][]; testId: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The buttons of a register entry for the actions the server says the user may take. */
export function RegisterEntryActions({
  actions,
  status,
  onMode,
}: {
  actions: { recordResult: boolean; update: boolean; cancel: boolean; delete: boolean };
  status: RegisterStatus;
  onMode: (mode: RegisterDetailMode) => void;
}) {
  const t = useDrillsT();
  return (
    <Group gap="xs">
      {actions.recordResult ? (
        <Button size="sm" onClick={() => onMode('result')}>
          {status === 'done' ? t('common.correctResult') : t('common.recordResult')}
        </Button>
      ) : null}
      {actions.update ? (
        <Button size="sm" variant="default" onClick={() => onMode('edit')}>
          {t('common.edit')}
        </Button>
      ) : null}
      {actions.cancel ? (
        <Button size="sm" variant="default" color="orange" onClick={() => onMode('cancel')}>
          {t('common.cancelEntry')}
        </Button>
      ) : null}
      {actions.delete ? (
        <Button size="sm" variant="subtle" color="red" onClick={() => onMode('delete')}>
          {t('common.delete')}
        </Button>
      ) : null}
    </Group>
  );
}
