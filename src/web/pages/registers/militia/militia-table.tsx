import { Table } from '@mantine/core';
import { MILITIA_FORCE_TYPES } from '../../../../shared/militia.ts';
import type { TMilitiaRow, TMilitiaYear } from '../../../../shared/schemas/militia.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
import { type MilitiaKey, useMilitiaT } from '../../../i18n/militia-messages.ts';
import { YearBoardTable } from '../year-board.tsx';
import { MilitiaForm } from './militia-form.tsx';

/**
 * The year by unit: one line per unit under the one shown (or the unit itself when nothing lies
 * under it) and the total, either as the summary (force, Party members, training, Party cell,
 * reserves, with their rates) or as the force by type. Lines that add up units below show their
 * totals; those who may enter a unit's figures get a button on its line.
 */
export function MilitiaTable({ board, byForce }: { board: TMilitiaYear; byForce: boolean }) {
  const t = useMilitiaT();
  const format = useFormat();
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.number(value);
  const withRate = (value: number | null, rate: number | null) =>
    value === null
      ? '—'
      : rate === null
        ? format.number(value)
        : `${format.number(value)} (${format.number(rate)}%)`;
  // Only forces some unit has get a column: most communes have two or three of the twelve types.
  const forceTypes = MILITIA_FORCE_TYPES.filter((type) => board.unit.totals.forces[type] !== undefined);

  const partyCell = (row: TMilitiaRow) => {
    if (row.isCommune) {
      const has = row.own?.hasMilitaryPartyCell;
      return has == null ? '—' : t(has ? 'table.cell.yes' : 'table.cell.no');
    }
    return t('table.cell.count', { with: row.totals.communesWithPartyCell, of: row.totals.communes });
  };

  return (
    <YearBoardTable
      t={t}
      board={board}
      testId="militia-table"
      minWidth={byForce ? 240 + forceTypes.length * 110 : 1000}
      canEdit={(row) => row.actions.edit}
      head={
        byForce ? (
          <>
            {forceTypes.map((type) => (
              <Table.Th key={type} ta="right">
                {t(`force.${type}` as MilitiaKey)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('col.totalForce')}</Table.Th>
          </>
        ) : (
          <>
            <Table.Th ta="right">{t('col.totalForce')}</Table.Th>
            <Table.Th ta="right">{t('col.partyMembers')}</Table.Th>
            <Table.Th ta="right">{t('col.summoned')}</Table.Th>
            <Table.Th ta="right">{t('col.attended')}</Table.Th>
            <Table.Th>{t('col.partyCell')}</Table.Th>
            <Table.Th ta="right">{t('col.reserves')}</Table.Th>
            <Table.Th ta="right">{t('col.matching')}</Table.Th>
          </>
        )
      }
      cells={(row, isTotal) => (
        <>
          <Table.Td fw={isTotal ? 700 : undefined}>{isTotal ? t('table.total') : row.unitName}</Table.Td>
          {byForce ? (
            <>
              {forceTypes.map((type) => (
                <Table.Td key={type} ta="right">
                  {count(row.totals.forces[type])}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {count(row.totals.totalForce)}
              </Table.Td>
            </>
          ) : (
            <>
              <Table.Td ta="right">{count(row.totals.totalForce)}</Table.Td>
              <Table.Td ta="right">{withRate(row.totals.partyMembers, row.rates.partyMembers)}</Table.Td>
              <Table.Td ta="right">{count(row.totals.trainingSummoned)}</Table.Td>
              <Table.Td ta="right">
                {withRate(row.totals.trainingAttended, row.rates.trainingAttendance)}
              </Table.Td>
              <Table.Td>{partyCell(isTotal ? { ...row, isCommune: false } : row)}</Table.Td>
              <Table.Td ta="right">{count(row.totals.reservesAssigned)}</Table.Td>
              <Table.Td ta="right">
                {withRate(row.totals.reservesMatchingSpecialty, row.rates.matchingSpecialty)}
              </Table.Td>
            </>
          )}
        </>
      )}
      dialogTitle={(row) => t('form.title', { year: board.year, unit: row.unitName })}
      dialogSize="xl"
      form={(row, close) => <MilitiaForm row={row} year={board.year} onDone={close} onCancel={close} />}
    />
  );
}
