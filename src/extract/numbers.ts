/** Vietnamese number notation: "32.266" = 32266, "1,5" = 1.5, "1.234,5" = 1234.5. */

/** Parses one number written the Vietnamese way; null when it is not a number. */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.replace(/\s+/gu, '');
  if (s === '') return null;
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(s)) normalized = s.replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(s)) normalized = s;
  else if (/^\d+$/.test(s)) normalized = s;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Multipliers of money words; the amount is normalised to đồng. */
export const MONEY_SCALES: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Parses a Roman numeral ("XII") up to 399; null otherwise. */
export function parseRoman(s: string): number | null {
  if (!/^[IVXLC]{1,9}$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i += 1) {
    const v = ROMAN[s.charAt(i)] ?? 0;
    const next = ROMAN[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}
