import { z } from 'zod';
import { DOCUMENT_CLASSIFICATIONS } from '../document-enums.ts';
import { LIMITS } from '../limits.ts';
import { RECURRENCES } from '../task-status.ts';
import { ZExtraction } from './extraction.ts';
import { withBoundChecks, ZTargetFields } from './targets.ts';

const ZIsoDate = z.iso.date('Ngày không hợp lệ (yyyy-mm-dd).');
const ZSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** Registering a pasted document (an uploaded file goes as multipart with the same fields). */
export const ZRegisterDocumentRequest = z.object({
  text: z.string().min(1, 'Văn bản trống.').max(LIMITS.extractTextMaxChars),
  classification: z.enum(DOCUMENT_CLASSIFICATIONS).default('thuong'),
  unitId: z.number().int().positive().optional(),
});
export type TRegisterDocumentRequest = z.infer<typeof ZRegisterDocumentRequest>;

/** A citation as the reviewer confirms it. */
export const ZCitationInput = z.object({
  kind: z.string().max(20).nullable(),
  number: z.string().trim().min(1).max(100),
  date: ZIsoDate.nullable(),
  issuer: z.string().max(500).nullable(),
  subject: z.string().max(2000).nullable(),
  basis: z.boolean(),
  span: ZSpan.nullable(),
});

/** A task as the reviewer confirms it: one lead agency each (a plural target is fanned out by the UI). */
export const ZTaskInput = z.object({
  title: z.string().trim().min(1).max(2000),
  leadAgencyIds: z.array(z.number().int().positive()).min(1, 'Chọn cơ quan chủ trì.').max(5000),
  supportAgencyIds: z.array(z.number().int().positive()).max(200).default([]),
  dueOn: ZIsoDate.nullable(),
  recurrence: z.enum(RECURRENCES).default('once'),
  span: ZSpan.nullable(),
});
export type TTaskInput = z.infer<typeof ZTaskInput>;

/**
 * A target the reviewer confirms from the document: the target's fields, the words it was read
 * from, and (`taskIndex`, an index into the request's `tasks`) the assignment it belongs to.
 */
export const ZDocumentTargetInput = withBoundChecks(
  ZTargetFields.extend({
    span: ZSpan.nullable().default(null),
    taskIndex: z.number().int().min(0).nullish(),
  }),
);
export type TDocumentTargetInput = z.infer<typeof ZDocumentTargetInput>;

/** The reviewed document: corrected metadata, citations, tasks and targets. */
export const ZConfirmDocumentRequest = z.object({
  number: z.string().trim().max(100).nullable(),
  kind: z.string().trim().max(20).nullable(),
  kindName: z.string().trim().max(100).nullable(),
  issuedOn: ZIsoDate.nullable(),
  place: z.string().trim().max(200).nullable(),
  subject: z.string().trim().max(2000).nullable(),
  issuerText: z.string().trim().max(500).nullable(),
  issuerAgencyId: z.number().int().positive().nullable(),
  signerName: z.string().trim().max(200).nullable(),
  signerPosition: z.string().trim().max(200).nullable(),
  recipients: z.array(z.string().trim().min(1).max(500)).max(200),
  classification: z.enum(DOCUMENT_CLASSIFICATIONS),
  citations: z.array(ZCitationInput).max(500),
  tasks: z.array(ZTaskInput).max(500),
  /** Optional so callers written before targets existed keep working. */
  targets: z.array(ZDocumentTargetInput).max(500).default([]),
});
export type TConfirmDocumentRequest = z.infer<typeof ZConfirmDocumentRequest>;

/** Filters of the document list. */
export const ZDocumentListQuery = z.object({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  kind: z.string().trim().max(20).optional(),
  issuerAgencyId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  reviewState: z.enum(['draft', 'confirmed', 'unreviewed']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
});
export type TDocumentListQuery = z.infer<typeof ZDocumentListQuery>;

/** A document in lists. */
export const ZDocumentSummary = z.object({
  id: z.number(),
  number: z.string().nullable(),
  kind: z.string().nullable(),
  kindName: z.string().nullable(),
  issuedOn: z.string().nullable(),
  subject: z.string().nullable(),
  issuerText: z.string().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  classification: z.enum(DOCUMENT_CLASSIFICATIONS),
  reviewState: z.enum(['draft', 'confirmed', 'unreviewed']),
  createdAt: z.string(),
});
export type TDocumentSummary = z.infer<typeof ZDocumentSummary>;

const ZAgencyChoice = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  score: z.number(),
});

