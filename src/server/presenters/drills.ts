import type { TDrill } from '../../shared/schemas/drills.ts';
import type { Actor } from '../auth/actor.ts';
import {
  canCancelRegisterEntry,
  canDeleteRegisterEntry,
  canUpdateRegisterEntry,
  canWriteRegister,
} from '../policies/registers.ts';
import type { DrillRow } from '../services/drills/drill-rows.ts';

/** A drill as the API shows it, with what the actor may do with it. */
export function presentDrill(actor: Actor, d: DrillRow): TDrill {
  const entry = { unitPath: d.unitPath, status: d.status };
  return {
    id: d.id,
    unit: { id: d.unitId, name: d.unitName, level: d.unitLevel },
    kind: d.kind,
    title: d.title,
    plannedFrom: d.plannedFrom,
    plannedTo: d.plannedTo,
    actualFrom: d.actualFrom,
    actualTo: d.actualTo,
    organiser: { agencyId: d.organiserAgencyId, agencyName: d.organiserAgencyName, text: d.organiserText },
    participants: d.participants,
    participantsTotal: d.participants.reduce((sum, p) => sum + p.count, 0),
    status: d.status,
    grade: d.grade,
    safe: d.safe,
    incidents: d.incidents,
    notes: d.notes,
    fileCount: d.fileCount,
    updatedAt: d.updatedAt,
    actions: {
      update: canUpdateRegisterEntry(actor, entry),
      recordResult: canUpdateRegisterEntry(actor, entry),
      cancel: canCancelRegisterEntry(actor, entry),
      delete: canDeleteRegisterEntry(actor, entry),
      upload: canWriteRegister(actor, { path: d.unitPath }),
    },
  };
}
