import { type BenchUser, FIGURE_PERIOD, type Seed } from './seed.ts';

/** The kinds of write the benchmark checks against the database afterwards. */
export type WriteKind = 'figures' | 'open' | 'narrative' | 'submit';

/** One write request and what came of it, keyed by its request id (the server stores it in the audit log). */
export interface WriteRecord {
  kind: WriteKind;
  user: BenchUser;
  /** ok = a 2xx answer; failed = any other answer; unanswered = timed out or cut off. */
  outcome: 'pending' | 'ok' | 'failed' | 'unanswered';
  /** Figure writes: the cells sent; their count is the rows the audit log must hold. */
  cells?: { indicatorId: number; category: string; value: number }[];
  /** Figure writes: what the server said it changed. */
  changed?: number;
  /** Report writes: the report concerned (known from the open answer). */
  reportId?: number;
  /** Order of the write among this user's writes, so the last acknowledged value is known. */
  seq: number;
}

/** A request a virtual user sends next. */
export interface PlannedRequest {
  /** Row of the results table: method, route and (for dashboards) whose scope. */
  route: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  write: WriteRecord | null;
  onAnswer?: (status: number, body: string) => void;
}

type Step = {
  do: 'open' | 'read' | 'narrative' | 'submit';
  formId: number;
  period: string;
  reportId?: number;
};

/** Weighted choice among a user's routine actions. */
function pick<T>(choices: [number, T][]): T {
  let r = Math.random() * choices.reduce((s, [w]) => s + w, 0);
  for (const [w, v] of choices) {
    r -= w;
    if (r <= 0) return v;
  }
  return choices[choices.length - 1]![1];
}

const TASK_VIEWS = ['all', 'mine', 'due_soon', 'overdue'] as const;

/**
 * One signed-in person working: commune officers read their dashboard, tasks, notifications,
 * report calendar and entry grid, save their own figures, and write and submit their reports at
 * moments spread over the run; province leaders read the province-wide views.
 */
export class VirtualUser {
  private seq = 0;
  private writes = 0;
  private flow: Step[] = [];
  private readonly flowAt: number[];
  private readonly submitted: number[] = [];

  constructor(
    readonly user: BenchUser,
    private readonly seed: Seed,
    private readonly ledger: Map<string, WriteRecord>,
    runStart: number,
    runMs: number,
  ) {
    // Each report is started at its own moment, spread evenly over the run with some jitter.
    const n = user.reports.length;
    this.flowAt = user.reports.map((_, i) => runStart + ((i + 0.25 + Math.random() * 0.5) * runMs) / n);
  }

  /** A request id the server accepts (`x-request-id`) and that names user and sequence. */
  nextRequestId(): string {
    this.seq += 1;
    return `lb.${this.user.index}.${this.seq}`;
  }

  /** Chooses the next request. */
  next(now: number, requestId: string): PlannedRequest {
    if (this.user.role === 'leader') return this.leaderRead();
    if (this.flow.length === 0 && this.flowAt.length > 0 && now >= this.flowAt[0]!) {
      this.flowAt.shift();
      const report = this.user.reports.shift()!;
      this.flow = [
        { do: 'open', ...report },
        { do: 'read', ...report },
        { do: 'narrative', ...report },
        { do: 'submit', ...report },
      ];
    }
    if (this.flow.length > 0) return this.reportStep(requestId);
    const u = this.user;
    const action = pick<() => PlannedRequest>([
      [
        24,
        () => this.read('GET /api/dashboard', `/api/dashboard?unitId=${u.unitId}&period=${FIGURE_PERIOD}`),
      ],
      [22, () => this.read('GET /api/tasks', `/api/tasks?view=${TASK_VIEWS[Math.floor(Math.random() * 4)]}`)],
      [16, () => this.read('GET /api/notifications', '/api/notifications')],
      [10, () => this.read('GET /api/reports/calendar', '/api/reports/calendar?year=2026')],
      [
        12,
        () =>
          this.read(
            'GET /api/figures/grid',
            `/api/figures/grid?unitId=${u.unitId}&setId=${this.seed.yearSetId}&period=${FIGURE_PERIOD}`,
          ),
      ],
      [14, () => this.saveFigures(requestId)],
      [
        2,
        () =>
          this.submitted.length > 0
            ? this.read(
                'GET /api/reports/:id',
                `/api/reports/${this.submitted[Math.floor(Math.random() * this.submitted.length)]}`,
              )
            : this.read('GET /api/notifications', '/api/notifications'),
      ],
    ]);
    return action();
  }

