import { ApiClient, type SessionCredentials } from './http.ts';

/** The demo accounts' password (demo data only). */
const DEMO_PASSWORD = 'qptd-demo-2026';
/** Password each benchmark account sets at its first sign-in. */
const BENCH_PASSWORD = 'tai-khoan-do-tai-2026';
/** The period every figure write and dashboard read uses: the open year. */
export const FIGURE_PERIOD = '2026';
/** Periods each commune owes a year and a half-year report for, split among its officers. */
const REPORT_PERIODS = ['2025', '2025H2', '2026H1', '2026H2', '2026'];
const SETUP_PARALLELISM = 8;

/** A cell of a commune's grid; a save writes `offset` above a base that grows with every save. */
export interface OwnedCell {
  indicatorId: number;
  category: string;
  offset: number;
}

/** A benchmark account with its open session and what it works on. */
export interface BenchUser {
  index: number;
  username: string;
  userId: string;
  role: 'officer' | 'leader';
  unitId: number;
  session: SessionCredentials;
  /** An officer's own cells of its commune's year grid: only this user writes them. */
  figure: OwnedCell[] | null;
  /** The reports an officer writes and submits, each once. */
  reports: { formId: number; period: string }[];
}

/** What the load needs to know about the seeded installation. */
export interface Seed {
  users: BenchUser[];
  provinceId: number;
  yearSetId: number;
  /** Section keys of each report form, for the narrative a user writes. */
  formSections: Map<number, string[]>;
}

interface Catalogue {
  indicators: {
    id: number;
    code: string;
    kind: 'quantity' | 'ratio';
    aggregation: string;
    numeratorId: number | null;
    denominatorId: number | null;
  }[];
  sets: { id: number; code: string }[];
}

interface Grid {
  rows: {
    indicatorId: number;
    isInteger: boolean;
    /** Set when a register computes the row: nobody types it. */
    determinedBy?: string | null;
    categories: { code: string }[];
  }[];
}

/** Runs `work` over `items` with a few requests at a time (argon2 makes sign-ins deliberately slow). */
async function inBatches<T, R>(items: T[], work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: SETUP_PARALLELISM }, worker));
  return out;
}

/** The Vietnam calendar day of `date` shifted by `days`, as yyyy-mm-dd. */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Duties of the plan, due relative to today so some are overdue and some due soon (reminders). */
const DUTIES: { text: string; dueInDays: number }[] = [
  { text: 'Chủ trì tổ chức huấn luyện dân quân tự vệ năm 2026', dueInDays: -20 },
  { text: 'Chủ trì rà soát, đăng ký công dân nam đủ 17 tuổi', dueInDays: -3 },
  { text: 'Chủ trì kiểm tra công tác sẵn sàng chiến đấu dịp cuối năm', dueInDays: 1 },
  { text: 'Chủ trì tham mưu tổ chức diễn tập chiến đấu phòng thủ', dueInDays: 7 },
  { text: 'Chủ trì tổng hợp số liệu công tác quốc phòng, quân sự địa phương năm', dueInDays: 30 },
  { text: 'Chủ trì chuẩn bị công tác tuyển chọn, gọi công dân nhập ngũ', dueInDays: 60 },
];

function planText(): {
  text: string;
  duties: { title: string; dueOn: string; start: number; end: number }[];
} {
  const letters = 'abcdefgh';
  const lines = DUTIES.map((d, i) => {
    const dueOn = vietnamDay(d.dueInDays);
    return { title: d.text, dueOn, line: `${letters[i]}) ${d.text}, xong trước ngày ${vnDate(dueOn)}.` };
  });
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN',
    'Số: 250/KH-UBND',
    'Lạng Sơn, ngày 05 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Công tác quốc phòng, quân sự địa phương năm 2026',
    'Căn cứ Nghị quyết số 28-NQ/TW, ngày 25/10/2013 của Ban Chấp hành Trung ương Đảng về Chiến lược bảo vệ Tổ quốc trong tình hình mới; UBND tỉnh ban hành kế hoạch như sau:',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao chất lượng công tác quốc phòng, quân sự địa phương.',
    'II. NỘI DUNG',
    'Phấn đấu 100% cán bộ, công chức được bồi dưỡng kiến thức quốc phòng, an ninh.',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Ban CHQS các xã, phường',
    ...lines.map((l) => l.line),
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Nguyễn Văn Bình',
  ].join('\n');
  return {
    text,
    duties: lines.map((l) => {
      const start = text.indexOf(l.line);
      return { title: l.title, dueOn: l.dueOn, start, end: start + l.line.length };
    }),
  };
}

