import type { NormalizedText } from './normalize.ts';
import type { Layout } from './segment.ts';
import type { TokenCache } from './text.ts';

/** Offsets into the NORMALISED text; converted to original offsets at the very end. */
export interface NSpan {
  start: number;
  end: number;
}

/** A value together with where it was read. */
export interface Located<T> {
  value: T;
  span: NSpan;
}

/** What every rule gets: the normalised text, its segmentation and the reference date. */
export interface ExtractContext {
  norm: NormalizedText;
  text: string;
  layout: Layout;
  /** Year used to complete dates printed without one (document date first, then the option). */
  defaultYear: number | null;
  /** The document's own date (ISO), so a yearless deadline can fall into the next year. */
  documentDate: string | null;
  /** True when the text has no administrative header: a news article or an essay. */
  isArticle: boolean;
  /** The document's own number (so it is never cited as another document). */
  ownNumber: string | null;
  /** Tokens of any range of `text`, computed once per line. */
  tokens: TokenCache;
}
