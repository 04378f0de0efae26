import fs from 'node:fs';
import os from 'node:os';

/** CPU seconds used so far by the machine (all cores), the server, this process and the database. */
export interface CpuSample {
  at: number;
  machineBusy: number;
  server: number;
  bench: number;
  /** The PostgreSQL backends serving the benchmark's database (zero on PGlite: it runs in the server). */
  database: number;
}

const TICKS_PER_SECOND = 100;

function processSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Takes a sample; on systems without /proc the per-process figures are zero. */
export function sampleCpu(serverPid: number | undefined, databasePids: number[]): CpuSample {
  const machineBusy = os
    .cpus()
    .reduce((s, c) => s + (c.times.user + c.times.nice + c.times.sys + c.times.irq) / 1000, 0);
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    machineBusy,
    server: serverPid ? processSeconds(serverPid) : 0,
    bench: (usage.user + usage.system) / 1e6,
    database: databasePids.reduce((s, pid) => s + processSeconds(pid), 0),
  };
}

/** Where the CPU went between two samples, and what one request cost the server and the database. */
export function describeCpu(from: CpuSample, to: CpuSample, requests: number): string {
  const seconds = (to.at - from.at) / 1000;
  const d = (k: keyof CpuSample) => to[k] - from[k];
  const pct = (v: number) => `${((v / seconds) * 100).toFixed(0)} %`;
  const others = d('machineBusy') - d('server') - d('database') - d('bench');
  const perRequest = (v: number) => `${((v * 1000) / Math.max(1, requests)).toFixed(2)} ms`;
  return (
    `CPU in the measured window (100 % = one core; ${os.cpus().length} cores): server ${pct(d('server'))}, ` +
    `database backends ${pct(d('database'))}, load generator ${pct(d('bench'))}, ` +
    `everything else on the machine ${pct(Math.max(0, others))}.\n` +
    `CPU per request: server ${perRequest(d('server'))}, database ${perRequest(d('database'))}, ` +
    `load generator ${perRequest(d('bench'))}`
  );
}
