import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/** Filters and page of the audit log. */
export const ZAuditQuery = z.object({
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

/** One audit entry as the viewer shows it. */
export const ZAuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  unitName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

/** A page of audit entries. */
export const ZAuditPage = z.object({ items: z.array(ZAuditEntry), total: z.number() });
export type TAuditPage = z.infer<typeof ZAuditPage>;
