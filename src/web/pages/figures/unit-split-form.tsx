import { Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { type SplitBalance, splitBalance } from './split-balance.ts';

const BALANCE_COLORS: Record<SplitBalance['state'], string> = {
  exact: 'green.8',
  missing: 'orange.8',
  over: 'red.7',
};

/** What one split field holds: a number, blank (null), or text that is not a number. */
export type SplitReading = { value: number | null } | { unreadable: true };

/** The words of a split form; each caller brings them from its own catalog. */
export interface UnitSplitLabels {
  description: string;
  filter: string;
  unitColumn: string;
  valueColumn: string;
  valueLabel: (unit: string) => string;
  unreadable: string;
  sum: (sum: string, quota: string) => string;
  exact: string;
  missing: (amount: string) => string;
  over: (amount: string) => string;
  submit: string;
}

/**
 * Divides a quota among sub-units: one field per unit, a filter by name and a live sum against
 * the quota ("Còn thiếu 5", "Vượt 3"). Saving needs the parts to add up exactly (or, where
 * `canClear`, every field blank); the server checks again and its refusal is shown as is.
 * The figures targets and the conscription quota share it so the two can never drift apart.
 */
export function UnitSplitForm({
  units,
  initialTexts,
  read,
  quota,
  inputMode,
  canClear,
  labels,
  testIds,
  status,
  onSubmit,
  onCancel,
}: {
  units: readonly { id: number; name: string }[];
  /** What each field starts with, by unit id. */
  initialTexts: () => Map<number, string>;
  read: (text: string) => SplitReading;
  quota: number;
  inputMode: 'numeric' | 'decimal';
  /** Whether saving with every field blank (which removes the split) is allowed. */
  canClear: boolean;
  labels: UnitSplitLabels;
  testIds: { table: string; balance: string };
  /** The save request in flight, if any. */
  status: { isPending: boolean; error: Error | null };
  /** Every unit's part, in the order of `units`; blank ones are null. */
  onSubmit: (parts: { unitId: number; value: number | null }[]) => void;
  onCancel: () => void;
}) {
  const common = useT();
  const format = useFormat();
  const [texts, setTexts] = useState<Map<number, string>>(initialTexts);
  const [filter, setFilter] = useState('');
  const readings = units.map((unit) => ({ unit, reading: read(texts.get(unit.id) ?? '') }));
  const hasProblem = readings.some((r) => 'unreadable' in r.reading);
  const values = readings.map((r) => ('value' in r.reading ? r.reading.value : null));
  const isCleared = values.every((v) => v === null);
  const balance = splitBalance(values, quota);
  const needle = filter.trim().toLocaleLowerCase('vi');
  const shown = needle
    ? readings.filter((r) => r.unit.name.toLocaleLowerCase('vi').includes(needle))
    : readings;

  const submit = () =>
    onSubmit(readings.map((r, index) => ({ unitId: r.unit.id, value: values[index] ?? null })));

  return (
    <Stack gap="sm">
      <Text size="sm">{labels.description}</Text>
      {status.error ? <ErrorAlert error={status.error} /> : null}
      <TextInput
        label={labels.filter}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        size="sm"
      />
      <ScrollArea.Autosize mah="46vh" type="auto" offsetScrollbars>
        <Table verticalSpacing={4} stickyHeader data-testid={testIds.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{labels.unitColumn}</Table.Th>
              <Table.Th w={150} ta="right">
                {labels.valueColumn}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map(({ unit, reading }) => (
              <Table.Tr key={unit.id}>
                <Table.Td>{unit.name}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode={inputMode}
                    autoComplete="off"
                    aria-label={labels.valueLabel(unit.name)}
                    value={texts.get(unit.id) ?? ''}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      setTexts((previous) => new Map(previous).set(unit.id, text));
                    }}
                    error={'unreadable' in reading ? labels.unreadable : undefined}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Paper withBorder p="xs" bg="gray.0">
        <Group justify="space-between" gap="sm" wrap="wrap" aria-live="polite" data-testid={testIds.balance}>
          <Text size="sm" fw={600}>
            {labels.sum(format.number(balance.sum), format.number(quota))}
          </Text>
          <Text size="sm" fw={700} c={BALANCE_COLORS[balance.state]}>
            {balance.state === 'exact' ? labels.exact : labels[balance.state](format.number(balance.amount))}
          </Text>
        </Group>
      </Paper>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={status.isPending}>
          {common('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={status.isPending}
          disabled={hasProblem || (balance.state !== 'exact' && !(canClear && isCleared))}
        >
          {labels.submit}
        </Button>
      </Group>
    </Stack>
  );
}
