import { sql } from 'drizzle-orm';
import { REPORT_FORM_CATALOGUE } from '../../../shared/report-catalogue.ts';
import type { Db } from '../../db/client.ts';
import { reportForms } from '../../db/schema/index.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.ts';

/** Adds the catalogue's report forms the database lacks (by code); never changes existing ones. */
export async function ensureReportForms(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242004)`);
    const added = await tx
      .insert(reportForms)
      .values(
        REPORT_FORM_CATALOGUE.map((f) => ({
          code: f.code,
          title: f.title,
          periodType: f.periodType,
          sections: f.sections,
          indicatorCodes: f.indicatorCodes,
          levels: f.levels,
        })),
      )
      .onConflictDoNothing({ target: reportForms.code })
      .returning({ id: reportForms.id, code: reportForms.code });
    if (added.length > 0) {
      await recordAudit(
        tx,
        SYSTEM_ACTOR,
        added.map((f) => ({
          entityType: 'report_form',
          entityId: f.id,
          action: 'create',
          unitId: null,
          after: { code: f.code },
        })),
      );
    }
    return added.length;
  });
}
