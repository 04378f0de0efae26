import { z } from 'zod';
import { LIMITS } from '../limits.ts';

const ZSpan = z.object({ start: z.number(), end: z.number() });

/** What the extractor returns (the extraction schema plus source spans), as the API answers it. */
export const ZExtraction = z.object({
  number: z.string().nullable(),
  kind: z.string().nullable(),
  kindName: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  subject: z.string().nullable(),
  issuer: z.string().nullable(),
  signer: z.object({ name: z.string().nullable(), position: z.string().nullable() }).nullable(),
  recipients: z.array(z.string()),
  citations: z.array(
    z.object({
      kind: z.string().nullable(),
      number: z.string(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      subject: z.string().nullable(),
      basis: z.boolean(),
      span: ZSpan,
    }),
  ),
  assignments: z.array(
    z.object({
      agency: z.string(),
      role: z.enum(['lead', 'support']),
      task: z.string(),
      partners: z.array(z.string()),
      due: z.string().nullable(),
      span: ZSpan,
    }),
  ),
  deadlines: z.array(
    z.object({ date: z.string(), text: z.string(), who: z.string().nullable(), span: ZSpan }),
  ),
  recurring: z.array(z.object({ every: z.string().nullable(), text: z.string(), span: ZSpan })),
  targets: z.array(
    z.object({
      text: z.string(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      unit: z.string(),
      measure: z.string().nullable(),
      span: ZSpan,
    }),
  ),
  results: z.array(
    z.object({
      text: z.string(),
      value: z.number(),
      unit: z.string(),
      period: z.string().nullable(),
      span: ZSpan,
    }),
  ),
  spans: z.object({
    number: ZSpan.nullable(),
    kind: ZSpan.nullable(),
    kindName: ZSpan.nullable(),
    place: ZSpan.nullable(),
    date: ZSpan.nullable(),
    subject: ZSpan.nullable(),
    issuer: ZSpan.nullable(),
    signerName: ZSpan.nullable(),
    signerPosition: ZSpan.nullable(),
    recipients: z.array(ZSpan),
  }),
});
export type TExtraction = z.infer<typeof ZExtraction>;

/** Pasted text to extract from. */
export const ZExtractTextRequest = z.object({
  text: z
    .string()
    .min(1, 'Văn bản trống.')
    .max(LIMITS.extractTextMaxChars, 'Văn bản quá dài (tối đa 2 triệu ký tự).'),
  referenceDate: z.iso.date().optional(),
});

/** The extraction with the text it was read from (a file's text, so the UI can highlight spans). */
export const ZExtractResponse = z.object({ text: z.string(), extraction: ZExtraction });
