/**
 * Document numbers ("số, ký hiệu"): "100/KH-UBND", "03-CT/TU", "21/2019/NĐ-CP",
 * "28/2013/TTLT-BLĐTBXH-BQP", printed with stray spaces ("03 - CT/TU").
 */

/**
 * Serial, then segments each introduced by "/" or "-": a 4-digit year or an
 * upper-case code with at most single lower-case letters ("TTg", "CTr", "QyĐ").
 * A code may be split by one space before another upper-case run that is itself
 * followed by a separator ("BLĐT BXH-BQP"), a frequent typing slip.
 */
const NUMBER_AT =
  /(\d{1,5}[a-z]?)((?: ?[/-] ?(?:\d{4}|\p{Lu}(?:[\p{Lu}\p{N}&]|\p{Ll}(?!\p{Ll}))*(?: \p{Lu}{2,}(?=[/-]))?)(?![\p{L}\p{N}]))+)/uy;

/** A document number matched in text. */
export interface DocNumberMatch {
  /** Number with every space removed, as the schema wants it. */
  value: string;
  start: number;
  end: number;
}

/** Matches a document number starting exactly at `pos`, or null. */
export function matchDocNumberAt(text: string, pos: number): DocNumberMatch | null {
  if (pos > 0 && /[\p{L}\p{N}/.-]/u.test(text.charAt(pos - 1))) return null;
  NUMBER_AT.lastIndex = pos;
  const m = NUMBER_AT.exec(text);
  if (!m) return null;
  const value = m[0].replace(/\s+/gu, '');
  if (!/[/-]\p{L}/u.test(value)) return null; // a year alone ("5/2020") is not a number
  return { value, start: pos, end: pos + m[0].length };
}

/** Matches a bare serial ("Quyết định 515"): digits not followed by a separator or a date. */
export function matchBareSerialAt(text: string, pos: number): DocNumberMatch | null {
  const m = /(\d{1,5})(?![\d/.,-]\d|[\p{L}%])/uy;
  m.lastIndex = pos;
  const found = m.exec(text);
  if (!found?.[1]) return null;
  return { value: found[1], start: pos, end: pos + found[1].length };
}
