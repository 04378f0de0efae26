import { type SQL, sql } from 'drizzle-orm';
import type { RegisterStatus } from '../../../shared/drill-kinds.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { AuditInput } from '../audit/record-audit.ts';
import { unitInScope } from '../units/unit-in-scope.ts';
import type { RegisterUnit } from './register-checks.ts';

/** The columns every planned register entry (a drill, a QP-AN class) has, as the services use them. */
export interface RegisterEntryRow {
  id: number;
  unitId: number;
  unitName: string;
  unitLevel: number;
  unitPath: string;
  unitValidFrom: string | null;
  unitValidTo: string | null;
  organiserAgencyId: number | null;
  organiserAgencyName: string | null;
  organiserText: string | null;
  status: RegisterStatus;
  notes: string | null;
  updatedAt: string;
}

/** Those columns as an entry's select reads them (ids and counts may come back as strings). */
export interface RawRegisterEntry {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_level: number;
  unit_path: string;
  unit_valid_from: string | null;
  unit_valid_to: string | null;
  organiser_agency_id: string | null;
  organiser_agency_name: string | null;
  organiser_text: string | null;
  status: RegisterStatus;
  notes: string | null;
  updated_at: string | Date;
  total: number;
}

/** The common columns of a selected entry, typed. */
export function toRegisterEntryRow(r: RawRegisterEntry): RegisterEntryRow {
  return {
    id: Number(r.id),
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    unitLevel: Number(r.unit_level),
    unitPath: r.unit_path,
    unitValidFrom: r.unit_valid_from,
    unitValidTo: r.unit_valid_to,
    organiserAgencyId: r.organiser_agency_id === null ? null : Number(r.organiser_agency_id),
    organiserAgencyName: r.organiser_agency_name,
    organiserText: r.organiser_text,
    status: r.status,
    notes: r.notes,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The unit an entry belongs to, as the placement rules need it. */
export function entryUnit(e: RegisterEntryRow): RegisterUnit {
  return {
    name: e.unitName,
    level: e.unitLevel,
    path: e.unitPath,
    validFrom: e.unitValidFrom,
    validTo: e.unitValidTo,
  };
}

/** Sets `updated_at` with a change, so lists and the audit agree on when an entry last changed. */
export const TOUCHED = { updatedAt: sql`now()` };

/** What the shared entry use-cases (cancel, delete) need to know of a register. */
export interface EntryRegister<Row extends RegisterEntryRow> {
  /** The entry table, also the name `lockUnchanged` locks. */
  table: 'drills' | 'training_classes';
  /** The entity type the audit log files the entry under. */
  entityType: string;
  /** One entry of the actor's subtree; 404 for anything else. */
  load(db: DbOrTx, actor: Actor, id: number): Promise<Row>;
  /** What the audit log keeps of an entry. */
  auditShape(row: Row): Record<string, unknown>;
  /** Deletes, in the caller's transaction, the rows that hang off an entry, and says what went. */
  deleteDependents?(tx: DbOrTx, entry: Row): Promise<AuditInput[]>;
}

/** The filters every register list takes: a unit's subtree (the actor's own unit by default), a year, a page. */
export interface EntryListQuery {
  unitId?: number;
  year?: number;
  page?: number;
  pageSize?: number;
}

/**
 * The conditions every register list starts from: the chosen unit's subtree (over u), and the year
 * the entry is filed under (`dateSql`), so the registers filter alike.
 */
export async function entryListConditions(
  db: DbOrTx,
  actor: Actor,
  query: EntryListQuery,
  dateSql: SQL,
): Promise<SQL[]> {
  const root = query.unitId ? await unitInScope(db, actor, query.unitId) : { path: actor.unitPath };
  const conditions = [sql`u.path <@ ${root.path}::ltree`];
  if (query.year)
    conditions.push(
      sql`${dateSql} between ${`${query.year}-01-01`}::date and ${`${query.year}-12-31`}::date`,
    );
  return conditions;
}

/** The page of a list: `limit` (an export) overrides the page size, 50 by default. */
export function entryPage(query: EntryListQuery, limit?: number): { limit: number; offset: number } {
  const pageSize = limit ?? query.pageSize ?? 50;
  return { limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize };
}
