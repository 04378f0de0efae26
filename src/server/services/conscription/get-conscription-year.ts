import { sql } from 'drizzle-orm';
import {
  type ConscriptionStep,
  conscriptionCalendar,
  figureYearOf,
  isInHandoverWindow,
  stepState,
} from '../../../shared/conscription-calendar.ts';
import { percentOf } from '../../../shared/militia.ts';
import type {
  TConscriptionCounts,
  TConscriptionRow,
  TConscriptionYear,
} from '../../../shared/schemas/conscription.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { DbOrTx } from '../../db/client.ts';
import { canEnterConscriptionSteps, canSetOwnQuota, canSplitQuota } from '../../policies/conscription.ts';
import { unitTargets } from '../targets/unit-targets.ts';
import { isUnder, type RegisterUnit, registerUnits } from '../units/register-units.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import { type ConscriptionRecord, selectConscriptionRecords } from './conscription-rows.ts';

const COUNT_FIELDS = ['listed17', 'registered', 'examined', 'fit', 'handedOver'] as const;

/** The count each calendar step is judged done by. */
const STEP_FIELD: Record<ConscriptionStep, (typeof COUNT_FIELDS)[number]> = {
  list: 'listed17',
  registration: 'registered',
  examination: 'examined',
  handover: 'handedOver',
};

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Σ of the rows in a subtree; the quota counts only where it is not split further (see figures). */
function subtreeCounts(records: ConscriptionRecord[], root: string): TConscriptionCounts {
  const counts: TConscriptionCounts = {
    quota: null,
    listed17: null,
    registered: null,
    examined: null,
    fit: null,
    handedOver: null,
  };
  for (const r of records) {
    if (!isUnder(r.path, root)) continue;
    if (!r.isSplit) counts.quota = add(counts.quota, r.quota);
    for (const field of COUNT_FIELDS) counts[field] = add(counts[field], r[field]);
  }
  return counts;
}

function presentRow(
  actor: Actor,
  unit: RegisterUnit,
  year: number,
  records: ConscriptionRecord[],
): TConscriptionRow {
  const own = records.find((r) => r.unitId === unit.id);
  const totals = subtreeCounts(records, unit.path);
  const handoverOn = own?.handoverOn ?? null;
  return {
    unitId: unit.id,
    unitName: unit.name,
    level: unit.level,
    hasChildren: unit.hasChildren,
    quota: own?.quota ?? null,
    listed17: own?.listed17 ?? null,
    registered: own?.registered ?? null,
    examined: own?.examined ?? null,
    fit: own?.fit ?? null,
    handedOver: own?.handedOver ?? null,
    handoverOn,
    notes: own?.notes ?? null,
    updatedAt: own?.updatedAt ?? null,
    totals,
    fulfilmentPercent: percentOf(totals.handedOver, totals.quota),
    handoverOutsideWindow: handoverOn !== null && !isInHandoverWindow(year, handoverOn),
    actions: { editSteps: canEnterConscriptionSteps(actor, unit) },
  };
}

/**
 * A unit's conscription year: its line and the lines of the units under it (each with its own
 * entries and its subtree's totals), how the quota is split, the registration and fulfilment
 * rates against their targets, and the legal calendar with each step's state today.
 */
export async function getConscriptionYear(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  query: { unitId: number; year: number },
): Promise<TConscriptionYear> {
  const { year } = query;
  const scoped = await unitInScope(db, actor, query.unitId);
  const calendar = conscriptionCalendar(year);
  const handover = calendar.find((w) => w.step === 'handover')!;
  const units = await registerUnits(
    db,
    scoped.id,
    { table: 'conscription_years', year },
    { from: handover.from, to: handover.to },
  );
  const self = units.find((u) => u.id === scoped.id) ?? { ...scoped, parentId: null, hasChildren: false };
  const children = units.filter((u) => u.id !== scoped.id);
  const records = await selectConscriptionRecords(db, year, sql`u.path <@ ${scoped.path}::ltree`);
  const unit = presentRow(actor, self, year, records);
  const childRows = children.map((c) => presentRow(actor, c, year, records));
  const allocated = childRows.reduce<number | null>((sum, c) => add(sum, c.quota), null);

  // A step is done when every unit that carries it out has entered its count: the units under
  // this one, or the unit itself when nothing lies under it.
  const doers = childRows.length > 0 ? childRows : [unit];
  const today = todayIn(clock);
  // Each rate's target belongs to the year its figures are filed under.
  const { TQ_TY_LE: fulfilment } = await unitTargets(db, scoped, String(figureYearOf('handover', year)), [
    'TQ_TY_LE',
  ] as const);
  const { NVQS_TY_LE_DANG_KY: registration } = await unitTargets(
    db,
    scoped,
    String(figureYearOf('registration', year)),
    ['NVQS_TY_LE_DANG_KY'] as const,
  );
  const isQuotaFromAbove =
    self.parentId !== null &&
    (await selectConscriptionRecords(db, year, sql`c.unit_id = ${self.parentId} and c.quota is not null`))
      .length > 0;
  return {
    year,
    today,
    unit,
    children: childRows,
    split: {
      quota: unit.quota,
      allocated,
      isBalanced: allocated === null || allocated === unit.quota,
    },
    registrationPercent: percentOf(unit.totals.registered, unit.totals.listed17),
    targets: { fulfilment, registration },
    calendar: calendar.map((window) => {
      const doneUnits = doers.filter((d) => d.totals[STEP_FIELD[window.step]] !== null).length;
      return {
        ...window,
        state: stepState(window, today, doneUnits === doers.length),
        doneUnits,
        totalUnits: doers.length,
      };
    }),
    actions: {
      setQuota: canSetOwnQuota(actor, scoped) && !isQuotaFromAbove,
      splitQuota: childRows.length > 0 && canSplitQuota(actor, scoped),
    },
  };
}
