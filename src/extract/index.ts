/** Public API of the document extractor (pure TypeScript, no runtime dependencies, no I/O). */
export { extractDocument } from './extract-document.ts';
export { DOCUMENT_KINDS, type DocumentKind } from './kinds.ts';
export type {
  Assignment,
  AssignmentRole,
  Citation,
  Deadline,
  Extraction,
  ExtractionSpans,
  ExtractOptions,
  RecurrenceEvery,
  Recurring,
  Result,
  Signer,
  Span,
  Target,
} from './types.ts';
