/**
 * Output types of the document extractor. The shape follows
 * `../shared/extraction/SCHEMA.md`; every extracted value also carries the
 * offsets of the text it came from in the ORIGINAL input string.
 * Plain TypeScript (no zod) so the library stays dependency-free.
 */

/** Half-open range `[start, end)` of UTF-16 offsets into the original input string. */
export interface Span {
  start: number;
  end: number;
}

/** Who signed the document; `name` is null when only the position is printed. */
export interface Signer {
  name: string | null;
  position: string | null;
}

/** How an assigned body takes part in a task. */
export type AssignmentRole = 'lead' | 'support';

/** Period of a recurring obligation; null when the text says "định kỳ" without a period. */
export type RecurrenceEvery = 'year' | 'half-year' | 'quarter' | 'month' | 'week' | null;

/** Another document the text cites by kind and number. */
export interface Citation {
  /** Kind code (NQ, QĐ, QyĐ, KH, NĐ, TTLT, CV ...) or null when unknown. */
  kind: string | null;
  /** Number as printed after "số", spaces removed: "21/2019/NĐ-CP", "03-CT/TU", "515". */
  number: string;
  /** ISO date printed with this citation, else null. */
  date: string | null;
  /** Issuing body named with this citation ("của ..."), else null. */
  issuer: string | null;
  /** Quoted or "về ..." title of the cited document, else null. */
  subject: string | null;
  /** True when cited in the "Căn cứ / Thực hiện / Xét đề nghị" opening. */
  basis: boolean;
  span: Span;
}

/** Work the document gives to a named body. */
export interface Assignment {
  agency: string;
  role: AssignmentRole;
  task: string;
  /** Bodies named as "phối hợp với" partners inside the same clause. */
  partners: string[];
  /** ISO deadline of the task, else null. */
  due: string | null;
  span: Span;
}

/** A dated obligation ("trước ngày 15/9/2019"). */
export interface Deadline {
  date: string;
  text: string;
  /** The body that must meet the deadline when the clause names one. */
  who: string | null;
  span: Span;
}

/** A recurring obligation ("Định kỳ hàng năm báo cáo ..."). */
export interface Recurring {
  every: RecurrenceEvery;
  text: string;
  span: Span;
}

/** A quantified goal: exact values have min = max; "trên / từ ... trở lên" has min only. */
export interface Target {
  text: string;
  min: number | null;
  max: number | null;
  /** "%", "đồng" (money is normalised to đồng) or the counted noun as printed. */
  unit: string;
  measure: string | null;
  span: Span;
}

/** A quantified past result ("528 lớp bồi dưỡng"). */
export interface Result {
  text: string;
  value: number;
  unit: string;
  /** "2009-2019", "2020", "2009-" (open-ended "từ năm 2009 đến nay") or null. */
  period: string | null;
  span: Span;
}

/** Spans of the scalar fields; a key is absent or null when the field is null. */
export interface ExtractionSpans {
  number: Span | null;
  kind: Span | null;
  kindName: Span | null;
  place: Span | null;
  date: Span | null;
  subject: Span | null;
  issuer: Span | null;
  signerName: Span | null;
  signerPosition: Span | null;
  /** One span per entry of `recipients`, same order. */
  recipients: Span[];
}

/** Everything the extractor reads out of one document (SCHEMA.md + spans). */
export interface Extraction {
  number: string | null;
  kind: string | null;
  kindName: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  issuer: string | null;
  signer: Signer | null;
  recipients: string[];
  citations: Citation[];
  assignments: Assignment[];
  deadlines: Deadline[];
  recurring: Recurring[];
  targets: Target[];
  results: Result[];
  spans: ExtractionSpans;
}

/** Options of `extractDocument`. */
export interface ExtractOptions {
  /**
   * Date used to complete dates printed without a year when the document has
   * no date of its own ("trước ngày 15/9"). ISO string or Date; defaults to none
   * (such dates are then dropped rather than guessed).
   */
  referenceDate?: Date | string;
}
