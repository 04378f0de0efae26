import { sql } from 'drizzle-orm';
import { INDICATOR_CATALOGUE, REPORTING_SET_CATALOGUE } from '../../../shared/indicator-catalogue.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { indicators, reportingSetIndicators, reportingSets } from '../../db/schema/index.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.ts';

/**
 * Adds the catalogue's indicators and reporting sets that the database lacks (by code), and keeps
 * which register computes each system indicator as the catalogue says. Runs at start-up; never
 * changes or removes what admins have edited or added.
 */
export async function ensureIndicatorCatalogue(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242003)`);
    const existing = new Map(
      (await queryRows<{ id: string; code: string }>(tx, sql`select id, code from indicators`)).map((r) => [
        r.code,
        Number(r.id),
      ]),
    );
    const added: { id: number; code: string }[] = [];
    // Quantities first: ratios refer to them.
    const ordered = [...INDICATOR_CATALOGUE].sort((a, b) =>
      a.kind === b.kind ? 0 : a.kind === 'quantity' ? -1 : 1,
    );
    for (const item of ordered) {
      if (existing.has(item.code)) continue;
      const base = {
        code: item.code,
        name: item.name,
        groupCode: item.group,
        disaggregation: item.disaggregation ?? 'none',
        isSystem: true,
      };
      const values =
        item.kind === 'quantity'
          ? {
              ...base,
              kind: 'quantity',
              unitOfMeasure: item.unitOfMeasure,
              aggregation: item.aggregation,
              isInteger: item.isInteger ?? true,
              determinedBy: item.determinedBy ?? null,
            }
          : {
              ...base,
              kind: 'ratio',
              unitOfMeasure: '%',
              aggregation: 'sum',
              isInteger: false,
              numeratorId: existing.get(item.numerator)!,
              denominatorId: existing.get(item.denominator)!,
            };
      const [row] = await tx.insert(indicators).values(values).returning({ id: indicators.id });
      existing.set(item.code, row!.id);
      added.push({ id: row!.id, code: item.code });
    }
    // Which register computes a figure is the catalogue's rule, not an admin's setting: system
    // indicators created before a figure moved to a register follow it on the next start.
    const sources = INDICATOR_CATALOGUE.flatMap((i) =>
      i.kind === 'quantity' ? [{ code: i.code, determined_by: i.determinedBy ?? null }] : [],
    );
    const moved = await queryRows<{ id: string; code: string; before: string | null; after: string | null }>(
      tx,
      sql`update indicators i set determined_by = c.determined_by
            from jsonb_to_recordset(${JSON.stringify(sources)}::jsonb) as c(code text, determined_by text),
                 indicators old
           where i.code = c.code and i.is_system and old.id = i.id
             and i.determined_by is distinct from c.determined_by
       returning i.id, i.code, old.determined_by as before, i.determined_by as after`,
    );
    for (const set of REPORTING_SET_CATALOGUE) {
      const [found] = await queryRows<{ id: string }>(
        tx,
        sql`select id from reporting_sets where code = ${set.code}`,
      );
      if (found) continue;
      const [created] = await tx
        .insert(reportingSets)
        .values({
          code: set.code,
          name: set.name,
          periodType: set.periodType,
          cutoff: set.cutoff,
          lockAfterDays: set.lockAfterDays,
        })
        .returning({ id: reportingSets.id });
      await tx.insert(reportingSetIndicators).values(
        set.indicators.map((code, position) => ({
          setId: created!.id,
          indicatorId: existing.get(code)!,
          position,
        })),
      );
    }
    if (added.length > 0 || moved.length > 0) {
      await recordAudit(tx, SYSTEM_ACTOR, [
        ...added.map((a) => ({
          entityType: 'indicator',
          entityId: a.id,
          action: 'create' as const,
          unitId: null,
          after: { code: a.code },
        })),
        ...moved.map((m) => ({
          entityType: 'indicator',
          entityId: Number(m.id),
          action: 'update' as const,
          unitId: null,
          before: { code: m.code, determinedBy: m.before },
          after: { code: m.code, determinedBy: m.after },
        })),
      ]);
    }
    return added.length;
  });
}
