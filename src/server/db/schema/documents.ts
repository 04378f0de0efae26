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
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies } from './agencies.ts';
import { bytea } from './types.ts';
import { units } from './units.ts';
import { users } from './users.ts';

/**
 * A registered document: its reviewed metadata, its text, the extraction as the person confirmed
 * it, and the original file with its hash. `classification = 'mat'` hides body and file from
 * users whose role does not allow it.
 */
export const documents = pgTable(
  'documents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The unit whose subtree may see the document (the issuer's unit, or the registering unit). */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    issuerAgencyId: bigint('issuer_agency_id', { mode: 'number' }).references(() => agencies.id),
    number: text('number'),
    kind: text('kind'),
    kindName: text('kind_name'),
    issuedOn: date('issued_on', { mode: 'string' }),
    place: text('place'),
    subject: text('subject'),
    issuerText: text('issuer_text'),
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    body: text('body').notNull(),
    extraction: jsonb('extraction').notNull(),
    classification: text('classification').notNull().default('thuong'),
    /** 'draft' (being reviewed), 'confirmed' (reviewed by a person), 'unreviewed' (bulk import, chưa rà soát). */
    reviewState: text('review_state').notNull().default('draft'),
    fileName: text('file_name'),
    fileMime: text('file_mime'),
    fileSize: integer('file_size'),
    fileSha256: text('file_sha256'),
    fileData: bytea('file_data'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    index('documents_unit_idx').on(t.unitId),
    index('documents_kind_number_idx').on(t.kind, t.number),
    index('documents_search_trgm').using(
      'gin',
      sql`f_unaccent(lower(coalesce(${t.number}, '') || ' ' || coalesce(${t.subject}, '') || ' ' || ${t.body})) gin_trgm_ops`,
    ),
    check('documents_classification_ck', sql`${t.classification} in ('thuong', 'mat')`),
    check('documents_review_state_ck', sql`${t.reviewState} in ('draft', 'confirmed', 'unreviewed')`),
  ],
);

/** A citation as written, resolved to a registered document when one matches kind + number (+ date). */
export const documentCitations = pgTable(
  'document_citations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind'),
    number: text('number').notNull(),
    /** Number normalised for matching: no spaces, upper case. */
    numberKey: text('number_key').notNull(),
    citedOn: date('cited_on', { mode: 'string' }),
    issuerText: text('issuer_text'),
    subject: text('subject'),
    isBasis: boolean('is_basis').notNull().default(false),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    resolvedDocumentId: bigint('resolved_document_id', { mode: 'number' }).references(() => documents.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    index('document_citations_document_idx').on(t.documentId),
    index('document_citations_key_idx').on(t.numberKey),
    index('document_citations_resolved_idx').on(t.resolvedDocumentId),
  ],
);

/**
 * Work given to an agency by a document: lead agency, due date or recurrence, the span it came
 * from. Status (chưa đến hạn / quá hạn / hoàn thành đúng hạn / trễ hạn) is derived, never stored.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: bigint('document_id', { mode: 'number' }).references(() => documents.id),
    parentTaskId: bigint('parent_task_id', { mode: 'number' }),
    /** The lead agency's unit: scope follows it. */
    unitId: bigint('unit_id', { mode: 'number' })
      .notNull()
      .references(() => units.id),
    leadAgencyId: bigint('lead_agency_id', { mode: 'number' })
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    description: text('description'),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    dueOn: date('due_on', { mode: 'string' }),
    recurrence: text('recurrence').notNull().default('once'),
    progressPercent: integer('progress_percent').notNull().default(0),
    completedOn: date('completed_on', { mode: 'string' }),
    completionConfirmedBy: uuid('completion_confirmed_by').references(() => users.id),
    completionConfirmedAt: timestamp('completion_confirmed_at', { withTimezone: true }),
    /** The lower unit's document that implements this task, when one is registered. */
    implementingDocumentId: bigint('implementing_document_id', { mode: 'number' }).references(
      () => documents.id,
    ),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_unit_idx').on(t.unitId),
    index('tasks_lead_idx').on(t.leadAgencyId),
    index('tasks_document_idx').on(t.documentId),
    index('tasks_parent_idx').on(t.parentTaskId),
    index('tasks_due_idx').on(t.dueOn),
    check('tasks_recurrence_ck', sql`${t.recurrence} in ('once', 'year', 'half_year', 'quarter', 'month')`),
    check('tasks_progress_ck', sql`${t.progressPercent} between 0 and 100`),
  ],
);

/** Agencies that support (phối hợp) a task. */
export const taskSupportAgencies = pgTable(
  'task_support_agencies',
  {
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    agencyId: bigint('agency_id', { mode: 'number' })
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.agencyId] })],
);

/** A progress report on a task by its lead agency. */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    percent: integer('percent').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_updates_task_idx').on(t.taskId)],
);

/** An in-app notification; `dedupeKey` makes the daily job idempotent across runs and instances. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
