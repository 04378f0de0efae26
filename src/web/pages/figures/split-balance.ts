/** How the parts of a split stand against the quota. */
export type SplitState = 'missing' | 'over' | 'exact';

/** The sum of the parts, and how far it is from the quota. */
export interface SplitBalance {
  sum: number;
  state: SplitState;
  /** How much is still to allocate (missing) or allocated too much (over); 0 when exact. */
  amount: number;
}

// The server accepts a difference below 1e-9; decimals typed as 0,1 + 0,2 must not miss by a hair.
const TOLERANCE = 1e-9;

/** Adds up the allocations (blank ones count as nothing) and compares them with the quota. */
export function splitBalance(parts: readonly (number | null)[], quota: number): SplitBalance {
  const sum = parts.reduce<number>((total, part) => total + (part ?? 0), 0);
  const rounded = Math.round(sum * 1e6) / 1e6;
  const difference = Math.round((quota - rounded) * 1e6) / 1e6;
  if (Math.abs(difference) < TOLERANCE) return { sum: rounded, state: 'exact', amount: 0 };
  return difference > 0
    ? { sum: rounded, state: 'missing', amount: difference }
    : { sum: rounded, state: 'over', amount: -difference };
}
