import type { TAgency } from '../../shared/schemas/units.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageUnit } from '../policies/units.ts';

/** An agency with what the actor may do with it. */
export function presentAgency(
  actor: Actor,
  agency: {
    id: number;
    unitId: number;
    kind: TAgency['kind'];
    name: string;
    shortName: string;
    aliases: string[];
  },
  unitPath: string,
): TAgency {
  return {
    id: agency.id,
    unitId: agency.unitId,
    kind: agency.kind,
    name: agency.name,
    shortName: agency.shortName,
    aliases: agency.aliases,
    actions: { update: canManageUnit(actor, { path: unitPath }) },
  };
}
