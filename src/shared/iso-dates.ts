/** `iso` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An ISO date as Vietnamese documents write it: "2026-03-05" → "05/03/2026". */
export function vnDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}
