import { z } from 'zod';
import { AGENCY_KINDS, ROLES, UNIT_KINDS } from '../enums.ts';
import { LIMITS } from '../limits.ts';

/** A unit in a list or tree. */
export const ZUnitSummary = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  level: z.number(),
  parentId: z.number().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  childCount: z.number(),
});
export type TUnitSummary = z.infer<typeof ZUnitSummary>;

/** Query of the unit list: children of a unit, or a search within the actor's subtree. */
export const ZUnitListQuery = z.object({
  parentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  /** Include units that ceased on the 2025 reform (or earlier). */
  historic: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(100),
});
export type TUnitListQuery = z.infer<typeof ZUnitListQuery>;

/** What the actor may do with a unit. */
export const ZUnitActions = z.object({ manageAgencies: z.boolean(), manageUsers: z.boolean() });

/** An agency as shown on its unit's page. */
export const ZAgency = z.object({
  id: z.number(),
  unitId: z.number(),
  kind: z.enum(AGENCY_KINDS),
  name: z.string(),
  shortName: z.string(),
  aliases: z.array(z.string()),
  actions: z.object({ update: z.boolean() }),
});
export type TAgency = z.infer<typeof ZAgency>;

/** An admin adds an agency to a unit of their subtree. */
export const ZCreateAgencyRequest = z.object({
  unitId: z.number().int().positive(),
  kind: z.enum(AGENCY_KINDS),
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  shortName: z.string().trim().min(1).max(LIMITS.nameMax),
  aliases: z.array(z.string().trim().min(1).max(LIMITS.nameMax)).max(30).default([]),
});
export type TCreateAgencyRequest = z.infer<typeof ZCreateAgencyRequest>;

/** Changes to an agency's names (its unit never changes: create a new agency instead). */
export const ZUpdateAgencyRequest = ZCreateAgencyRequest.omit({ unitId: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Không có thay đổi nào.' });
export type TUpdateAgencyRequest = z.infer<typeof ZUpdateAgencyRequest>;

/** A unit's page: its place in the tree and in time, agencies and (for admins) users. */
export const ZUnitDetail = ZUnitSummary.extend({
  path: z.array(z.object({ id: z.number(), name: z.string() })),
  predecessors: z.array(z.object({ id: z.number(), name: z.string(), effectiveDate: z.string() })),
  successors: z.array(z.object({ id: z.number(), name: z.string(), effectiveDate: z.string() })),
  agencies: z.array(ZAgency),
  actions: ZUnitActions,
});
export type TUnitDetail = z.infer<typeof ZUnitDetail>;

/** A user as an admin sees them. */
export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  role: z.enum(ROLES),
  agency: z.object({ id: z.number(), name: z.string(), unitId: z.number(), unitName: z.string() }),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  actions: z.object({ update: z.boolean(), resetPassword: z.boolean(), revokeSessions: z.boolean() }),
});
export type TUser = z.infer<typeof ZUser>;
