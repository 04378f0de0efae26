import { sql } from 'drizzle-orm';
import type { Role } from '../../shared/enums.ts';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/query-rows.ts';
import type { Actor } from './actor.ts';
import { SESSION_IDLE_MS } from './session-tokens.ts';

interface SessionRow {
  session_id: string;
  csrf_token: string;
  last_seen_at: string | Date;
  user_id: string;
  username: string;
  full_name: string;
  role: Role;
  must_change_password: boolean;
  agency_id: string | number;
  agency_name: string;
  agency_short_name: string;
  unit_id: string | number;
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  unit_path: string;
}

// Refresh last_seen_at at most this often, so reads do not turn into writes on every request.
const TOUCH_EVERY_MS = 60_000;

/** Resolves a live session (not revoked, not expired, user enabled) to its actor, in one query. */
export async function loadSession(
  db: Db,
  sessionId: string,
  now: Date,
  requestId: string,
): Promise<Actor | null> {
  const result = await queryRows<SessionRow>(
    db,
    sql`
    select s.id as session_id, s.csrf_token, s.last_seen_at,
           u.id as user_id, u.username, u.full_name, u.role, u.must_change_password,
           a.id as agency_id, a.name as agency_name, a.short_name as agency_short_name,
           un.id as unit_id, un.code as unit_code, un.name as unit_name, un.kind as unit_kind,
           un.path::text as unit_path
      from sessions s
      join users u on u.id = s.user_id
      join agencies a on a.id = u.agency_id
      join units un on un.id = a.unit_id
     where s.id = ${sessionId}
       and s.revoked_at is null
       and s.expires_at > ${now.toISOString()}
       and u.disabled_at is null`,
  );
  const row = result[0];
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) {
    await queryRows<Record<string, unknown>>(
      db,
      sql`
      update sessions set last_seen_at = ${now.toISOString()},
             expires_at = ${new Date(now.getTime() + SESSION_IDLE_MS).toISOString()}
       where id = ${sessionId}`,
    );
  }
  return {
    userId: row.user_id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    agencyId: Number(row.agency_id),
    agencyName: row.agency_name,
    agencyShortName: row.agency_short_name,
    unitId: Number(row.unit_id),
    unitCode: row.unit_code,
    unitName: row.unit_name,
    unitKind: row.unit_kind,
    unitPath: row.unit_path,
    mustChangePassword: row.must_change_password,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    requestId,
  };
}