/** What the reviewer is offered for each extracted assignment. */
export const ZAssignmentProposal = z.object({
  index: z.number(),
  agency: z.string(),
  role: z.enum(['lead', 'support']),
  task: z.string(),
  due: z.string().nullable(),
  span: ZSpan,
  partners: z.array(z.object({ written: z.string(), match: ZAgencyChoice.nullable() })),
  match: z.discriminatedUnion('type', [
    z.object({ type: z.literal('single'), agency: ZAgencyChoice }),
    z.object({
      type: z.literal('plural'),
      agencyKind: z.string(),
      level: z.number().nullable(),
      replacedDistricts: z.boolean(),
      candidates: z.array(ZAgencyChoice),
    }),
    z.object({ type: z.literal('none'), suggestions: z.array(ZAgencyChoice) }),
  ]),
});

/**
 * What the reviewer is offered for each extracted target: the indicator its words suggest (null:
 * "chưa gắn chỉ tiêu"), unit, level, period and bounds, and the assignment whose words hold it.
 */
export const ZTargetProposal = z.object({
  index: z.number(),
  text: z.string(),
  span: ZSpan,
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** '%' or what is counted ("lớp", "bài học kinh nghiệm"), as the extractor read it. */
  unitOfMeasure: z.string(),
  indicatorId: z.number().nullable(),
  category: z.string(),
  unitId: z.number(),
  level: z.number().nullable(),
  period: z.string(),
  assignmentIndex: z.number().nullable(),
});
export type TTargetProposal = z.infer<typeof ZTargetProposal>;

/** A target a confirmed document set, as its page lists it. */
export const ZDocumentTarget = z.object({
  id: z.number(),
  indicatorId: z.number(),
  indicatorName: z.string(),
  indicatorKind: z.enum(['quantity', 'ratio']),
  category: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  level: z.number().nullable(),
  period: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  sourceTaskId: z.number().nullable(),
});
export type TDocumentTarget = z.infer<typeof ZDocumentTarget>;

/** A document's page. */
export const ZDocumentDetail = ZDocumentSummary.extend({
  place: z.string().nullable(),
  issuerAgencyId: z.number().nullable(),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  recipients: z.array(z.string()),
  /** Null when the document is secret and the actor may not read it. */
  body: z.string().nullable(),
  extraction: ZExtraction.nullable(),
  file: z.object({ name: z.string(), size: z.number(), sha256: z.string() }).nullable(),
  citations: z.array(
    z.object({
      id: z.number(),
      kind: z.string().nullable(),
      number: z.string(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      subject: z.string().nullable(),
      basis: z.boolean(),
      resolved: z
        .object({ id: z.number(), number: z.string().nullable(), subject: z.string().nullable() })
        .nullable(),
    }),
  ),
  implementedBy: z.array(
    z.object({
      id: z.number(),
      number: z.string().nullable(),
      kind: z.string().nullable(),
      subject: z.string().nullable(),
      unitName: z.string(),
    }),
  ),
  proposals: z.array(ZAssignmentProposal),
  targetProposals: z.array(ZTargetProposal),
  /** The targets the document set (not the splits made from them later). */
  targets: z.array(ZDocumentTarget),
  taskCount: z.number(),
  /** For directives that require lower units to issue their own document: who has and who has not. */
  lowerIssuance: z.array(
    z.object({ unitId: z.number(), unitName: z.string(), documentId: z.number().nullable() }),
  ),
  actions: z.object({ review: z.boolean(), readBody: z.boolean() }),
});
export type TDocumentDetail = z.infer<typeof ZDocumentDetail>;
