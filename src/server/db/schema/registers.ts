import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { tasks } from './documents.ts';
import { reports, storedFileColumns } from './reports.ts';
import { units } from './units.ts';
import { users } from './users.ts';

const audited = {
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A drill (diễn tập) held by a unit: its kind, planned and actual dates, organiser, participants
 * by force, grade and safety. Completed drills are what the drill indicators count.
 */
export const drills = pgTable(
  'drills',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    /** kvpt_tinh, kvpt_huyen (old data), chien_dau_xa, ptds_thien_tai, ptds_cuu_nan, ptds_chay_rung, ptds_dich_benh, ptds_khac */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    plannedFrom: date('planned_from', { mode: 'string' }).notNull(),
    plannedTo: date('planned_to', { mode: 'string' }).notNull(),
    actualFrom: date('actual_from', { mode: 'string' }),
    actualTo: date('actual_to', { mode: 'string' }),
    organiserAgencyId: bigint('organiser_agency_id', { mode: 'number' }).references(() => agencies.id),
    organiserText: text('organiser_text'),
    /** [{ force, count }]: e.g. dân quân, dự bị động viên, công an, nhân dân. */
    participants: jsonb('participants').notNull().default(sql`'[]'::jsonb`),
    /** planned → done | cancelled */
    status: text('status').notNull().default('planned'),
    /** xuat_sac, gioi, kha, dat, khong_dat (when done) */
    grade: text('grade'),
    /** true = "an toàn tuyệt đối"; false = incidents described in `incidents`. */
    safe: boolean('safe'),
    incidents: text('incidents'),
    notes: text('notes'),
    ...audited,
  },
  (t) => [
    index('drills_unit_idx').on(t.unitId),
    index('drills_planned_idx').on(t.plannedFrom),
    check('drills_status_ck', sql`${t.status} in ('planned', 'done', 'cancelled')`),
    check(
      'drills_grade_ck',
      sql`${t.grade} is null or ${t.grade} in ('xuat_sac', 'gioi', 'kha', 'dat', 'khong_dat')`,
    ),
    check('drills_dates_ck', sql`${t.plannedFrom} <= ${t.plannedTo}`),
    check(
      'drills_actual_ck',
      sql`${t.actualFrom} is null or ${t.actualTo} is null or ${t.actualFrom} <= ${t.actualTo}`,
    ),
    check(
      'drills_done_ck',
      sql`${t.status} <> 'done' or (${t.actualFrom} is not null and ${t.grade} is not null and ${t.safe} is not null)`,
    ),
  ],
);

/** Evidence of a drill (plan, minutes, photos), kept in the database like other uploads. */
export const drillFiles = pgTable(
  'drill_files',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    drillId: bigint('drill_id', { mode: 'number' })
      .notNull()
      .references(() => drills.id),
    ...storedFileColumns,
  },
  (t) => [index('drill_files_drill_idx').on(t.drillId)],
);

/** A multi-year plan of which communes hold their defence-combat drill in which year. */
export const drillRotationPlans = pgTable(
  'drill_rotation_plans',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The unit whose communes rotate (a province). */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    termFrom: integer('term_from').notNull(),
    termTo: integer('term_to').notNull(),
    minShare: numeric('min_share', { mode: 'number' }).notNull().default(0.2),
    maxShare: numeric('max_share', { mode: 'number' }).notNull().default(0.25),
    ...audited,
  },
  (t) => [
    unique('drill_rotation_plans_term_uq').on(t.unitId, t.termFrom, t.termTo),
    check('drill_rotation_plans_term_ck', sql`${t.termFrom} <= ${t.termTo}`),
    check(
      'drill_rotation_plans_share_ck',
      sql`0 <= ${t.minShare} and ${t.minShare} <= ${t.maxShare} and ${t.maxShare} <= 1`,
    ),
  ],
);

