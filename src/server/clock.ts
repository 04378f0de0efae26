/** The time source services use, so tests can control "today" (deadlines, overdue states). */
export interface Clock {
  now(): Date;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where a test puts it. */
export function fixedClock(at: Date | string): Clock & { set(to: Date | string): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to);
    },
  };
}

/**
 * Today's date in Vietnam (UTC+7) as ISO "YYYY-MM-DD": deadlines, overdue states and "completed
 * today" follow the officials' calendar, not the server's UTC day.
 */
export function todayIn(clock: Clock): string {
  return new Date(clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
