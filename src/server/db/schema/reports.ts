import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './types.ts';
import { units } from './units.ts';
import { users } from './users.ts';

/**
 * A periodic report form: its sections (headings and guidance), the indicators of its tables, the
 * levels that submit it, and per level the deadline and the recipient.
 */
export const reportForms = pgTable('report_forms', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  periodType: text('period_type').notNull(),
  /** [{ key, heading, guidance }] in order. */
  sections: jsonb('sections').notNull(),
  indicatorCodes: text('indicator_codes').array().notNull().default(sql`'{}'::text[]`),
  /** [{ level, deadline: { type: 'days_after_end', days } | { type: 'fixed', date }, recipient }] */
  levels: jsonb('levels').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One unit's report for one period: draft → submitted → returned | accepted. */
export const reports = pgTable(
  'reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    formId: bigint('form_id', { mode: 'number' })
      .notNull()
      .references(() => reportForms.id),
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    periodCode: text('period_code').notNull(),
    state: text('state').notNull().default('draft'),
    /** The number of the version being written (1 until the first return). */
    version: integer('version').notNull().default(1),
    /** { sectionKey: sanitised HTML } of the version being written. */
    narrative: jsonb('narrative').notNull().default(sql`'{}'::jsonb`),
    deadline: text('deadline'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    returnReason: text('return_reason'),
    /** Who signs the Word document ({ deputy, name }, see ZReportSigner); null until chosen. */
    signer: jsonb('signer'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('reports_form_unit_period_uq').on(t.formId, t.unitId, t.periodCode),
    index('reports_unit_idx').on(t.unitId),
    check('reports_state_ck', sql`${t.state} in ('draft', 'submitted', 'returned', 'accepted')`),
  ],
);

/** A frozen submission: the figures and text exactly as sent. */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: bigint('report_id', { mode: 'number' })
      .notNull()
      .references(() => reports.id),
    version: integer('version').notNull(),
    narrative: jsonb('narrative').notNull(),
    figures: jsonb('figures').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    isLate: boolean('is_late').notNull().default(false),
    signer: jsonb('signer'),
  },
  (t) => [unique('report_versions_uq').on(t.reportId, t.version)],
);

/** An uploaded file kept in the database: report attachments and register evidence alike. */
export const storedFileColumns = {
  fileName: text('file_name').notNull(),
  fileMime: text('file_mime').notNull(),
  fileSize: integer('file_size').notNull(),
  fileSha256: text('file_sha256').notNull(),
  fileData: bytea('file_data').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Evidence attached to a report. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: bigint('report_id', { mode: 'number' })
      .notNull()
      .references(() => reports.id),
    ...storedFileColumns,
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
);
