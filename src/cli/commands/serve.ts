import { buildApp } from '../../server/app.ts';
import { type Clock, systemClock } from '../../server/clock.ts';
import { databaseTarget } from '../../server/database-target.ts';
import { openDatabase } from '../../server/db/client.ts';
import { parseEnv } from '../../server/env.ts';
import { reminderJob } from '../../server/jobs/reminder-job.ts';
import { startScheduler } from '../../server/jobs/scheduler.ts';
import { loadDemoIfEmpty } from '../../server/services/demo/load-demo.ts';
import { ensureIndicatorCatalogue } from '../../server/services/indicators/ensure-catalogue.ts';
import { smtpMailer } from '../../server/services/notifications/mailer.ts';
import { ensureReportForms } from '../../server/services/reports/ensure-report-forms.ts';
import type { CliCommand } from '../command.ts';

/**
 * Opens the database, loads the catalogue, report forms and (first time) the demo, starts the daily
 * jobs and listens, all on `clock`; SIGTERM/SIGINT finish requests and close the database.
 * `qptd serve` runs it on the wall clock; the browser tests run it on a clock they move.
 */
export async function serve(clock: Clock): Promise<void> {
  const env = parseEnv();
  const database = await openDatabase(databaseTarget(env));
  const app = await buildApp({
    database,
    clock,
    logger: {
      level: env.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password'],
    },
    trustProxy: env.TRUST_PROXY,
    metricsToken: env.METRICS_TOKEN,
    serveWeb: true,
  });
  await ensureIndicatorCatalogue(database.db);
  await ensureReportForms(database.db);
  if (env.QPTD_DEMO) {
    const demo = await loadDemoIfEmpty(database.db);
    if (demo) {
      app.log.info({ ...demo, password: undefined }, 'demo data loaded');
      process.stdout.write(
        `Đã nạp dữ liệu mẫu: ${demo.provinceName}, ${demo.communes} xã/phường, ` +
          `${demo.legacyUnits} đơn vị hành chính cũ (trước 01/7/2025), ${demo.agencies} cơ quan.\n` +
          `Tài khoản mẫu (mật khẩu: ${demo.password}):\n` +
          demo.accounts.map((a) => `  ${a.username.padEnd(18)} ${a.role}\n`).join(''),
      );
    }
  }
  const mailer = env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.SMTP_FROM) : null;
  const stopJobs = startScheduler(
    database,
    clock,
    [reminderJob(clock, mailer, env.PUBLIC_URL)],
    env.JOB_INTERVAL_MINUTES,
    app.log,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    stopJobs();
    try {
      await app.close();
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const shown = address.replace('127.0.0.1', 'localhost');
  process.stdout.write(
    `QPTD đang chạy tại ${shown} (${database.location}). Đăng nhập: ${shown}/dang-nhap · API: ${shown}/api/docs\n`,
  );
}

/** `qptd serve`: runs the server until SIGTERM/SIGINT, then finishes requests and closes the database. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Chạy máy chủ QPTD (mặc định http://localhost:3000)',
  usage: 'qptd serve',
  async run() {
    await serve(systemClock);
    return new Promise<number>(() => {});
  },
};
