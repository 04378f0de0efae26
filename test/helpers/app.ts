import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { fixedClock } from '../../src/server/clock.ts';
import type { Database } from '../../src/server/db/client.ts';
import { DEMO_PASSWORD } from '../../src/server/services/demo/demo-users.ts';
import { loadDemoIfEmpty } from '../../src/server/services/demo/load-demo.ts';
import { ensureIndicatorCatalogue } from '../../src/server/services/indicators/ensure-catalogue.ts';
import { ensureReportForms } from '../../src/server/services/reports/ensure-report-forms.ts';
import { createTestDatabase } from './database.ts';

/** A signed-in client: every request carries the session cookie, and writes carry the CSRF token. */
export interface Agent {
  username: string;
  cookie: string;
  csrfToken: string;
  user: { id: string; fullName: string; unit: { id: number; name: string }; agency: { id: number } };
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A real server (no network) on a fresh database, with a controllable clock. */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  signIn(username: string, password?: string): Promise<Agent>;
  close(): Promise<void>;
}

/** Builds the app on a fresh database; with `demo`, loads the demo province and its accounts. */
export async function createTestApp(options: { demo?: boolean; now?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(options.now ?? '2026-03-02T02:00:00Z');
  await ensureIndicatorCatalogue(database.db);
  await ensureReportForms(database.db);
  if (options.demo ?? true) await loadDemoIfEmpty(database.db, clock);
  const app = await buildApp({ database, clock });
  await app.ready();
  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<Agent> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200)
      throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'qptd_session');
    const body = res.json() as { csrfToken: string; user: Agent['user'] };
    const cookieHeader = `qptd_session=${cookie!.value}`;
    return {
      username,
      cookie: cookieHeader,
      csrfToken: body.csrfToken,
      user: body.user,
      request: (opts) =>
        app.inject({
          ...opts,
          headers: {
            cookie: cookieHeader,
            ...(opts.method && opts.method !== 'GET' ? { 'x-csrf-token': body.csrfToken } : {}),
            ...(opts.headers ?? {}),
          },
        }),
    };
  };
  return {
    app,
    database,
    clock,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Id of the unit named `name` (current units first), straight from the database. */
export async function unitIdByName(database: Database, name: string): Promise<number> {
  const { queryRows } = await import('../../src/server/db/query-rows.ts');
  const { sql } = await import('drizzle-orm');
  const rows = await queryRows<{ id: string }>(
    database.db,
    sql`select id from units where name = ${name} order by valid_to nulls first limit 1`,
  );
  if (!rows[0]) throw new Error(`no unit named ${name}`);
  return Number(rows[0].id);
}
