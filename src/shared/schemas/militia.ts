import { z } from 'zod';
import { MILITIA_FORCE_TYPES, type MilitiaForceType, militiaOnly, totalForce } from '../militia.ts';
import {
  checkPartOfWhole,
  viCount,
  ZHeadCount,
  ZRateTarget,
  ZRegisterNotes,
  ZRegisterYear,
} from './register-fields.ts';

/** The force by type: each type a count, or left out when the unit has none of it. */
export const ZMilitiaForces = z
  .object(
    Object.fromEntries(MILITIA_FORCE_TYPES.map((type) => [type, ZHeadCount.optional()])) as Record<
      MilitiaForceType,
      z.ZodOptional<typeof ZHeadCount>
    >,
  )
  .strict();

/** What a unit records for a year: aggregates only, never a person. */
export const ZMilitiaFields = z.object({
  forces: ZMilitiaForces,
  partyMembers: ZHeadCount,
  militiaPartyMembers: ZHeadCount,
  trainingSummoned: ZHeadCount,
  trainingAttended: ZHeadCount,
  /** Whether the commune has a military Party cell (chi bộ quân sự); only communes answer. */
  hasMilitaryPartyCell: z.boolean().nullable(),
  reservesAssigned: ZHeadCount,
  reservesMatchingSpecialty: ZHeadCount,
  notes: ZRegisterNotes,
});

const clean = (forces: z.infer<typeof ZMilitiaForces>) =>
  Object.fromEntries(Object.entries(forces).filter(([, v]) => v != null)) as Partial<
    Record<MilitiaForceType, number>
  >;

/**
 * Saving a unit's militia and reserve year. Parts never exceed their wholes: party members are
 * among the force (and those among dân quân among the dân quân part), the attended among the
 * summoned, the reservists in their specialty among those assigned.
 */
export const ZSaveMilitiaRequest = ZMilitiaFields.extend({
  unitId: z.number().int().positive(),
  year: ZRegisterYear,
}).superRefine((v, ctx) => {
  const forces = clean(v.forces);
  checkPartOfWhole(
    ctx,
    v.partyMembers,
    totalForce(forces),
    'partyMembers',
    (p, w) => `Số đảng viên (${viCount(p)}) không được lớn hơn tổng quân số DQTV (${viCount(w)}).`,
  );
  checkPartOfWhole(
    ctx,
    v.militiaPartyMembers,
    v.partyMembers,
    'militiaPartyMembers',
    (p, w) =>
      `Số đảng viên trong dân quân (${viCount(p)}) không được lớn hơn tổng số đảng viên (${viCount(w)}).`,
  );
  checkPartOfWhole(
    ctx,
    v.militiaPartyMembers,
    militiaOnly(forces),
    'militiaPartyMembers',
    (p, w) =>
      `Số đảng viên trong dân quân (${viCount(p)}) không được lớn hơn quân số dân quân (${viCount(w)}).`,
  );
  checkPartOfWhole(
    ctx,
    v.trainingAttended,
    v.trainingSummoned,
    'trainingAttended',
    (p, w) => `Số tham gia huấn luyện (${viCount(p)}) không được lớn hơn số được triệu tập (${viCount(w)}).`,
  );
  checkPartOfWhole(
    ctx,
    v.reservesMatchingSpecialty,
    v.reservesAssigned,
    'reservesMatchingSpecialty',
    (p, w) =>
      `Số xếp đúng chuyên nghiệp quân sự (${viCount(p)}) không được lớn hơn số đã sắp xếp (${viCount(w)}).`,
  );
});
export type TSaveMilitiaRequest = z.infer<typeof ZSaveMilitiaRequest>;

/** The counts of a subtree (a unit's own row and every row below it); null where nobody entered one. */
export const ZMilitiaCounts = z.object({
  forces: z.record(z.string(), z.number()),
  totalForce: z.number().nullable(),
  partyMembers: z.number().nullable(),
  militiaPartyMembers: z.number().nullable(),
  trainingSummoned: z.number().nullable(),
  trainingAttended: z.number().nullable(),
  reservesAssigned: z.number().nullable(),
  reservesMatchingSpecialty: z.number().nullable(),
  /** Communes in force at the year's end, and how many of them have a military Party cell. */
  communes: z.number(),
  communesWithPartyCell: z.number(),
});
export type TMilitiaCounts = z.infer<typeof ZMilitiaCounts>;

/** Rates of a subtree, in %: Σ parts ÷ Σ wholes, never a mean of rates. */
export const ZMilitiaRates = z.object({
  partyMembers: z.number().nullable(),
  militiaPartyMembers: z.number().nullable(),
  trainingAttendance: z.number().nullable(),
  matchingSpecialty: z.number().nullable(),
  partyCell: z.number().nullable(),
});
export type TMilitiaRates = z.infer<typeof ZMilitiaRates>;

/** One unit's line: what it entered itself, the totals and rates of its subtree. */
export const ZMilitiaRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  level: z.number(),
  isCommune: z.boolean(),
  hasChildren: z.boolean(),
  /** What the unit entered itself; null when it has entered nothing for the year. */
  own: z
    .object({
      forces: z.record(z.string(), z.number()),
      partyMembers: z.number().nullable(),
      militiaPartyMembers: z.number().nullable(),
      trainingSummoned: z.number().nullable(),
      trainingAttended: z.number().nullable(),
      hasMilitaryPartyCell: z.boolean().nullable(),
      reservesAssigned: z.number().nullable(),
      reservesMatchingSpecialty: z.number().nullable(),
      notes: z.string().nullable(),
    })
    .nullable(),
  updatedAt: z.string().nullable(),
  totals: ZMilitiaCounts,
  rates: ZMilitiaRates,
  actions: z.object({ edit: z.boolean() }),
});
export type TMilitiaRow = z.infer<typeof ZMilitiaRow>;

/** A unit's militia and reserve year: its line, its sub-units' lines, and the targets of the rates. */
export const ZMilitiaYear = z.object({
  year: z.number(),
  unit: ZMilitiaRow,
  children: z.array(ZMilitiaRow),
  targets: z.object({
    partyMembers: ZRateTarget,
    trainingAttendance: ZRateTarget,
    matchingSpecialty: ZRateTarget,
    partyCell: ZRateTarget,
  }),
});
export type TMilitiaYear = z.infer<typeof ZMilitiaYear>;
