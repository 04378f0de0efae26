import type { TTrainingClass } from '../../shared/schemas/training.ts';
import type { Actor } from '../auth/actor.ts';
import {
  canCancelRegisterEntry,
  canDeleteRegisterEntry,
  canUpdateRegisterEntry,
} from '../policies/registers.ts';
import type { TrainingClassRow } from '../services/training/class-rows.ts';

/** A QP-AN class as the API shows it, with what the actor may do with it. */
export function presentTrainingClass(actor: Actor, c: TrainingClassRow): TTrainingClass {
  const entry = { unitPath: c.unitPath, status: c.status };
  return {
    id: c.id,
    unit: { id: c.unitId, name: c.unitName, level: c.unitLevel },
    title: c.title,
    audience: c.audience,
    audienceNote: c.audienceNote,
    organiser: { agencyId: c.organiserAgencyId, agencyName: c.organiserAgencyName, text: c.organiserText },
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    plannedParticipants: c.plannedParticipants,
    actualParticipants: c.actualParticipants,
    status: c.status,
    notes: c.notes,
    updatedAt: c.updatedAt,
    actions: {
      update: canUpdateRegisterEntry(actor, entry),
      recordResult: canUpdateRegisterEntry(actor, entry),
      cancel: canCancelRegisterEntry(actor, entry),
      delete: canDeleteRegisterEntry(actor, entry),
    },
  };
}
