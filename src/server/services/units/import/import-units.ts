import { sql } from 'drizzle-orm';
import { UNIT_KIND_LEVEL, type UnitKind } from '../../../../shared/enums.ts';
import { addDays } from '../../../../shared/iso-dates.ts';
import { type Actor, isInScope } from '../../../auth/actor.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { queryRows } from '../../../db/query-rows.ts';
import { unitSuccessions } from '../../../db/schema/index.ts';
import { AppError } from '../../../errors.ts';
import type { Table } from '../../../tabular/read-table.ts';
import { type AuditActor, type AuditInput, recordAudit } from '../../audit/record-audit.ts';
import { COMMUNE_COUNT_CODE, syncCommuneCounts } from '../../figures/sync-commune-counts.ts';
import { insertUnits, type NewUnit } from '../insert-units.ts';
import {
  COLUMN_LABELS,
  parseImportDate,
  parseUnitKind,
  UNIT_IMPORT_COLUMNS,
  type UnitImportColumn,
} from './unit-import-columns.ts';

/** One problem in an uploaded list: where it is and what is wrong, in Vietnamese. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** Who imports: a signed-in admin (rows must fall in their subtree) or the CLI (whole country). */
export type Importer = { kind: 'actor'; actor: Actor } | { kind: 'system' };

