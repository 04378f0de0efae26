import type { RouteStats } from './drive.ts';

/** Reads and writes of one run, summed over their routes. */
export interface Totals {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function totalsOf(stats: RouteStats[], seconds: number): Totals {
  const latencies = stats.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const errors = stats.reduce((n, s) => n + s.errors, 0);
  return {
    count: latencies.length + errors,
    perSecond: (latencies.length + errors) / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: stats.reduce((n, s) => n + s.non2xx, 0),
    errors,
  };
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(1) : n.toFixed(0));

/** The table of one run: a row per route, then reads and writes in total. */
export function routeTable(
  routes: Map<string, RouteStats>,
  seconds: number,
): { text: string; reads: Totals; writes: Totals } {
  const list = [...routes.values()].sort(
    (a, b) => Number(a.isWrite) - Number(b.isWrite) || b.latencies.length - a.latencies.length,
  );
  const header = ['route', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'errors'];
  const rows: string[][] = [];
  const row = (label: string, t: Totals) =>
    rows.push([
      label,
      String(t.count),
      t.perSecond.toFixed(0),
      ms(t.p50),
      ms(t.p95),
      ms(t.p99),
      String(t.non2xx),
      String(t.errors),
    ]);
  for (const s of list) row(s.route, totalsOf([s], seconds));
  const reads = totalsOf(
    list.filter((s) => !s.isWrite),
    seconds,
  );
  const writes = totalsOf(
    list.filter((s) => s.isWrite),
    seconds,
  );
  const all = totalsOf(list, seconds);
  rows.push([]);
  row('all reads', reads);
  row('all writes', writes);
  row('all', all);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.length === 0
      ? widths.map((w) => '-'.repeat(w)).join('  ')
      : r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const failures = list
    .filter((s) => s.firstFailure)
    .map((s) => `  first failure of ${s.route}: ${s.firstFailure}`);
  return { text: [line(header), ...rows.map(line), ...failures].join('\n'), reads, writes };
}
