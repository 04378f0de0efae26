import { z } from 'zod';

/** The one error shape every API route answers with. */
export const ZErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** Error body as the web app reads it. */
export type TErrorResponse = z.infer<typeof ZErrorResponse>;
