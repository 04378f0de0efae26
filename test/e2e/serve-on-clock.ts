/**
 * `qptd serve` on a clock the browser test moves: it starts at QPTD_E2E_CLOCK and runs on from
 * there; a `{ clock: iso }` message from the test moves it and is answered once it has moved.
 * Everything else (database, demo, jobs, web app) is the real server.
 */
import { serve } from '../../src/cli/commands/serve.ts';
import type { Clock } from '../../src/server/clock.ts';

/** Wall-clock time shifted to start at `start`, so time still passes between two requests. */
function shiftedClock(start: string): Clock & { moveTo(at: string): void } {
  let offset = 0;
  const moveTo = (at: string) => {
    const target = Date.parse(at);
    if (Number.isNaN(target)) throw new Error(`Not a date: ${at}`);
    offset = target - Date.now();
  };
  moveTo(start);
  return { now: () => new Date(Date.now() + offset), moveTo };
}

const start = process.env.QPTD_E2E_CLOCK;
if (!start) throw new Error('QPTD_E2E_CLOCK is not set');
const clock = shiftedClock(start);
process.on('message', (message: { clock?: string }) => {
  if (typeof message.clock !== 'string') return;
  clock.moveTo(message.clock);
  process.send?.({ clock: message.clock });
});
await serve(clock);
