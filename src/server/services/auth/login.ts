import { and, eq, gt, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { newToken, SESSION_IDLE_MS, sessionIdFromToken } from '../../auth/session-tokens.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { loginAttempts, sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Failures allowed per account, and per address, within the window before sign-in is refused. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

// Verified when the account does not exist, so timing does not reveal which usernames are real.
let dummyHash: Promise<string> | null = null;

/** Input of a sign-in attempt. */
export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  /** Token of a session the browser already had: revoked so an attacker-planted id cannot survive. */
  previousToken: string | null;
  requestId: string;
}

/** Checks credentials with throttling and opens a new session; returns its cookie token. */
export async function login(db: Db, clock: Clock, input: LoginInput): Promise<{ token: string }> {
  const username = input.username.trim().toLowerCase();
  const now = clock.now();
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();
  const [byAccount, byAddress] = await Promise.all([
    countAccountFailures(db, username, since),
    input.ip ? countAddressFailures(db, input.ip, since) : Promise.resolve(0),
  ]);
  if (byAccount >= LOGIN_LIMITS.perAccount) {
    throw new AppError(
      'too_many_requests',
      `Tài khoản này đã đăng nhập sai ${LOGIN_LIMITS.perAccount} lần. Hãy thử lại sau ${LOGIN_LIMITS.windowMinutes} phút.`,
    );
  }
  if (byAddress >= LOGIN_LIMITS.perAddress) {
    throw new AppError(
      'too_many_requests',
      `Quá nhiều lần đăng nhập sai từ địa chỉ này. Hãy thử lại sau ${LOGIN_LIMITS.windowMinutes} phút.`,
    );
  }

  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await dummyHash, input.password).then(() => false);
  const enabled = Boolean(user && !user.disabledAt);

  if (!user || !ok || !enabled) {
    // Recorded on its own, not in a transaction the refusal would roll back.
    await db.insert(loginAttempts).values({ username, ip: input.ip, success: false, at: now });
    throw new AppError(
      'unauthenticated',
      'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.',
    );
  }
  return db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ username, ip: input.ip, success: true, at: now });
    if (input.previousToken) {
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.id, sessionIdFromToken(input.previousToken)), gt(sessions.expiresAt, now)));
    }
    const token = newToken();
    const id = sessionIdFromToken(token);
    await tx.insert(sessions).values({
      id,
      userId: user.id,
      csrfToken: newToken(),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
    });
    await recordAudit(tx, { userId: user.id, requestId: input.requestId }, [
      {
        entityType: 'session',
        entityId: id.slice(0, 12),
        action: 'login',
        unitId: null,
        after: { ip: input.ip },
      },
    ]);
    return { token };
  });
}

async function countAccountFailures(db: Db, username: string, since: string): Promise<number> {
  // A successful sign-in clears the account's earlier failures.
  const result = await queryRows<{ n: number }>(
    db,
    sql`
    select count(*)::int as n from login_attempts f
     where f.username = ${username} and not f.success and f.at > ${since}
       and f.at > coalesce((select max(s.at) from login_attempts s where s.username = ${username} and s.success),
                           '-infinity'::timestamptz)`,
  );
  return result[0]?.n ?? 0;
}

async function countAddressFailures(db: Db, ip: string, since: string): Promise<number> {
  const result = await queryRows<{ n: number }>(
    db,
    sql`
    select count(*)::int as n from login_attempts where ip = ${ip} and not success and at > ${since}`,
  );
  return result[0]?.n ?? 0;
}
