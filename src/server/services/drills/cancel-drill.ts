import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { cancelEntry } from '../registers/cancel-entry.ts';
import { DRILL_REGISTER, type DrillRow } from './drill-rows.ts';

/** Calls off a planned drill; the reason joins its notes and the entry stays on record. */
export async function cancelDrill(db: Db, actor: Actor, id: number, reason: string): Promise<DrillRow> {
  return cancelEntry(db, actor, DRILL_REGISTER, id, reason, {
    done: 'Cuộc diễn tập đã tổ chức, không hủy được.',
    cancelled: 'Cuộc diễn tập đã được hủy trước đó.',
  });
}
