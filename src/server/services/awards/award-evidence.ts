import { sql } from 'drizzle-orm';
import { vnDate } from '../../../shared/iso-dates.ts';
import { type Period, parsePeriod, periodPhrase } from '../../../shared/periods.ts';
import type { EvidenceKind, TEvidence, TEvidenceRef } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';
import { unitInScope } from '../units/unit-in-scope.ts';

const GRADES: Record<string, string> = {
  xuat_sac: 'xuất sắc',
  gioi: 'giỏi',
  kha: 'khá',
  dat: 'đạt',
  khong_dat: 'không đạt',
};
const AUDIENCES: Record<string, string> = {
  dt1: 'đối tượng 1',
  dt2: 'đối tượng 2',
  dt3: 'đối tượng 3',
  dt4: 'đối tượng 4',
};
const fmt = (n: number) => n.toLocaleString('vi-VN');

interface Found {
  kind: EvidenceKind;
  id: string;
  label: string;
  date: string | null;
  /** The period the entry belongs to, to keep candidates of the chosen period. */
  start: string;
  end: string;
}

/**
 * Register entries and reports of the units under `path` (or of ids among them) that can back a
 * nomination: drills done (with grade and safety), QP-AN classes held, reports the level above
 * accepted, and conscription years with men handed over. Read straight from the register tables,
 * so the evidence is whatever the registers hold, whoever entered it.
 */
async function findEvidence(
  db: DbOrTx,
  path: string,
  only: Partial<Record<EvidenceKind, string[]>> | null,
): Promise<Found[]> {
  const ids = (kind: EvidenceKind) => {
    const list = only?.[kind] ?? [];
    return sql`${`{${list.join(',')}}`}::bigint[]`;
  };
  const want = (kind: EvidenceKind) => only === null || (only[kind]?.length ?? 0) > 0;
  const out: Found[] = [];
  if (want('drill')) {
    const drills = await queryRows<{
      id: string;
      title: string;
      actual_from: string;
      actual_to: string | null;
      grade: string | null;
      safe: boolean | null;
      unit_name: string;
    }>(
      db,
      sql`select d.id, d.title, d.actual_from::text as actual_from, d.actual_to::text as actual_to, d.grade, d.safe,
                 u.name as unit_name
            from drills d join units u on u.id = d.unit_id
           where u.path <@ ${path}::ltree and d.status = 'done' and d.actual_from is not null
             ${only ? sql`and d.id = any(${ids('drill')})` : sql``}`,
    );
    for (const d of drills) {
      const grade = d.grade ? `, xếp loại ${GRADES[d.grade] ?? d.grade}` : '';
      const safety = d.safe === true ? ', an toàn tuyệt đối' : d.safe === false ? ', có sự cố' : '';
      out.push({
        kind: 'drill',
        id: String(d.id),
        label: `Diễn tập "${d.title}" (${d.unit_name}, ${vnDate(d.actual_from)})${grade}${safety}`,
        date: d.actual_from,
        start: d.actual_from,
        end: d.actual_to ?? d.actual_from,
      });
    }
  }
  if (want('training_class')) {
    const classes = await queryRows<{
      id: string;
      title: string;
      audience: string;
      audience_note: string | null;
      starts_on: string;
      ends_on: string;
      actual_participants: number | null;
      unit_name: string;
    }>(
      db,
      sql`select c.id, c.title, c.audience, c.audience_note, c.starts_on::text as starts_on, c.ends_on::text as ends_on,
                 c.actual_participants, u.name as unit_name
            from training_classes c join units u on u.id = c.unit_id
           where u.path <@ ${path}::ltree and c.status = 'done'
             ${only ? sql`and c.id = any(${ids('training_class')})` : sql``}`,
    );
    for (const c of classes) {
      const audience = AUDIENCES[c.audience] ?? c.audience_note ?? 'đối tượng khác';
      const people = c.actual_participants === null ? '' : `, ${fmt(c.actual_participants)} người`;
      out.push({
        kind: 'training_class',
        id: String(c.id),
        label: `Lớp bồi dưỡng kiến thức QP-AN ${audience} "${c.title}" (${c.unit_name}, ${vnDate(c.starts_on)}–${vnDate(c.ends_on)})${people}`,
        date: c.ends_on,
        start: c.starts_on,
        end: c.ends_on,
      });
    }
  }
  if (want('report')) {
    const reports = await queryRows<{ id: string; title: string; period_code: string; unit_name: string }>(
      db,
      sql`select r.id, f.title, r.period_code, u.name as unit_name
            from reports r join report_forms f on f.id = r.form_id join units u on u.id = r.unit_id
           where u.path <@ ${path}::ltree and r.state = 'accepted'
             ${only ? sql`and r.id = any(${ids('report')})` : sql``}`,
    );
    for (const r of reports) {
      const period = parsePeriod(r.period_code);
      if (!period) continue;
      out.push({
        kind: 'report',
        id: String(r.id),
        label: `${r.title} ${periodPhrase(period)} của ${r.unit_name} (cấp trên đã tiếp nhận)`,
        date: period.end,
        start: period.start,
        end: period.end,
      });
    }
  }
  if (want('conscription')) {
    const pairs = (only?.conscription ?? []).map((ref) => ref.split(':').map(Number) as [number, number]);
    const years = await queryRows<{
      unit_id: string;
      year: number;
      quota: number | null;
      handed_over: number;
      handover_on: string | null;
      unit_name: string;
    }>(
      db,
      sql`select y.unit_id, y.year, y.quota, y.handed_over, y.handover_on::text as handover_on, u.name as unit_name
            from conscription_years y join units u on u.id = y.unit_id
           where u.path <@ ${path}::ltree and y.handed_over is not null
             ${
               only
                 ? sql`and (y.unit_id, y.year) in (${sql.join(
                     pairs.map(([unitId, year]) => sql`(${unitId}::bigint, ${year}::int)`),
                     sql`, `,
                   )})`
                 : sql``
             }`,
    );
    for (const y of years) {
      const share =
        y.quota !== null && y.quota > 0
          ? ` (${Math.round((y.handed_over / y.quota) * 1000) / 10}% chỉ tiêu)`
          : '';
      const of = y.quota !== null ? `/${fmt(y.quota)}` : '';
      out.push({
        kind: 'conscription',
        id: `${y.unit_id}:${y.year}`,
        label: `Tuyển quân năm ${y.year} (${y.unit_name}): giao ${fmt(y.handed_over)}${of} công dân${share}`,
        date: y.handover_on,
        start: `${y.year}-01-01`,
        end: `${y.year}-12-31`,
      });
    }
  }
  return out;
}

