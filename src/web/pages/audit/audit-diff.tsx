import { Code, Table, Text } from '@mantine/core';
import { useT } from '../../i18n/language-provider.tsx';
import { diffRecords, type FieldChange, formatSnapshotValue } from './diff-records.ts';

const CHANGE_COLORS: Record<FieldChange, string | undefined> = {
  added: 'var(--mantine-color-green-0)',
  removed: 'var(--mantine-color-red-0)',
  changed: 'var(--mantine-color-yellow-0)',
  same: undefined,
};

function SnapshotValue({ value, isPresent }: { value: unknown; isPresent: boolean }) {
  if (!isPresent) {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }
  const text = formatSnapshotValue(value);
  return text.includes('\n') ? (
    <Code block>{text}</Code>
  ) : (
    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</Code>
  );
}

/** Before/after of one audit entry, field by field, with changed fields highlighted. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffRecords(before, after);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.diff.empty')}
      </Text>
    );
  }
  return (
    <Table withTableBorder withColumnBorders fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">{t('audit.diff.field')}</Table.Th>
          <Table.Th>{t('audit.diff.before')}</Table.Th>
          <Table.Th>{t('audit.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key || '(value)'} style={{ background: CHANGE_COLORS[row.change] }}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {row.key || t('audit.diff.wholeValue')}
              </Text>
              {row.change !== 'same' ? (
                <Text size="xs" c="dimmed">
                  {t(`audit.change.${row.change}`)}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <SnapshotValue value={row.before} isPresent={row.change !== 'added'} />
            </Table.Td>
            <Table.Td>
              <SnapshotValue value={row.after} isPresent={row.change !== 'removed'} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