/**
 * Seeds the demo province through the API, as its operators would: the province officer registers
 * a plan whose duties fall on every commune's military command; the province admin creates the
 * benchmark accounts (officers at the communes' military commands, leaders at the province's),
 * and each account signs in with its temporary password and sets its own, keeping that session.
 */
export async function seedThroughApi(
  url: string,
  userCount: number,
  log: (s: string) => void,
): Promise<Seed> {
  const admin = new ApiClient(url);
  const { user: adminUser } = await admin.signIn('admin.tinh', DEMO_PASSWORD);
  const provinceId = adminUser.unit.id;
  const { items: communes } = await admin.call<{ items: { id: number; name: string }[] }>(
    'GET',
    `/api/units?parentId=${provinceId}&limit=200`,
  );
  const commands = await Promise.all(
    [provinceId, ...communes.map((c) => c.id)].map(async (unitId) => {
      const unit = await admin.call<{ agencies: { id: number; kind: string }[] }>(
        'GET',
        `/api/units/${unitId}`,
      );
      const command = unit.agencies.find((a) => a.kind === 'military_command');
      if (!command) throw new Error(`unit ${unitId} has no military command`);
      return { unitId, agencyId: command.id };
    }),
  );
  const commandOf = new Map(commands.map((c) => [c.unitId, c.agencyId]));

  const catalogue = await admin.call<Catalogue>('GET', '/api/indicators');
  const yearSetId = catalogue.sets.find((s) => s.code === 'QPQSDP_NAM')!.id;
  const grid = await admin.call<Grid>(
    'GET',
    `/api/figures/grid?unitId=${communes[0]!.id}&setId=${yearSetId}&period=${FIGURE_PERIOD}`,
  );
  // Typed (not computed from a register), whole-number, summed indicators, so the province total
  // must equal the sum of the commune cells exactly. A ratio's two parts are owned together, the
  // part never above the whole, so every save is valid on its own.
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const typed = new Map(
    grid.rows
      .filter((r) => !r.determinedBy && r.isInteger && byId.get(r.indicatorId)?.aggregation === 'sum')
      .map((r) => [r.indicatorId, r.categories.map((c) => c.code)]),
  );
  const groups: OwnedCell[][] = [];
  const inRatio = new Set<number>();
  for (const ratio of catalogue.indicators) {
    if (ratio.kind !== 'ratio' || !ratio.numeratorId || !ratio.denominatorId) continue;
    inRatio.add(ratio.numeratorId).add(ratio.denominatorId);
    const part = typed.get(ratio.numeratorId);
    const whole = typed.get(ratio.denominatorId);
    if (!part || !whole) continue;
    groups.push([
      ...whole.map((category, i) => ({ indicatorId: ratio.denominatorId!, category, offset: 500 + i })),
      ...part.map((category, i) => ({ indicatorId: ratio.numeratorId!, category, offset: i })),
    ]);
  }
  for (const [indicatorId, categories] of typed) {
    if (!inRatio.has(indicatorId))
      groups.push(categories.map((category, i) => ({ indicatorId, category, offset: i })));
  }

  const forms = await admin.call<{ items: { id: number; code: string; sections: { key: string }[] }[] }>(
    'GET',
    '/api/report-forms',
  );
  const formSections = new Map(forms.items.map((f) => [f.id, f.sections.map((s) => s.key)]));
  const yearForm = forms.items.find((f) => f.code === 'BC_QPQSDP_NAM')!.id;
  const halfForm = forms.items.find((f) => f.code === 'BC_QPQSDP_6T')!.id;

  await registerPlan(url, log);

  const leaders = userCount >= 10 ? Math.round(userCount / 10) : 0;
  const plan = Array.from({ length: userCount }, (_, index) => {
    if (index < leaders)
      return { index, role: 'leader' as const, unitId: provinceId, slot: index, commune: -1 };
    const k = index - leaders;
    return {
      index,
      role: 'officer' as const,
      unitId: communes[k % communes.length]!.id,
      slot: Math.floor(k / communes.length),
      commune: k % communes.length,
    };
  });
  const officersPer = new Map<number, number>();
  for (const p of plan)
    if (p.role === 'officer') officersPer.set(p.unitId, (officersPer.get(p.unitId) ?? 0) + 1);
  if ([...officersPer.values()].some((n) => n > groups.length)) {
    throw new Error(
      `${groups.length} typed indicator groups: too few to give each officer of a commune its own`,
    );
  }

  log(
    `creating and signing in ${userCount} accounts (${leaders} province leaders, ${userCount - leaders} commune officers)`,
  );
  const stamp = Date.now().toString(36);
  const users = await inBatches(plan, async (p): Promise<BenchUser> => {
    const username = `tai.${stamp}.${p.index}`;
    const created = await admin.call<{ user: { id: string }; temporaryPassword: string }>(
      'POST',
      '/api/users',
      {
        username,
        fullName: `Người dùng đo tải ${p.index + 1}`,
        role: p.role,
        agencyId: commandOf.get(p.unitId)!,
      },
      201,
    );
    const client = new ApiClient(url);
    await client.signIn(username, created.temporaryPassword);
    await client.call(
      'POST',
      '/api/auth/change-password',
      { currentPassword: created.temporaryPassword, newPassword: BENCH_PASSWORD },
      204,
    );
    const owned = groups[(p.commune + p.slot) % groups.length]!;
    const share = p.role === 'officer' ? officersPer.get(p.unitId)! : 1;
    const reports =
      p.role === 'officer'
        ? REPORT_PERIODS.filter((_, i) => i % share === p.slot).map((period) => ({
            formId: period.includes('H') ? halfForm : yearForm,
            period,
          }))
        : [];
    return {
      index: p.index,
      username,
      userId: created.user.id,
      role: p.role,
      unitId: p.unitId,
      session: client.credentials,
      figure: p.role === 'officer' ? owned : null,
      reports,
    };
  });
  return { users, provinceId, yearSetId, formSections };
}

