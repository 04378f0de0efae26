import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL `ltree`: a unit's materialized path of ids, e.g. "1.24.310". */
export const ltree = customType<{ data: string }>({
  dataType() {
    return 'ltree';
  },
});

/** PostgreSQL `bytea`: an uploaded file kept in the database (so every instance serves it). */
export const bytea = customType<{ data: Buffer }>({
  dataType() {
    return 'bytea';
  },
});
