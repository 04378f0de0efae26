import { z } from 'zod';

const ZBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the server reads, parsed once at start-up. */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  QPTD_DATA_DIR: z.string().min(1).default('./data'),
  QPTD_DEMO: ZBool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: ZBool.default(false),
  /** Outgoing mail for reminders, e.g. smtp://user:pass@mail.example.vn:587; unset = in-app only. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().min(3).default('QPTD <no-reply@qptd.local>'),
  /** Address of the web app in links inside e-mails. */
  PUBLIC_URL: z.string().url().optional(),
  /** How often the scheduled jobs (reminders) look for work, in minutes. */
  /** Token a Prometheus server on another host sends to read /metrics. */
  METRICS_TOKEN: z.string().min(16).optional(),
  JOB_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
});

/** Parsed configuration of one server process. */
export type Env = z.infer<typeof ZEnv>;

/** Parses `source` (normally process.env); on failure lists every problem and throws. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = ZEnv.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
  throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
}
