/** A positive whole number from a URL parameter, or null for anything else. */
export function positiveIntParam(raw: string | null | undefined): number | null {
  return raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

/** The page number in a URL parameter, 1 for anything odd. */
export function pageParam(raw: string | null | undefined): number {
  return positiveIntParam(raw) ?? 1;
}

/** One of `allowed`, or undefined when the URL holds something else. */
export function oneOf<T extends string>(
  allowed: readonly T[],
  raw: string | null | undefined,
): T | undefined {
  return allowed.find((value) => value === raw);
}

/** A document or task id from a route parameter, or NaN when it is not a positive whole number. */
export function idFromParam(raw: string | undefined): number {
  return positiveIntParam(raw) ?? Number.NaN;
}
