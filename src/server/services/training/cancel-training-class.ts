import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { cancelEntry } from '../registers/cancel-entry.ts';
import { TRAINING_CLASS_REGISTER, type TrainingClassRow } from './class-rows.ts';

/** Calls off a planned class; the reason joins its notes and the entry stays on record. */
export async function cancelTrainingClass(
  db: Db,
  actor: Actor,
  id: number,
  reason: string,
): Promise<TrainingClassRow> {
  return cancelEntry(db, actor, TRAINING_CLASS_REGISTER, id, reason, {
    done: 'Lớp bồi dưỡng đã tổ chức, không hủy được.',
    cancelled: 'Lớp bồi dưỡng đã được hủy trước đó.',
  });
}
