import { type SQL, sql } from 'drizzle-orm';

/** Escapes LIKE wildcards so user text matches literally inside '%…%'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The unit is in force at some moment of [from, to] (ISO dates; pass one date twice for "on that
 * day"): the one test of the time-versioned tree, so every query reads validity the same way.
 * `alias` names the units table in the query, or null when it is the only table.
 */
export function unitInForce(alias: string | null, from: string, to: string): SQL {
  const column = (name: string) =>
    alias ? sql`${sql.identifier(alias)}.${sql.identifier(name)}` : sql.identifier(name);
  return sql`(${column('valid_from')} is null or ${column('valid_from')} <= ${to}::date)
    and (${column('valid_to')} is null or ${column('valid_to')} >= ${from}::date)`;
}
