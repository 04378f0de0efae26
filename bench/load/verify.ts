import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/query-rows.ts';
import { FIGURE_PERIOD, type Seed } from './seed.ts';
import type { WriteKind, WriteRecord } from './users.ts';

/** The outcome of comparing the answers the users got with what the database holds. */
export interface WriteCheck {
  lost: number;
  doubled: number;
  /** One line per finding, empty when everything matches. */
  problems: string[];
  /** What was written, for the summary. */
  summary: string;
}

const AUDIT_OF: Record<WriteKind, { entityType: string; action: string | null }> = {
  figures: { entityType: 'data_value', action: null },
  open: { entityType: 'report', action: 'create' },
  narrative: { entityType: 'report', action: 'edit' },
  submit: { entityType: 'report', action: 'submit' },
};

const key = (...parts: (string | number)[]) => parts.join('|');

/**
 * Checks, after the server has stopped, that every acknowledged write is in the database exactly
 * once and nothing else is: audit rows per request id (the server stores the request id the
 * bench sent), each user's own cells hold its last acknowledged values, the province totals equal
 * the sum of the commune cells, and every acknowledged submit left one frozen version.
 */
export async function checkWrites(
  database: Database,
  seed: Seed,
  ledger: Map<string, WriteRecord>,
): Promise<WriteCheck> {
  const db = database.db;
  let lost = 0;
  let doubled = 0;
  const problems: string[] = [];
  const problem = (line: string) => {
    if (problems.length < 20) problems.push(line);
  };

  // 1. Audit rows per request: the transaction that writes also writes these, so they count writes.
  const audit = await queryRows<{ request_id: string; entity_type: string; action: string; n: number }>(
    db,
    sql`select request_id, entity_type, action, count(*)::int as n from audit_log
         where request_id like 'lb.%' group by request_id, entity_type, action`,
  );
  const rowsOf = new Map<string, number>();
  const matchedOf = new Map<string, number>();
  for (const a of audit) {
    rowsOf.set(a.request_id, (rowsOf.get(a.request_id) ?? 0) + a.n);
    const record = ledger.get(a.request_id);
    const expected = record ? AUDIT_OF[record.kind] : null;
    if (
      expected &&
      a.entity_type === expected.entityType &&
      (!expected.action || a.action === expected.action)
    ) {
      matchedOf.set(a.request_id, (matchedOf.get(a.request_id) ?? 0) + a.n);
    }
  }
  for (const [requestId, n] of rowsOf) {
    const record = ledger.get(requestId);
    if (!record) {
      doubled += n;
      problem(`${requestId}: ${n} audit rows for a request that was not a write`);
    } else if ((matchedOf.get(requestId) ?? 0) !== n) {
      doubled += n - (matchedOf.get(requestId) ?? 0);
      problem(`${requestId}: audit rows of another kind than its ${record.kind}`);
    }
  }
  const counts = { figures: 0, cells: 0, open: 0, narrative: 0, submit: 0, failed: 0, unanswered: 0 };
  for (const [requestId, record] of ledger) {
    const found = matchedOf.get(requestId) ?? 0;
    const full = record.kind === 'figures' ? record.cells!.length : 1;
    if (record.outcome === 'ok') {
      // Opening finds the report when it exists already: then it writes nothing.
      const expected = record.kind === 'open' ? found && 1 : full;
      if (record.kind === 'figures') {
        counts.figures += 1;
        counts.cells += full;
        if (record.changed !== full) {
          lost += full - (record.changed ?? 0);
          problem(`${requestId}: the server changed ${record.changed} of ${full} new values`);
        }
      } else counts[record.kind] += 1;
      if (found < expected) {
        lost += expected - found;
        problem(`${requestId}: ${record.kind} acknowledged, ${found} of ${expected} rows written`);
      } else if (found > expected) {
        doubled += found - expected;
        problem(
          `${requestId}: ${record.kind} acknowledged once, ${found} rows written (expected ${expected})`,
        );
      }
    } else {
      counts[record.outcome === 'failed' ? 'failed' : 'unanswered'] += 1;
      // Refused: nothing may be written. Never answered: all of it or none of it.
      const limit = record.outcome === 'failed' ? 0 : full;
      if (found > limit) {
        doubled += found - limit;
        problem(`${requestId}: ${record.kind} ${record.outcome}, yet ${found} rows written`);
      } else if (found > 0 && found < full) {
        lost += full - found;
        problem(`${requestId}: ${record.kind} ${record.outcome}, only ${found} of ${full} rows written`);
      }
    }
  }

  // 2. Each officer's own cells hold the values of its last acknowledged save.
  const values = await queryRows<{ unit_id: string; indicator_id: string; category: string; value: number }>(
    db,
    sql`select unit_id, indicator_id, category, value::float8 as value from data_values where period_code = ${FIGURE_PERIOD}`,
  );
  const stored = new Map(values.map((v) => [key(v.unit_id, v.indicator_id, v.category), v.value]));
  const lastOk = new Map<number, WriteRecord>();
  const unanswered = new Map<number, WriteRecord[]>();
  for (const record of ledger.values()) {
    if (record.kind !== 'figures') continue;
    const u = record.user.index;
    if (record.outcome === 'ok' && (lastOk.get(u)?.seq ?? -1) < record.seq) lastOk.set(u, record);
    // A save the user gave up on may still commit, even after a later one: either value is right.
    if (record.outcome === 'unanswered') unanswered.set(u, [...(unanswered.get(u) ?? []), record]);
  }
  const written = new Set<string>();
  for (const [u, record] of lastOk) {
    const candidates = [record, ...(unanswered.get(u) ?? [])];
    for (const [i, cell] of record.cells!.entries()) {
      written.add(key(cell.indicatorId, cell.category));
      const value = stored.get(key(record.user.unitId, cell.indicatorId, cell.category));
      if (!candidates.some((c) => c.cells![i]!.value === value)) {
        lost += 1;
        problem(
          `user ${u}: cell ${cell.indicatorId}/${cell.category} holds ${value}, last saved ${cell.value}`,
        );
      }
    }
  }

  // 3. Totals: the province's maintained total of every cell equals the sum of its communes' cells,
  // and each commune's own total equals its cell, so no roll-up delta was lost or applied twice.
  const totals = await queryRows<{ unit_id: string; indicator_id: string; category: string; total: number }>(
    db,
    sql`select unit_id, indicator_id, category, total::float8 as total from data_rollups
         where period_code = ${FIGURE_PERIOD}`,
  );
  const provinceSum = new Map<string, number>();
  for (const v of values) {
    const k = key(v.indicator_id, v.category);
    provinceSum.set(k, (provinceSum.get(k) ?? 0) + v.value);
  }
  for (const t of totals) {
    if (!written.has(key(t.indicator_id, t.category))) continue;
    const expected =
      Number(t.unit_id) === seed.provinceId
        ? (provinceSum.get(key(t.indicator_id, t.category)) ?? 0)
        : (stored.get(key(t.unit_id, t.indicator_id, t.category)) ?? 0);
    if (Math.abs(t.total - expected) > 1e-6) {
      if (t.total < expected) lost += 1;
      else doubled += 1;
      problem(
        `total of unit ${t.unit_id}, indicator ${t.indicator_id}/${t.category}: ${t.total}, cells sum to ${expected}`,
      );
    }
  }

  // 4. Reports: every acknowledged submit left its report submitted, by that user, with one version;
  // no report is submitted that no user was told about.
  const reports = await queryRows<{
    id: string;
    state: string;
    submitted_by: string | null;
    versions: number;
  }>(
    db,
    sql`select r.id, r.state, r.submitted_by,
               (select count(*) from report_versions v where v.report_id = r.id)::int as versions
          from reports r`,
  );
  const reportById = new Map(reports.map((r) => [Number(r.id), r]));
  const told = new Set<number>();
  for (const [requestId, record] of ledger) {
    if (record.kind === 'open' && record.outcome === 'ok' && !reportById.has(record.reportId!)) {
      lost += 1;
      problem(`${requestId}: report ${record.reportId} acknowledged as opened, not in the database`);
    }
    if (record.kind !== 'submit' || record.outcome === 'failed') continue;
    told.add(record.reportId!);
    if (record.outcome !== 'ok') continue;
    const r = reportById.get(record.reportId!);
    if (r?.state !== 'submitted' || r.submitted_by !== record.user.userId || r.versions < 1) {
      lost += 1;
      problem(
        `${requestId}: report ${record.reportId} acknowledged as submitted, found ${JSON.stringify(r)}`,
      );
    } else if (r.versions > 1) {
      doubled += r.versions - 1;
      problem(`${requestId}: report ${record.reportId} has ${r.versions} submitted versions`);
    }
  }
  for (const r of reports) {
    if (r.state !== 'draft' && !told.has(Number(r.id))) {
      doubled += 1;
      problem(`report ${r.id} is ${r.state} without a submit any user sent`);
    }
  }

  const summary =
    `acknowledged writes: ${counts.figures} figure saves (${counts.cells} cells), ${counts.open} report opens, ` +
    `${counts.narrative} narratives, ${counts.submit} submits; refused ${counts.failed}, unanswered ${counts.unanswered}`;
  return { lost, doubled, problems, summary };
}
