import type { TUnitDetail, TUnitSummary } from '../../shared/schemas/units.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageUnit, canManageUsers } from '../policies/units.ts';
import type { UnitWithRelations } from '../services/units/get-unit.ts';
import type { UnitListRow } from '../services/units/list-units.ts';
import { presentAgency } from './agencies.ts';

/** A unit in a list: no path internals. */
export function presentUnitSummary(unit: UnitListRow): TUnitSummary {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: unit.level,
    parentId: unit.parentId,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    childCount: unit.childCount,
  };
}

/** A unit's page, with what the actor may do there. */
export function presentUnitDetail(actor: Actor, unit: UnitWithRelations): TUnitDetail {
  return {
    ...presentUnitSummary(unit),
    path: unit.ancestors,
    predecessors: unit.predecessors,
    successors: unit.successors,
    agencies: unit.agencies.map((a) => presentAgency(actor, a, unit.path)),
    actions: { manageAgencies: canManageUnit(actor, unit), manageUsers: canManageUsers(actor, unit) },
  };
}
