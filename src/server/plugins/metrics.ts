import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

const label = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * Request and database timings in the Prometheus text format at `/metrics`: a histogram per route,
 * method and status class, and the database's answer time measured at each scrape. Scraped from
 * the machine itself, or with `Authorization: Bearer <METRICS_TOKEN>` when a token is set.
 */
export function installMetrics(app: FastifyInstance, options: { token?: string }): void {
  const series = new Map<string, Series>();
  const started = Date.now();
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const key = `route="${label(route)}",method="${request.method}",status="${Math.floor(reply.statusCode / 100)}xx"`;
    const seconds = reply.elapsedTime / 1000;
    const s = series.get(key) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
    s.count += 1;
    s.sum += seconds;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.buckets[i]! += 1;
    });
    series.set(key, s);
  });

  app.get('/metrics', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const auth = request.headers.authorization;
    const local = request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
    if (options.token ? auth !== `Bearer ${options.token}` : !local) throw new AppError('forbidden');
    const pingStart = performance.now();
    let up = 1;
    try {
      await app.database.ping();
    } catch {
      up = 0;
    }
    const pingSeconds = (performance.now() - pingStart) / 1000;
    const lines = [
      '# HELP qptd_http_request_duration_seconds Time to answer HTTP requests.',
      '# TYPE qptd_http_request_duration_seconds histogram',
    ];
    for (const [key, s] of series) {
      for (const [i, b] of BUCKETS.entries()) {
        lines.push(`qptd_http_request_duration_seconds_bucket{${key},le="${b}"} ${s.buckets[i]}`);
      }
      lines.push(`qptd_http_request_duration_seconds_bucket{${key},le="+Inf"} ${s.count}`);
      lines.push(`qptd_http_request_duration_seconds_sum{${key}} ${s.sum}`);
      lines.push(`qptd_http_request_duration_seconds_count{${key}} ${s.count}`);
    }
    lines.push(
      '# HELP qptd_database_up Whether the database answered the last scrape.',
      '# TYPE qptd_database_up gauge',
      `qptd_database_up{kind="${app.database.kind}"} ${up}`,
      '# HELP qptd_database_ping_seconds Time the database took to answer a trivial query at the last scrape.',
      '# TYPE qptd_database_ping_seconds gauge',
      `qptd_database_ping_seconds ${pingSeconds}`,
      '# HELP qptd_process_uptime_seconds Seconds since the server started.',
      '# TYPE qptd_process_uptime_seconds counter',
      `qptd_process_uptime_seconds ${(Date.now() - started) / 1000}`,
      '# HELP qptd_process_resident_memory_bytes Resident memory of the server process.',
      '# TYPE qptd_process_resident_memory_bytes gauge',
      `qptd_process_resident_memory_bytes ${process.memoryUsage().rss}`,
    );
    return reply.header('content-type', 'text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
  });
}