/** One commune's year in a rotation plan. */
export const drillRotationEntries = pgTable(
  'drill_rotation_entries',
  {
    planId: bigint('plan_id', { mode: 'number' })
      .notNull()
      .references(() => drillRotationPlans.id),
    communeId: bigint('commune_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.communeId] }),
    index('drill_rotation_entries_year_idx').on(t.planId, t.year),
  ],
);

/**
 * A class of "bồi dưỡng kiến thức QP-AN" for one group (đối tượng 1–4 or another group): planned
 * and actual participants. The share trained is computed against `trainingPopulations`.
 */
export const trainingClasses = pgTable(
  'training_classes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    /** dt1, dt2, dt3, dt4, or 'khac' with `audienceNote` (chức sắc, tôn giáo, người có uy tín …). */
    audience: text('audience').notNull(),
    audienceNote: text('audience_note'),
    organiserAgencyId: bigint('organiser_agency_id', { mode: 'number' }).references(() => agencies.id),
    organiserText: text('organiser_text'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    plannedParticipants: integer('planned_participants').notNull(),
    actualParticipants: integer('actual_participants'),
    /** planned → done | cancelled */
    status: text('status').notNull().default('planned'),
    notes: text('notes'),
    ...audited,
  },
  (t) => [
    index('training_classes_unit_idx').on(t.unitId),
    index('training_classes_starts_idx').on(t.startsOn),
    check('training_classes_status_ck', sql`${t.status} in ('planned', 'done', 'cancelled')`),
    check('training_classes_audience_ck', sql`${t.audience} in ('dt1', 'dt2', 'dt3', 'dt4', 'khac')`),
    check('training_classes_dates_ck', sql`${t.startsOn} <= ${t.endsOn}`),
    check(
      'training_classes_counts_ck',
      sql`${t.plannedParticipants} >= 0 and (${t.actualParticipants} is null or ${t.actualParticipants} >= 0)`,
    ),
    check('training_classes_done_ck', sql`${t.status} <> 'done' or ${t.actualParticipants} is not null`),
  ],
);

/** How many people of a group a unit must have trained in a year (the denominator of the share). */
export const trainingPopulations = pgTable(
  'training_populations',
  {
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    audience: text('audience').notNull(),
    persons: integer('persons').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year, t.audience] }),
    check('training_populations_audience_ck', sql`${t.audience} in ('dt1', 'dt2', 'dt3', 'dt4')`),
    check('training_populations_persons_ck', sql`${t.persons} >= 0`),
  ],
);

/**
 * A unit's conscription year (tuyển quân): the quota assigned to it (split from its parent's) and
 * the counts of each legal step, January list to the February–March handover.
 */
export const conscriptionYears = pgTable(
  'conscription_years',
  {
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    /** The year of the handover (giao quân). */
    year: integer('year').notNull(),
    quota: integer('quota'),
    /** Men turning 17 listed in January, registered in April, examined in Nov–Dec, fit, handed over. */
    listed17: integer('listed_17'),
    registered: integer('registered'),
    examined: integer('examined'),
    fit: integer('fit'),
    handedOver: integer('handed_over'),
    handoverOn: date('handover_on', { mode: 'string' }),
    notes: text('notes'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year] }),
    check(
      'conscription_years_nonnegative_ck',
      sql`coalesce(${t.quota}, 0) >= 0 and coalesce(${t.listed17}, 0) >= 0 and coalesce(${t.registered}, 0) >= 0
          and coalesce(${t.examined}, 0) >= 0 and coalesce(${t.fit}, 0) >= 0 and coalesce(${t.handedOver}, 0) >= 0`,
    ),
  ],
);

/**
 * A unit's militia (DQTV) and reserve (DBĐV) figures for a year: aggregates only, never personal
 * records. `forces` holds the militia size by type so new types need no migration.
 */
