import { z } from 'zod';
import { ROLES } from '../enums.ts';
import { LIMITS } from '../limits.ts';

/** Sign-in form. */
export const ZLoginRequest = z.object({
  username: z.string().trim().min(1).max(LIMITS.usernameMax),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

/** A new password must be long enough and differ from the current one. */
export const ZChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(LIMITS.passwordMax),
    newPassword: z
      .string()
      .min(LIMITS.passwordMin, `Mật khẩu mới phải có ít nhất ${LIMITS.passwordMin} ký tự.`)
      .max(LIMITS.passwordMax),
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    path: ['newPassword'],
  });
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

/** The signed-in user, with the agency and unit they act for. */
export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean(),
  agency: z.object({ id: z.number(), name: z.string(), shortName: z.string() }),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
});
export type TMe = z.infer<typeof ZMe>;

/** Answer of sign-in and of "who am I": the CSRF token goes in `x-csrf-token` on every write. */
export const ZSessionResponse = z.object({ user: ZMe, csrfToken: z.string() });
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

/** Name of the header that carries the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
