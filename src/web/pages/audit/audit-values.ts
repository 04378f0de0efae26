/** Long ids (UUIDs, session tokens) shortened for the table; the full id stays in the tooltip. */
export function shortEntityId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** Reads a positive page number from the URL, 1 when absent or malformed. */
export function parsePage(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