export const militiaYears = pgTable(
  'militia_years',
  {
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    /** { thuong_truc, co_dong, tai_cho, bien, phong_khong, phao_binh, trinh_sat, thong_tin, cong_binh, phong_hoa, y_te, tu_ve }: counts */
    forces: jsonb('forces').notNull().default(sql`'{}'::jsonb`),
    partyMembers: integer('party_members'),
    militiaPartyMembers: integer('militia_party_members'),
    trainingSummoned: integer('training_summoned'),
    trainingAttended: integer('training_attended'),
    hasMilitaryPartyCell: boolean('has_military_party_cell'),
    reservesAssigned: integer('reserves_assigned'),
    reservesMatchingSpecialty: integer('reserves_matching_specialty'),
    notes: text('notes'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** A review conference (sơ kết / tổng kết) of a unit for a period, linked to its report. */
export const conferences = pgTable(
  'conferences',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    /** so_ket | tong_ket */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    periodCode: text('period_code').notNull(),
    reportId: bigint('report_id', { mode: 'number' }).references(() => reports.id),
    dueOn: date('due_on', { mode: 'string' }),
    heldOn: date('held_on', { mode: 'string' }),
    /** "½ ngày", "01 ngày": as the plan words it. */
    duration: text('duration'),
    chair: text('chair'),
    location: text('location'),
    /** planned → held | cancelled */
    status: text('status').notNull().default('planned'),
    /** How many collectives and individuals the conference may propose for awards. */
    awardQuotaCollective: integer('award_quota_collective'),
    awardQuotaIndividual: integer('award_quota_individual'),
    ...audited,
  },
  (t) => [
    index('conferences_unit_idx').on(t.unitId),
    check('conferences_kind_ck', sql`${t.kind} in ('so_ket', 'tong_ket')`),
    check('conferences_status_ck', sql`${t.status} in ('planned', 'held', 'cancelled')`),
  ],
);

/** Who attends a conference: an agency or a named person, and in what role. */
export const conferenceParticipants = pgTable(
  'conference_participants',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conferenceId: bigint('conference_id', { mode: 'number' })
      .notNull()
      .references(() => conferences.id),
    agencyId: bigint('agency_id', { mode: 'number' }).references(() => agencies.id),
    name: text('name').notNull(),
    /** chu_tri, bao_cao, tham_luan, du */
    role: text('role').notNull().default('du'),
  },
  (t) => [index('conference_participants_conference_idx').on(t.conferenceId)],
);

/** A conclusion of a conference; it may become a task for the next period. */
export const conferenceConclusions = pgTable(
  'conference_conclusions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conferenceId: bigint('conference_id', { mode: 'number' })
      .notNull()
      .references(() => conferences.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    taskId: bigint('task_id', { mode: 'number' }).references(() => tasks.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conference_conclusions_conference_idx').on(t.conferenceId)],
);

/**
 * A nomination for an award (khen thưởng): a collective (agency or unit) or a person, the award
 * form and level, the achievements and the register entries that evidence them, and where it is
 * in the workflow: proposed by the unit → reviewed → approved or rejected by the granting level.
 */
export const awardProposals = pgTable(
  'award_proposals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The unit that proposes. */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    conferenceId: bigint('conference_id', { mode: 'number' }).references(() => conferences.id),
    /** collective | individual */
    nomineeKind: text('nominee_kind').notNull(),
    nomineeAgencyId: bigint('nominee_agency_id', { mode: 'number' }).references(() => agencies.id),
    nomineeUnitId: bigint('nominee_unit_id', { mode: 'number' }).references(() => units.id),
    nomineeName: text('nominee_name').notNull(),
    nomineePosition: text('nominee_position'),
    nomineeOrganisation: text('nominee_organisation'),
    /** A code of the award catalogue (form + level + granting authority). */
    awardCode: text('award_code').notNull(),
    /** The unit whose level grants the award (e.g. the province for a Bằng khen of its chair). */
    grantingUnitId: bigint('granting_unit_id', { mode: 'number' }).references(() => units.id),
    achievements: text('achievements').notNull(),
    /** [{ kind: 'drill' | 'training_class' | 'report' | 'conscription', id, label }] */
    evidence: jsonb('evidence').notNull().default(sql`'[]'::jsonb`),
    /** proposed → reviewed → approved | rejected */
    state: text('state').notNull().default('proposed'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    ...audited,
  },
  (t) => [
    index('award_proposals_unit_idx').on(t.unitId),
    index('award_proposals_conference_idx').on(t.conferenceId),
    check('award_proposals_kind_ck', sql`${t.nomineeKind} in ('collective', 'individual')`),
    check('award_proposals_state_ck', sql`${t.state} in ('proposed', 'reviewed', 'approved', 'rejected')`),
  ],
);