  private read(route: string, path: string): PlannedRequest {
    return { route, method: 'GET', path, write: null };
  }

  private leaderRead(): PlannedRequest {
    const p = this.seed.provinceId;
    return pick<PlannedRequest>([
      [35, this.read('GET /api/dashboard [province]', `/api/dashboard?unitId=${p}&period=${FIGURE_PERIOD}`)],
      [
        30,
        this.read(
          'GET /api/tasks [province]',
          `/api/tasks?view=all&page=${1 + Math.floor(Math.random() * 3)}`,
        ),
      ],
      [20, this.read('GET /api/notifications', '/api/notifications')],
      [15, this.read('GET /api/reports/calendar [province]', '/api/reports/calendar?year=2026')],
    ]);
  }

  private record(requestId: string, kind: WriteKind, extra: Partial<WriteRecord> = {}): WriteRecord {
    this.writes += 1;
    const record: WriteRecord = { kind, user: this.user, outcome: 'pending', seq: this.writes, ...extra };
    this.ledger.set(requestId, record);
    return record;
  }

  private saveFigures(requestId: string): PlannedRequest {
    // Every save writes values this user never wrote before, so each one must change every cell.
    const base = (this.writes + 1) * 1000;
    const cells = this.user.figure!.map((c) => ({
      indicatorId: c.indicatorId,
      category: c.category,
      value: base + c.offset,
    }));
    const write = this.record(requestId, 'figures', { cells });
    return {
      route: 'PUT /api/figures/grid',
      method: 'PUT',
      path: '/api/figures/grid',
      body: { unitId: this.user.unitId, setId: this.seed.yearSetId, period: FIGURE_PERIOD, cells },
      write,
      onAnswer: (status, body) => {
        if (status === 200) write.changed = (JSON.parse(body) as { changed: number }).changed;
      },
    };
  }

  private reportStep(requestId: string): PlannedRequest {
    const step = this.flow[0]!;
    const advance = (ok: boolean, reportId?: number) => {
      this.flow.shift();
      if (!ok) this.flow = [];
      if (reportId) for (const s of this.flow) s.reportId = reportId;
    };
    if (step.do === 'open') {
      const write = this.record(requestId, 'open');
      return {
        route: 'POST /api/reports',
        method: 'POST',
        path: '/api/reports',
        body: { formId: step.formId, unitId: this.user.unitId, period: step.period },
        write,
        onAnswer: (status, body) => {
          if (status === 200) write.reportId = (JSON.parse(body) as { id: number }).id;
          advance(status === 200, write.reportId);
        },
      };
    }
    if (step.do === 'read') {
      return {
        route: 'GET /api/reports/:id',
        method: 'GET',
        path: `/api/reports/${step.reportId}`,
        write: null,
        onAnswer: (status) => advance(status === 200),
      };
    }
    if (step.do === 'narrative') {
      const sections = Object.fromEntries(
        (this.seed.formSections.get(step.formId) ?? []).map((key) => [
          key,
          `<p>Kỳ ${step.period}: nội dung mục ${key} do ${this.user.username} soạn.</p>`,
        ]),
      );
      const write = this.record(requestId, 'narrative', { reportId: step.reportId });
      return {
        route: 'PUT /api/reports/:id/narrative',
        method: 'PUT',
        path: `/api/reports/${step.reportId}/narrative`,
        body: { sections },
        write,
        onAnswer: (status) => advance(status === 204),
      };
    }
    const write = this.record(requestId, 'submit', { reportId: step.reportId });
    return {
      route: 'POST /api/reports/:id/submit',
      method: 'POST',
      path: `/api/reports/${step.reportId}/submit`,
      write,
      onAnswer: (status) => {
        if (status === 200) this.submitted.push(step.reportId!);
        advance(status === 200);
      },
    };
  }

  /** After the run: the flows not finished and the reports never started. */
  get unfinishedReports(): number {
    return this.user.reports.length + (this.flow.length > 0 ? 1 : 0);
  }
}
