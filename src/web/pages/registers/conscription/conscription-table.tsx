import { Badge, Button, Group, Modal, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { TConscriptionRow, TConscriptionYear } from '../../../../shared/schemas/conscription.ts';
import { useConscriptionT } from '../../../i18n/conscription-messages.ts';
import { useFormat } from '../../../i18n/language-provider.tsx';
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
  const [editing, setEditing] = useState<TConscriptionRow | null>(null);
  const rows = board.children.length > 0 ? board.children : [board.unit];
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  const canEditAny = rows.some((r) => r.actions.editSteps && !r.hasChildren);

  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('table.empty')}
      </Text>
    );

  const line = (row: TConscriptionRow, isTotal: boolean) => (
    <Table.Tr
      key={isTotal ? 'total' : row.unitId}
      data-unit={isTotal ? 'total' : row.unitName}
      fw={isTotal ? 700 : undefined}
    >
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
      {canEditAny ? (
        <Table.Td>
          {!isTotal && row.actions.editSteps && !row.hasChildren ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => setEditing(row)}
              aria-label={t('table.enterLabel', { unit: row.unitName })}
            >
              {t('table.enter')}
            </Button>
          ) : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );

  return (
    <>
      <Table.ScrollContainer minWidth={1100}>
        <Table striped highlightOnHover withTableBorder stickyHeader data-testid="conscription-table">
          <Table.Caption>
            {t(board.children.length > 0 ? 'table.caption' : 'table.captionOwn', {
              year: board.year,
              unit: board.unit.unitName,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('col.unit')}</Table.Th>
              <Table.Th ta="right">{t('col.quota')}</Table.Th>
              <Table.Th ta="right">{t('col.listed17')}</Table.Th>
              <Table.Th ta="right">{t('col.registered')}</Table.Th>
              <Table.Th ta="right">{t('col.examined')}</Table.Th>
              <Table.Th ta="right">{t('col.fit')}</Table.Th>
              <Table.Th ta="right">{t('col.handedOver')}</Table.Th>
              <Table.Th>{t('col.handoverOn')}</Table.Th>
              <Table.Th ta="right">{t('col.fulfilment')}</Table.Th>
              {canEditAny ? <Table.Th>{t('col.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => line(row, false))}
            {board.children.length > 0 ? line(board.unit, true) : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('steps.title', { year: board.year, unit: editing.unitName }) : ''}
        size="lg"
      >
        {editing ? (
          <StepsForm
            row={editing}
            year={board.year}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
