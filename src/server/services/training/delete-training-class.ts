import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { deleteEntry } from '../registers/delete-entry.ts';
import { TRAINING_CLASS_REGISTER } from './class-rows.ts';

/** Deletes a class entered by mistake: only a plan (a class held or called off stays on record). */
export async function deleteTrainingClass(db: Db, actor: Actor, id: number): Promise<void> {
  await deleteEntry(
    db,
    actor,
    TRAINING_CLASS_REGISTER,
    id,
    'Chỉ xóa được lớp chưa tổ chức; lớp đã tổ chức hoặc đã hủy được giữ lại làm hồ sơ.',
  );
}
