/**
 * Reads a number as Vietnamese officials write it: "32.266" = 32266, "1,5" = 1.5,
 * "1.234,5" = 1234.5; plain "12" and "12.5" (one dot, not three digits after it) too.
 * Returns null for anything that is not a number.
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.replace(/\s/g, '');
  if (s === '') return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) normalized = s.replace(',', '.');
  else if (/^-?\d+(\.\d+)?$/.test(s)) normalized = s;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
