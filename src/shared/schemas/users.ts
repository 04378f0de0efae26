import { z } from 'zod';
import { ROLES } from '../enums.ts';
import { LIMITS } from '../limits.ts';

/** Query of the user list: users of one unit's agencies (or of the whole scope). */
export const ZUserListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** An admin creates an account; the server returns a temporary password to hand over. */
export const ZCreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(LIMITS.usernameMin)
    .max(LIMITS.usernameMax)
    .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.'),
  fullName: z.string().trim().min(1).max(LIMITS.nameMax),
  position: z.string().trim().max(LIMITS.nameMax).nullish(),
  email: z.string().trim().email().max(LIMITS.nameMax).nullish(),
  role: z.enum(ROLES),
  agencyId: z.number().int().positive(),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

/** Changes an admin may make to an account. */
export const ZUpdateUserRequest = z
  .object({
    fullName: z.string().trim().min(1).max(LIMITS.nameMax),
    position: z.string().trim().max(LIMITS.nameMax).nullable(),
    role: z.enum(ROLES),
    agencyId: z.number().int().positive(),
    disabled: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Không có thay đổi nào.' });
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;
