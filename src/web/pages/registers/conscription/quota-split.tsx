import { Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionMutations } from '../../../api/conscription.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat, useT } from '../../../i18n/language-provider.tsx';
import { type SplitBalance, splitBalance } from '../../figures/split-balance.ts';
import { countText, readCount } from '../register-values.ts';

const BALANCE_COLORS: Record<SplitBalance['state'], string> = {
  exact: 'green.8',
  missing: 'orange.8',
  over: 'red.7',
};

/**
 * Splits the unit's quota among the units under it: one field per unit and a live sum against
 * the quota ("Tổng đã chia 42/45 — Còn thiếu 3"). Saving needs the parts to add up exactly (or
 * every field blank, which removes the split); the server checks again and a refusal shows here.
 */
export function QuotaSplit({
  board,
  onDone,
  onCancel,
}: {
  board: TConscriptionYear;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useConscriptionT();
  const common = useT();
  const format = useFormat();
  const { setQuotas } = useConscriptionMutations();
  const [texts, setTexts] = useState<Map<number, string>>(
    () => new Map(board.children.map((c) => [c.unitId, countText(c.quota)])),
  );
  const [filter, setFilter] = useState('');
  const quota = board.unit.quota ?? 0;
  const readings = board.children.map((child) => ({
    child,
    reading: readCount(texts.get(child.unitId) ?? ''),
  }));
  const hasProblem = readings.some((r) => 'invalid' in r.reading);
  const values = readings.map((r) => ('value' in r.reading ? r.reading.value : null));
  const isCleared = values.every((v) => v === null);
  const balance = splitBalance(values, quota);
  const needle = filter.trim().toLocaleLowerCase('vi');
  const shown = needle
    ? readings.filter((r) => r.child.unitName.toLocaleLowerCase('vi').includes(needle))
    : readings;

  const submit = () =>
    setQuotas.mutate(
      {
        unitId: board.unit.unitId,
        year: board.year,
        allocations: readings.map((r) => ({
          unitId: r.child.unitId,
          quota: 'value' in r.reading ? r.reading.value : null,
        })),
      },
      { onSuccess: onDone },
    );

  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('quota.splitHint', { quota: format.number(quota), unit: board.unit.unitName })}
      </Text>
      {setQuotas.isError ? <ErrorAlert error={setQuotas.error} /> : null}
      <TextInput
        label={t('quota.filter')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        size="sm"
      />
      <ScrollArea.Autosize mah="46vh" type="auto" offsetScrollbars>
        <Table verticalSpacing={4} stickyHeader data-testid="quota-split-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('col.unit')}</Table.Th>
              <Table.Th w={150} ta="right">
                {t('col.quota')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map(({ child, reading }) => (
              <Table.Tr key={child.unitId}>
                <Table.Td>{child.unitName}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    inputMode="numeric"
                    autoComplete="off"
                    aria-label={t('quota.valueLabel', { unit: child.unitName })}
                    value={texts.get(child.unitId) ?? ''}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      setTexts((previous) => new Map(previous).set(child.unitId, text));
                    }}
                    error={'invalid' in reading ? t('steps.invalidNumber') : undefined}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Paper withBorder p="xs" bg="gray.0">
        <Group justify="space-between" gap="sm" wrap="wrap" aria-live="polite" data-testid="quota-balance">
          <Text size="sm" fw={600}>
            {t('quota.sum', { sum: format.number(balance.sum), quota: format.number(quota) })}
          </Text>
          <Text size="sm" fw={700} c={BALANCE_COLORS[balance.state]}>
            {balance.state === 'exact'
              ? t('quota.exact')
              : t(balance.state === 'missing' ? 'quota.missing' : 'quota.over', {
                  amount: format.number(balance.amount),
                })}
          </Text>
        </Group>
      </Paper>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={setQuotas.isPending}>
          {common('common.cancel')}
        </Button>
        <Button
          onClick={submit}
          loading={setQuotas.isPending}
          disabled={hasProblem || (balance.state !== 'exact' && !isCleared)}
        >
          {t('quota.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