interface ParsedRow {
  rowNumber: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

interface ExistingUnit {
  id: number;
  code: string;
  path: string;
  kind: UnitKind;
  validFrom: string | null;
  validTo: string | null;
}

const MAX_ROWS = 50_000;

function columnIndexes(header: string[]): {
  index: Partial<Record<UnitImportColumn, number>>;
  errors: RowError[];
} {
  const normalized = header.map((h) => h.normalize('NFC').trim().toLowerCase());
  const index: Partial<Record<UnitImportColumn, number>> = {};
  for (const [column, names] of Object.entries(UNIT_IMPORT_COLUMNS) as [
    UnitImportColumn,
    readonly string[],
  ][]) {
    const at = normalized.findIndex((h) => names.includes(h));
    if (at >= 0) index[column] = at;
  }
  const errors: RowError[] = [];
  for (const required of ['code', 'name', 'kind'] as const) {
    if (index[required] === undefined) {
      errors.push({
        row: 1,
        column: COLUMN_LABELS[required],
        message: `Thiếu cột "${COLUMN_LABELS[required]}" ở dòng tiêu đề.`,
      });
    }
  }
  return { index, errors };
}

function parseRows(table: Table, errors: RowError[]): ParsedRow[] {
  const { index, errors: headerErrors } = columnIndexes(table.header);
  errors.push(...headerErrors);
  if (headerErrors.length > 0) return [];
  if (table.rows.length === 0) errors.push({ row: 2, column: '', message: 'Tệp không có dòng dữ liệu nào.' });
  if (table.rows.length > MAX_ROWS) {
    errors.push({ row: MAX_ROWS + 2, column: '', message: `Mỗi lần nhập tối đa ${MAX_ROWS} dòng.` });
    return [];
  }
  const parsed: ParsedRow[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const cell = (c: UnitImportColumn) => (index[c] === undefined ? '' : (cells[index[c]!] ?? '').trim());
    const fail = (c: UnitImportColumn, message: string) =>
      errors.push({ row: rowNumber, column: COLUMN_LABELS[c], message });
    const code = cell('code');
    const name = cell('name').normalize('NFC');
    const kind = parseUnitKind(cell('kind'));
    let ok = true;
    if (!/^[0-9A-Za-z._-]{1,20}$/.test(code)) {
      fail('code', code ? 'Mã chỉ gồm chữ, số, dấu chấm, gạch (tối đa 20 ký tự).' : 'Thiếu mã đơn vị.');
      ok = false;
    }
    if (!name || name.length > 200) {
      fail('name', name ? 'Tên dài quá 200 ký tự.' : 'Thiếu tên đơn vị.');
      ok = false;
    }
    if (!kind) {
      fail(
        'kind',
        `Loại "${cell('kind')}" không hợp lệ (ví dụ: Tỉnh, Huyện, Xã, Phường, Thị trấn, Đặc khu).`,
      );
      ok = false;
    }
    const dates: Record<'validFrom' | 'validTo', string | null> = { validFrom: null, validTo: null };
    for (const c of ['validFrom', 'validTo'] as const) {
      const raw = cell(c);
      if (!raw) continue;
      dates[c] = parseImportDate(raw);
      if (!dates[c]) {
        fail(c, `Ngày "${raw}" không hợp lệ (dùng dd/mm/yyyy).`);
        ok = false;
      }
    }
    if (dates.validFrom && dates.validTo && dates.validFrom > dates.validTo) {
      fail('validTo', 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực.');
      ok = false;
    }
    const successorCode = cell('successorCode') || null;
    for (const c of ['parentCode', 'successorCode'] as const) {
      if (cell(c) && !/^[0-9A-Za-z._-]{1,20}$/.test(cell(c))) {
        fail(c, 'Mã chỉ gồm chữ, số, dấu chấm, gạch (tối đa 20 ký tự).');
        ok = false;
      }
    }
    if (successorCode && !dates.validTo) {
      fail('validTo', 'Đơn vị có mã kế thừa phải có ngày hết hiệu lực.');
      ok = false;
    }
    if (ok && kind) {
      parsed.push({
        rowNumber,
        code,
        name,
        kind,
        parentCode: cell('parentCode') || null,
        validFrom: dates.validFrom,
        validTo: dates.validTo,
        successorCode,
      });
    }
  }
  return parsed;
}

function overlaps(a: { validFrom: string | null; validTo: string | null }, b: typeof a): boolean {
  return (a.validFrom ?? '') <= (b.validTo ?? '9999') && (b.validFrom ?? '') <= (a.validTo ?? '9999');
}

function pickByTime<T extends { validFrom: string | null; validTo: string | null }>(
  candidates: T[],
  at: T | ParsedRow,
): T | null {
  const fitting = candidates.filter((c) => overlaps(c, at));
  if (fitting.length === 1) return fitting[0]!;
  return fitting.find((c) => c.validTo === null) ?? null;
}

/**
 * Validates every row of a unit list and, only if all are valid, inserts them (with their
 * successions) in one transaction. Returns the count, or throws a 400 listing every bad row.
 */
export async function importUnits(
  db: Db,
  importer: Importer,
  table: Table,
  audit: AuditActor,
  onProgress?: (done: number, total: number) => void,
): Promise<{ imported: number; successions: number }> {
  const errors: RowError[] = [];
  const rows = parseRows(table, errors);
  return db.transaction(async (tx) => {
    const codes = [
      ...new Set(
        rows.flatMap((r) => [r.code, r.parentCode, r.successorCode]).filter((c): c is string => !!c),
      ),
    ];
    const existing = await loadUnitsByCode(tx, codes);
    const inFile = new Map<string, ParsedRow[]>();
    for (const r of rows) inFile.set(r.code, [...(inFile.get(r.code) ?? []), r]);

    const newUnits: NewUnit[] = [];
    const keyOf = (r: ParsedRow) => `${r.code}@${r.validFrom ?? ''}`;
    const seen = new Set<string>();
    for (const r of rows) {
      const fail = (column: UnitImportColumn, message: string) =>
        errors.push({ row: r.rowNumber, column: COLUMN_LABELS[column], message });
      if (seen.has(keyOf(r))) {
        fail('code', `Mã ${r.code} lặp lại trong tệp (cùng ngày hiệu lực).`);
        continue;
      }
      seen.add(keyOf(r));
      if ((existing.get(r.code) ?? []).some((e) => e.validFrom === r.validFrom)) {
        fail('code', `Đơn vị mã ${r.code} đã có trong hệ thống.`);
        continue;
      }
      let parent: NewUnit['parent'] = null;
      if (r.parentCode) {
        const fileParent = pickByTime(inFile.get(r.parentCode) ?? [], r);
        const dbParent = fileParent ? null : pickByTime(existing.get(r.parentCode) ?? [], r);
        const parentKind = fileParent?.kind ?? dbParent?.kind;
        if (!parentKind) {
          fail('parentCode', `Không tìm thấy đơn vị cấp trên mã ${r.parentCode}.`);
          continue;
        }
        if (UNIT_KIND_LEVEL[parentKind] >= UNIT_KIND_LEVEL[r.kind]) {
          fail('parentCode', `Đơn vị cấp trên mã ${r.parentCode} không ở cấp cao hơn.`);
          continue;
        }
        if (fileParent && rows.indexOf(fileParent) > rows.indexOf(r)) {
          fail('parentCode', `Đơn vị cấp trên mã ${r.parentCode} phải đứng trước trong tệp.`);
          continue;
        }
        if (dbParent && importer.kind === 'actor' && !isInScope(importer.actor, dbParent.path)) {
          fail('parentCode', `Đơn vị cấp trên mã ${r.parentCode} nằm ngoài phạm vi của bạn.`);
          continue;
        }
        parent = fileParent ? { key: keyOf(fileParent) } : { id: dbParent!.id, path: dbParent!.path };
      } else if (importer.kind === 'actor') {
        fail('parentCode', 'Đơn vị cấp tỉnh chỉ được nhập bằng lệnh qptd import-units trên máy chủ.');
        continue;
      } else if (UNIT_KIND_LEVEL[r.kind] > 1) {
        fail('parentCode', 'Thiếu mã cấp trên.');
        continue;
      }
      if (r.successorCode && !(inFile.has(r.successorCode) || existing.has(r.successorCode))) {
        fail('successorCode', `Không tìm thấy đơn vị kế thừa mã ${r.successorCode}.`);
        continue;
      }
      newUnits.push({
        key: keyOf(r),
        code: r.code,
        name: r.name,
        kind: r.kind,
        parent,
        validFrom: r.validFrom,
        validTo: r.validTo,
      });
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.row - b.row);
      throw new AppError('validation_failed', `Tệp có ${errors.length} lỗi; chưa nhập đơn vị nào.`, {
        errors,
      });
    }

    const placed = new Map<string, { id: number; path: string }>();
    const CHUNK = 2000;
    for (let i = 0; i < newUnits.length; i += CHUNK) {
      const batch = newUnits
        .slice(i, i + CHUNK)
        .map((u) =>
          u.parent && 'key' in u.parent && placed.has(u.parent.key)
            ? { ...u, parent: placed.get(u.parent.key)! }
            : u,
        );
      for (const [k, v] of await insertUnits(tx, batch)) placed.set(k, v);
      onProgress?.(Math.min(i + CHUNK, newUnits.length), newUnits.length);
    }

    const successions = rows
      .filter((r) => r.successorCode)
      .map((r) => {
        const successorRow = pickByTime(inFile.get(r.successorCode!) ?? [], {
          ...r,
          validFrom: addDays(r.validTo!, 1),
          validTo: null,
        });
        const successor = successorRow
          ? placed.get(keyOf(successorRow))
          : pickByTime(existing.get(r.successorCode!) ?? [], {
              ...r,
              validFrom: addDays(r.validTo!, 1),
              validTo: null,
            });
        return {
          predecessorId: placed.get(keyOf(r))!.id,
          successorId: successor!.id,
          effectiveDate: addDays(r.validTo!, 1),
        };
      });
    for (let i = 0; i < successions.length; i += CHUNK) {
      await tx
        .insert(unitSuccessions)
        .values(successions.slice(i, i + CHUNK))
        .onConflictDoNothing();
    }

    const entries: AuditInput[] = newUnits.map((u) => {
      const at = placed.get(u.key)!;
      return {
        entityType: 'unit',
        entityId: at.id,
        action: 'import',
        unitId: at.id,
        after: { code: u.code, name: u.name, kind: u.kind, validFrom: u.validFrom, validTo: u.validTo },
      };
    });
    await recordAudit(tx, audit, entries);
    // New communes change the number of communes wherever it is already counted.
    for (const period of await countedPeriods(tx)) await syncCommuneCounts(tx, audit, period);
    return { imported: newUnits.length, successions: successions.length };
  });
}

/** The periods for which the number of communes is stored (a register or the demo computed it). */
async function countedPeriods(tx: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ period_code: string }>(
    tx,
    sql`select distinct dv.period_code from data_values dv join indicators i on i.id = dv.indicator_id
         where i.code = ${COMMUNE_COUNT_CODE} order by 1`,
  );
  return rows.map((r) => r.period_code);
}

async function loadUnitsByCode(tx: DbOrTx, codes: string[]): Promise<Map<string, ExistingUnit[]>> {
  const map = new Map<string, ExistingUnit[]>();
  for (let i = 0; i < codes.length; i += 5000) {
    const chunk = codes.slice(i, i + 5000);
    const rows = await queryRows<{
      id: string;
      code: string;
      path: string;
      kind: UnitKind;
      valid_from: string | null;
      valid_to: string | null;
    }>(
      tx,
      sql`select id, code, path::text as path, kind, valid_from::text as valid_from, valid_to::text as valid_to
            from units where code = any(${`{${chunk.map((c) => `"${c}"`).join(',')}}`}::text[])`,
    );
    for (const r of rows) {
      const unit = {
        id: Number(r.id),
        code: r.code,
        path: r.path,
        kind: r.kind,
        validFrom: r.valid_from,
        validTo: r.valid_to,
      };
      map.set(r.code, [...(map.get(r.code) ?? []), unit]);
    }
  }
  return map;
}
