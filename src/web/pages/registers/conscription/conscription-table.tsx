import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { YearBoardTable } from '../year-board.tsx';
import { StepsForm } from './steps-form.tsx';

const COUNT_COLUMNS = ['listed17', 'registered', 'examined', 'fit', 'handedOver'] as const;

/**
 * The year by unit: one line per unit under the one shown (or the unit itself when nothing lies
 * under it), its quota and the counts of each step, the total, and a button to enter a unit's
 * results for those who may. A line that adds up units below shows their totals.
 */
export function ConscriptionTable({ board }: { board: TConscriptionYear }) {
  const t = useConscriptionT();
  const format = useFormat();
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  return (
    <YearBoardTable
      t={t}
      board={board}
      testId="conscription-table"
      minWidth={1100}
      isTotalBold
      canEdit={(row) => row.actions.editSteps}
      head={
        <>
          <Table.Th ta="right">{t('col.quota')}</Table.Th>
          <Table.Th ta="right">{t('col.listed17')}</Table.Th>
          <Table.Th ta="right">{t('col.registered')}</Table.Th>
          <Table.Th ta="right">{t('col.examined')}</Table.Th>
          <Table.Th ta="right">{t('col.fit')}</Table.Th>
          <Table.Th ta="right">{t('col.handedOver')}</Table.Th>
          <Table.Th>{t('col.handoverOn')}</Table.Th>
          <Table.Th ta="right">{t('col.fulfilment')}</Table.Th>
        </>
      }
      cells={(row, isTotal) => (
        <>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={isTotal ? 700 : undefined}>
                {isTotal ? t('table.total') : row.unitName}
              </Text>
              {!isTotal && row.handoverOutsideWindow ? (
                <Tooltip label={t('table.outsideWindowHint', { notes: row.notes ?? '' })} multiline w={280}>
                  <Badge size="xs" color="orange" variant="light">
                    {t('table.outsideWindow')}
                  </Badge>
                </Tooltip>
              ) : null}
            </Group>
          </Table.Td>
          <Table.Td ta="right">{count(isTotal ? row.totals.quota : row.quota)}</Table.Td>
          {COUNT_COLUMNS.map((field) => (
            <Table.Td key={field} ta="right">
              {count(row.totals[field])}
            </Table.Td>
          ))}
          <Table.Td>{!isTotal && row.handoverOn ? format.date(row.handoverOn) : ''}</Table.Td>
          <Table.Td ta="right">
            {row.fulfilmentPercent === null ? '—' : `${format.number(row.fulfilmentPercent)}%`}
          </Table.Td>
        </>
      )}
      dialogTitle={(row) => t('steps.title', { year: board.year, unit: row.unitName })}
      dialogSize="lg"
      form={(row, close) => <StepsForm row={row} year={board.year} onDone={close} onCancel={close} />}
    />
  );
}
