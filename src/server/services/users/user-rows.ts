import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';

/** A user joined with their agency and unit, as services and presenters need it. */
export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  position: string | null;
  email: string | null;
  role: Role;
  mustChangePassword: boolean;
  disabledAt: string | null;
  createdAt: string;
  agencyId: number;
  agencyName: string;
  unitId: number;
  unitName: string;
  unitPath: string;
}

interface Raw {
  id: string;
  username: string;
  full_name: string;
  position: string | null;
  email: string | null;
  role: Role;
  must_change_password: boolean;
  disabled_at: string | Date | null;
  created_at: string | Date;
  agency_id: string | number;
  agency_name: string;
  unit_id: string | number;
  unit_name: string;
  unit_path: string;
}

const iso = (v: string | Date) => new Date(v).toISOString();

/** Users matching `where` (an SQL condition over u, a, un) within `scopePath`, joined once. */
export async function selectUsers(
  db: DbOrTx,
  scopePath: string,
  where: ReturnType<typeof sql>,
  limit = 500,
): Promise<UserRow[]> {
  const result = await queryRows<Raw>(
    db,
    sql`
    select u.id, u.username, u.full_name, u.position, u.email, u.role, u.must_change_password,
           u.disabled_at, u.created_at, a.id as agency_id, a.name as agency_name,
           un.id as unit_id, un.name as unit_name, un.path::text as unit_path
      from users u
      join agencies a on a.id = u.agency_id
      join units un on un.id = a.unit_id
     where un.path <@ ${scopePath}::ltree and ${where}
     order by un.path, u.full_name
     limit ${limit}`,
  );
  return result.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    position: r.position,
    email: r.email,
    role: r.role,
    mustChangePassword: r.must_change_password,
    disabledAt: r.disabled_at ? iso(r.disabled_at) : null,
    createdAt: iso(r.created_at),
    agencyId: Number(r.agency_id),
    agencyName: r.agency_name,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    unitPath: r.unit_path,
  }));
}