/** The province officer registers the plan and confirms its duties for every commune's command. */
async function registerPlan(url: string, log: (s: string) => void): Promise<void> {
  const officer = new ApiClient(url);
  await officer.signIn('canbo.tinh', DEMO_PASSWORD);
  const { text, duties } = planText();
  const { id } = await officer.call<{ id: number }>('POST', '/api/documents', { text }, 201);
  const doc = await officer.call<{
    number: string | null;
    kind: string | null;
    kindName: string | null;
    issuedOn: string | null;
    place: string | null;
    subject: string | null;
    issuerText: string | null;
    issuerAgencyId: number | null;
    signerName: string | null;
    signerPosition: string | null;
    recipients: string[];
    classification: string;
    proposals: { role: string; match: { type: string; candidates?: { id: number }[] } }[];
  }>('GET', `/api/documents/${id}`);
  const plural = doc.proposals.find((p) => p.role === 'lead' && p.match.type === 'plural');
  const commandIds = plural?.match.candidates?.map((c) => c.id) ?? [];
  if (commandIds.length === 0) throw new Error('the plan did not match the communes’ military commands');
  // The reviewer confirms every lettered duty (the extractor proposes the body once).
  const confirmed = await officer.call<{ tasks: number }>('PUT', `/api/documents/${id}/confirm`, {
    number: doc.number,
    kind: doc.kind,
    kindName: doc.kindName,
    issuedOn: doc.issuedOn,
    place: doc.place,
    subject: doc.subject,
    issuerText: doc.issuerText,
    issuerAgencyId: doc.issuerAgencyId,
    signerName: doc.signerName,
    signerPosition: doc.signerPosition,
    recipients: doc.recipients,
    classification: doc.classification,
    citations: [],
    tasks: duties.map((d) => ({
      title: d.title,
      leadAgencyIds: commandIds,
      supportAgencyIds: [],
      dueOn: d.dueOn,
      recurrence: 'once',
      span: { start: d.start, end: d.end },
    })),
  });
  log(
    `plan 250/KH-UBND confirmed: ${confirmed.tasks} tasks for ${commandIds.length} commune military commands`,
  );
}
