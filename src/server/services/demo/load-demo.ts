import { sql } from 'drizzle-orm';
import { REFORM_DATE_2025 } from '../../../shared/enums.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { type Clock, systemClock, todayIn } from '../../clock.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { agencies, unitSuccessions, users } from '../../db/schema/index.ts';
import { type AgencyTemplate, communeAgencies, provinceAgencies } from '../agencies/standard-agencies.ts';
import { type AuditInput, recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.ts';
import { syncCommuneCounts } from '../figures/sync-commune-counts.ts';
import { type InsertedUnit, insertUnits, type NewUnit } from '../units/insert-units.ts';
import { readLegacyProvinceUnits, readWardSuccessions } from '../units/legacy-units.ts';
import { readNationalUnits2025 } from '../units/national-units.ts';
import { DEMO_PROVINCE_CODE, DEMO_PROVINCE_HAS_BORDER } from './demo-province.ts';
import { DEMO_COMMUNE_NAME, DEMO_PASSWORD, demoAccounts } from './demo-users.ts';

/** What the demo load created, for the start-up message. */
export interface DemoSummary {
  provinceName: string;
  communes: number;
  legacyUnits: number;
  agencies: number;
  accounts: { username: string; role: string; level: 'province' | 'commune' }[];
  password: string;
}

const DAY_BEFORE_REFORM = '2025-06-30';

/**
 * Loads the demo province when the database has no unit yet; returns null when it already has data.
 * The clock says which years get their number of communes from the unit tree (this one and the last).
 */
export async function loadDemoIfEmpty(db: Db, clock: Clock = systemClock): Promise<DemoSummary | null> {
  // Hashed before the transaction: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    // Serialises two processes starting on one empty PostgreSQL database.
    await queryRows<Record<string, unknown>>(tx, sql`select pg_advisory_xact_lock(4242002)`);
    const existing = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from units`);
    if ((existing[0]?.n ?? 0) > 0) return null;
    const summary = await loadDemo(tx, passwordHash);
    // Nobody types how many communes there are: "Tỷ lệ xã diễn tập" gets its denominator from the tree.
    const year = Number(todayIn(clock).slice(0, 4));
    for (const period of [year - 1, year]) await syncCommuneCounts(tx, SYSTEM_ACTOR, String(period));
    return summary;
  });
}

async function loadDemo(tx: DbOrTx, passwordHash: string): Promise<DemoSummary> {
  const national = readNationalUnits2025();
  const province = national.find((u) => u.code === DEMO_PROVINCE_CODE && u.parentCode === null);
  if (!province) throw new Error(`demo province ${DEMO_PROVINCE_CODE} missing from vendored data`);
  const communes = national.filter((u) => u.parentCode === DEMO_PROVINCE_CODE);
  const legacy = readLegacyProvinceUnits(DEMO_PROVINCE_CODE);

  const rows: NewUnit[] = [
    { key: `p:${province.code}`, ...province, parent: null, validFrom: null, validTo: null },
    ...communes.map((c) => ({
      key: `n:${c.code}`,
      code: c.code,
      name: c.name,
      kind: c.kind,
      parent: { key: `p:${province.code}` },
      validFrom: REFORM_DATE_2025,
      validTo: null,
    })),
    ...legacy.map((u) => ({
      key: `o:${u.code}`,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parent: { key: u.parentCode === DEMO_PROVINCE_CODE ? `p:${u.parentCode}` : `o:${u.parentCode}` },
      validFrom: null,
      validTo: DAY_BEFORE_REFORM,
    })),
  ];
  const placed = await insertUnits(tx, rows);
  const audit: AuditInput[] = [];
  for (const row of rows) {
    const at = placed.get(row.key)!;
    audit.push({
      entityType: 'unit',
      entityId: at.id,
      action: 'create',
      unitId: at.id,
      after: {
        code: row.code,
        name: row.name,
        kind: row.kind,
        validFrom: row.validFrom,
        validTo: row.validTo,
      },
    });
  }

  const successions = buildSuccessions(legacy, placed);
  if (successions.length > 0) await tx.insert(unitSuccessions).values(successions);

  const provinceAt = placed.get(`p:${province.code}`)!;
  const agencyRows: { unitId: number; template: AgencyTemplate }[] = [
    ...provinceAgencies(province.name, province.kind, DEMO_PROVINCE_HAS_BORDER).map((template) => ({
      unitId: provinceAt.id,
      template,
    })),
    ...communes.flatMap((c) =>
      communeAgencies(c.name, c.kind).map((template) => ({
        unitId: placed.get(`n:${c.code}`)!.id,
        template,
      })),
    ),
  ];
  const insertedAgencies = await tx
    .insert(agencies)
    .values(agencyRows.map(({ unitId, template }) => ({ unitId, ...template })))
    .returning({ id: agencies.id, unitId: agencies.unitId, name: agencies.name, kind: agencies.kind });
  for (const a of insertedAgencies) {
    audit.push({ entityType: 'agency', entityId: a.id, action: 'create', unitId: a.unitId, after: a });
  }
  const commune = communes.find((c) => c.name === DEMO_COMMUNE_NAME);
  const communeAt = commune ? placed.get(`n:${commune.code}`) : undefined;
  const commandOf = (unitId: number | undefined) =>
    insertedAgencies.find((a) => a.unitId === unitId && a.kind === 'military_command');
  const accounts = demoAccounts().filter((a) => a.level === 'province' || communeAt);
  for (const account of accounts) {
    const agency = commandOf(account.level === 'province' ? provinceAt.id : communeAt?.id)!;
    const [created] = await tx
      .insert(users)
      .values({
        username: account.username,
        fullName: account.fullName,
        role: account.role,
        agencyId: agency.id,
        passwordHash,
        mustChangePassword: false,
      })
      .returning({ id: users.id });
    audit.push({
      entityType: 'user',
      entityId: created!.id,
      action: 'create',
      unitId: agency.unitId,
      after: { username: account.username, role: account.role, agencyId: agency.id },
    });
  }
  await recordAudit(tx, SYSTEM_ACTOR, audit);
  return {
    provinceName: province.name,
    communes: communes.length,
    legacyUnits: legacy.length,
    agencies: insertedAgencies.length,
    accounts: accounts.map(({ username, role, level }) => ({ username, role, level })),
    password: DEMO_PASSWORD,
  };
}

function buildSuccessions(
  legacy: { code: string; kind: string }[],
  placed: Map<string, InsertedUnit>,
): { predecessorId: number; successorId: number; effectiveDate: string; isPrimary: boolean }[] {
  const mapping = readWardSuccessions();
  const out: { predecessorId: number; successorId: number; effectiveDate: string; isPrimary: boolean }[] = [];
  for (const unit of legacy) {
    const from = placed.get(`o:${unit.code}`);
    const successors = mapping.get(unit.code) ?? [];
    successors.forEach((newCode, i) => {
      const to = placed.get(`n:${newCode}`);
      if (from && to) {
        out.push({
          predecessorId: from.id,
          successorId: to.id,
          effectiveDate: REFORM_DATE_2025,
          isPrimary: i === 0,
        });
      }
    });
  }
  return out;
}
