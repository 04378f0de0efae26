import { Button, Group, Loader, Paper, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { TSplitTargetRequest, TTarget } from '../../../shared/schemas/targets.ts';
import { sortUnitsForDisplay, useUnitChildren } from '../../api/units.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat, useT } from '../../i18n/language-provider.tsx';
import { formatEntryValue } from './entry-cells.ts';
import { readBound } from './figure-values.ts';
import { type SplitBalance, splitBalance } from './split-balance.ts';

const BALANCE_COLORS: Record<SplitBalance['state'], string> = {
  exact: 'green.8',
  missing: 'orange.8',
  over: 'red.7',
};

/**
 * Divides a quota among the sub-units of its unit: one input per sub-unit, and a live sum against
 * the quota ("Còn thiếu 5", "Vượt 3"). Saving is possible only when they are equal; the server
 * checks again and its refusal is shown as is.
 */
export function SplitEditor({
  target,
  allocations,
  mutation,
  onDone,
  onCancel,
}: {
  target: TTarget;
  /** The current split, by sub-unit id. */
  allocations: ReadonlyMap<number, number>;
  mutation: UseMutationResult<{ items: TTarget[] }, Error, { targetId: number; body: TSplitTargetRequest }>;
  onDone: (count: number) => void;
  onCancel: () => void;
}) {
  const t = useFiguresT();
  const common = useT();
  const format = useFormat();
  const children = useUnitChildren(target.unitId, false);
  const [texts, setTexts] = useState<Map<number, string>>(
    () => new Map([...allocations].map(([unitId, value]) => [unitId, formatEntryValue(value)])),
  );
  const [filter, setFilter] = useState('');
  const quota = target.min ?? 0;

  if (children.isPending) return <Loader size="sm" aria-label={common('common.loading')} />;
  if (children.isError) return <ErrorAlert error={children.error} />;
  const units = sortUnitsForDisplay(children.data.items);
  const readings = units.map((unit) => ({ unit, reading: readBound(texts.get(unit.id) ?? '') }));
  const hasProblem = readings.some((r) => 'unreadable' in r.reading);
  const values = readings.map((r) => ('value' in r.reading ? r.reading.value : null));
  const balance = splitBalance(values, quota);
  const needle = filter.trim().toLocaleLowerCase('vi');
  const shown = needle
    ? readings.filter((r) => r.unit.name.toLocaleLowerCase('vi').includes(needle))
    : readings;

  const submit = () => {
    const parts = readings.flatMap((r) =>
      'value' in r.reading && r.reading.value !== null ? [{ unitId: r.unit.id, value: r.reading.value }] : [],
    );
    mutation.mutate(
      { targetId: target.id, body: { allocations: parts } },
      { onSuccess: () => onDone(parts.length) },
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('split.description', { quota: format.number(quota), unit: target.unitName })}</Text>
      {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
      <TextInput
        label={t('split.filter')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        size="sm"
      />
      <ScrollArea.Autosize mah="46vh" type="auto" offsetScrollbars>
        <Table verticalSpacing={4} stickyHeader data-testid="split-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('split.col.unit')}</Table.Th>
              <Table.Th w={150} ta="right">
                {t('split.col.value')}
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
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={t('split.valueLabel', { unit: unit.name })}
                    value={texts.get(unit.id) ?? ''}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      setTexts((previous) => new Map(previous).set(unit.id, text));
                    }}
                    error={'unreadable' in reading ? t('targetForm.unreadable') : undefined}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Paper withBorder p="xs" bg="gray.0">
        <Group justify="space-between" gap="sm" wrap="wrap" aria-live="polite" data-testid="split-balance">
          <Text size="sm" fw={600}>
            {t('split.sum', { sum: format.number(balance.sum), quota: format.number(quota) })}
          </Text>
          <Text size="sm" fw={700} c={BALANCE_COLORS[balance.state]}>
            {balance.state === 'exact'
              ? t('split.exact')
              : t(balance.state === 'missing' ? 'split.missing' : 'split.over', {
                  amount: format.number(balance.amount),
                })}
          </Text>
        </Group>
      </Paper>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
          {common('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={mutation.isPending}
          disabled={balance.state !== 'exact' || hasProblem}
        >
          {t('split.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
