import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** The PostgreSQL extensions the migrations create, as PGlite must be told to load them. */
export const PGLITE_EXTENSIONS = { ltree, pg_trgm, unaccent, btree_gin };