const within = (f: Found, period: Period) => f.start >= period.start && f.end <= period.end;
const strip = ({ start: _s, end: _e, ...evidence }: Found): TEvidence => evidence;

/** What can back a nomination from a unit in a period, newest first. */
export async function evidenceCandidates(
  db: DbOrTx,
  actor: Actor,
  unitId: number,
  periodCode: string,
): Promise<TEvidence[]> {
  const unit = await unitInScope(db, actor, unitId);
  const period = parsePeriod(periodCode)!;
  const found = await findEvidence(db, unit.path, null);
  return found
    .filter((f) => within(f, period))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.label.localeCompare(b.label, 'vi'))
    .map(strip);
}

/**
 * The evidence a proposal cites, each checked to exist under the proposing unit and labelled by
 * the server (a label sent by the browser is never trusted).
 */
export async function resolveEvidence(db: DbOrTx, path: string, refs: TEvidenceRef[]): Promise<TEvidence[]> {
  if (refs.length === 0) return [];
  const unique = [...new Map(refs.map((r) => [`${r.kind}|${r.id}`, r])).values()];
  const only: Partial<Record<EvidenceKind, string[]>> = {};
  for (const ref of unique) {
    const isPair = ref.id.includes(':');
    if (isPair !== (ref.kind === 'conscription'))
      throw new AppError('validation_failed', 'Mã minh chứng không hợp lệ.');
    only[ref.kind] = [...(only[ref.kind] ?? []), ref.id];
  }
  const found = await findEvidence(db, path, only);
  const byKey = new Map(found.map((f) => [`${f.kind}|${f.id}`, f]));
  const missing = unique.filter((r) => !byKey.has(`${r.kind}|${r.id}`));
  if (missing.length > 0)
    throw new AppError(
      'validation_failed',
      'Có minh chứng không tồn tại, chưa hoàn thành hoặc không thuộc đơn vị đề nghị; hãy chọn lại từ danh sách.',
    );
  return unique.map((r) => strip(byKey.get(`${r.kind}|${r.id}`)!));
}
