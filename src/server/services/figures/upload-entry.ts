import type { TCellError } from '../../../shared/schemas/figures.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { parseEntryUpload } from './entry-workbook.ts';
import { getEntryGrid } from './get-entry-grid.ts';
import { saveEntry } from './save-entry.ts';

/** Saves a filled Excel template: every cell is checked, and any wrong cell (with its address) saves nothing. */
export async function uploadEntry(
  db: Db,
  clock: Clock,
  actor: Actor,
  buffer: Buffer,
): Promise<{ changed: number }> {
  const parsed = await parseEntryUpload(buffer, (ids) => getEntryGrid(db, clock, actor, ids));
  if (parsed.cells.length === 0) throw new AppError('validation_failed', 'Mẫu không có ô số liệu nào.');
  try {
    return await saveEntry(db, clock, actor, {
      unitId: parsed.unitId,
      setId: parsed.setId,
      period: parsed.period,
      cells: parsed.cells,
    });
  } catch (error) {
    const cells =
      error instanceof AppError ? (error.details as { cells?: TCellError[] } | undefined)?.cells : undefined;
    if (!cells) throw error;
    const located = cells.map((c) => {
      const address = parsed.addressOf(c.indicatorId, c.category);
      return { ...c, address, message: address ? `Ô ${address}: ${c.message}` : c.message };
    });
    throw new AppError('validation_failed', (error as AppError).message, { cells: located });
  }
}
