/** A typed head count read back: null for an empty field, `invalid` for anything but a whole number ≥ 0. */
export type CountReading = { value: number | null } | { invalid: true };

/**
 * Reads a head count typed in a register form: digits, with the Vietnamese thousands dot or
 * spaces allowed (1.234 or 1 234). A decimal or a negative number is no head count.
 */
export function readCount(text: string): CountReading {
  const trimmed = text.trim();
  if (!trimmed) return { value: null };
  const compact = trimmed.replace(/[\s.]/g, '');
  if (!/^\d{1,9}$/.test(compact) || /^\.|\.$|\.\./.test(trimmed)) return { invalid: true };
  return { value: Number(compact) };
}

/** The text a count field starts with. */
export function countText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A rate's target as the targets table holds it (in %). */
export interface RateTarget {
  min: number | null;
  max: number | null;
}

/** "≥ 94%", "≤ 5%", "94–100%": how a target reads next to its rate. */
export function formatRateTarget(target: RateTarget, number: (n: number) => string): string {
  if (target.min !== null && target.max !== null)
    return target.min === target.max
      ? `${number(target.min)}%`
      : `${number(target.min)}–${number(target.max)}%`;
  if (target.min !== null) return `≥ ${number(target.min)}%`;
  return `≤ ${number(target.max ?? 0)}%`;
}

/** Whether a rate meets its target; null when either is unknown. */
export function meetsTarget(value: number | null, target: RateTarget | null): boolean | null {
  if (value === null || !target) return null;
  if (target.min !== null && value < target.min) return false;
  if (target.max !== null && value > target.max) return false;
  return true;
}

/** Years offered on a register page: the next one (planning) and six back. */
export function registerYearOptions(current: number): string[] {
  return Array.from({ length: 7 }, (_, i) => String(current + 1 - i));
}

/** The year in the address, or the current one when it is missing or absurd. */
export function registerYearFromParam(raw: string | null, current: number): number {
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  return year >= 2000 && year <= 2100 ? year : current;
}

/** The unit in the address, or the user's own. */
export function unitFromParam(raw: string | null, own: number): number {
  const id = raw && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  return id > 0 ? id : own;
}

/** Today in the browser's calendar as ISO (YYYY-MM-DD): the officials' day, not UTC's. */
export function localIsoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
