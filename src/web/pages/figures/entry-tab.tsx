import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { TEntryGrid } from '../../../shared/schemas/figures.ts';
import { type ReportingSet, useEntryGrid, useIndicatorCatalogue } from '../../api/figures.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useFiguresT } from '../../i18n/figures-messages.ts';
import { useFormat } from '../../i18n/language-provider.tsx';
import { ratiosOfGrid } from './entry-cells.ts';
import { EntryExcelPanel } from './entry-excel-panel.tsx';
import { EntryGrid } from './entry-grid.tsx';
import { ExceptionForm } from './exception-form.tsx';
import type { ShownUnit } from './figures-page.tsx';
import { WithReportingSet } from './reporting-set.tsx';

/** The data window and lock state: "Hạn nhập: …; khóa sổ từ …" with a badge. */
function WindowLine({ grid }: { grid: TEntryGrid }) {
  const t = useFiguresT();
  const format = useFormat();
  const entryWindow = grid.window;
  return (
    <Group gap="sm" wrap="wrap" data-testid="entry-window">
      <Text size="sm" fw={600}>
        {grid.set.name}
      </Text>
      <Text size="sm">
        {t('entry.window', {
          start: format.date(entryWindow.start),
          end: format.date(entryWindow.end),
          locksOn: format.date(entryWindow.locksOn),
        })}
      </Text>
      {entryWindow.isLocked ? (
        <Badge color="red" variant="light">
          {t('entry.locked')}
        </Badge>
      ) : entryWindow.exceptionUntil ? (
        <Badge color="orange" variant="light">
          {t('entry.reopenedUntil', { date: format.date(entryWindow.exceptionUntil) })}
        </Badge>
      ) : (
        <Badge color="green" variant="light">
          {t('entry.open')}
        </Badge>
      )}
    </Group>
  );
}

function EntryPanel({
  unit,
  period,
  set,
  onDirtyChange,
}: {
  unit: ShownUnit;
  period: string;
  set: ReportingSet;
  onDirtyChange: (isDirty: boolean) => void;
}) {
  const t = useFiguresT();
  const catalogue = useIndicatorCatalogue();
  const gridId = useMemo(() => ({ unitId: unit.id, setId: set.id, period }), [unit.id, set.id, period]);
  const grid = useEntryGrid(gridId);
  const ratios = useMemo(
    () => (grid.data && catalogue.data ? ratiosOfGrid(catalogue.data.indicators, grid.data) : []),
    [grid.data, catalogue.data],
  );
  if (grid.isPending) return <PageLoader />;
  if (grid.isError) return <ErrorAlert error={grid.error} />;
  const data = grid.data;
  const canReopen =
    data.actions.grantException && (data.window.isLocked || data.window.exceptionUntil !== null);
  return (
    <Stack gap="md">
      <WindowLine grid={data} />
      {data.actions.edit ? null : (
        <Alert color={data.window.isLocked ? 'orange' : 'gray'} variant="light" role="status">
          {data.window.isLocked ? t('entry.readOnlyLocked') : t('entry.readOnlyRole')}
        </Alert>
      )}
      {canReopen ? <ExceptionForm grid={data} /> : null}
      <EntryGrid grid={data} ratios={ratios} onDirtyChange={onDirtyChange} />
      <EntryExcelPanel gridId={gridId} canUpload={data.actions.edit} />
    </Stack>
  );
}

/** "Nhập số liệu": the grid of the unit for the reporting set of the chosen period. */
export function EntryTab({
  unit,
  period,
  onDirtyChange,
}: {
  unit: ShownUnit;
  period: string;
  onDirtyChange: (isDirty: boolean) => void;
}) {
  return (
    <WithReportingSet period={period}>
      {(set) => <EntryPanel unit={unit} period={period} set={set} onDirtyChange={onDirtyChange} />}
    </WithReportingSet>
  );
}
