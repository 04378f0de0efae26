import autocannon, { type AutocannonClient, type AutocannonRequest } from 'autocannon';
import type { Seed } from './seed.ts';
import { type PlannedRequest, VirtualUser, type WriteRecord } from './users.ts';

/** How hard and how long to drive the server. */
export interface DriveOptions {
  url: string;
  seed: Seed;
  warmupSeconds: number;
  durationSeconds: number;
  /** Requests per second offered by all users together; null = each user sends as soon as answered. */
  rate: number | null;
  /** Called when the measured window opens and when it closes. */
  onWindow?: (edge: 'start' | 'end') => void;
}

/** Answers of one route within the measured window. */
export interface RouteStats {
  route: string;
  isWrite: boolean;
  /** Milliseconds of every answered request. */
  latencies: number[];
  non2xx: number;
  /** Requests that got no answer (timeout or broken connection). */
  errors: number;
  statuses: Map<number, number>;
  firstFailure: string | null;
}

/** What the load produced. */
export interface DriveResult {
  routes: Map<string, RouteStats>;
  ledger: Map<string, WriteRecord>;
  unfinishedReports: number;
  /** Requests that got no answer: given up after the timeout, or still open when the run was cut off. */
  cutOff: { timedOut: number; atEnd: number };
}

// A request still unanswered this long counts as lost to the client (autocannon then reconnects).
const TIMEOUT_SECONDS = 10;
// Time after the measured window for answers still on their way before the run is cut off.
const DRAIN_SECONDS = 15;

interface InFlight {
  planned: PlannedRequest;
  isMeasured: boolean;
}

/**
 * Drives the server with autocannon: one connection per signed-in user, each connection playing
 * its user's behaviour. With a rate, each user waits a random (exponential) think time so that
 * all together offer `rate` requests per second; latency is measured from the moment a request
 * is written until its answer is complete. Requests sent during the warm-up are not measured, but
 * their writes are checked like the others.
 */
export function drive(options: DriveOptions): Promise<DriveResult> {
  const { seed } = options;
  const connections = seed.users.length;
  const ledger = new Map<string, WriteRecord>();
  const routes = new Map<string, RouteStats>();
  const warmupEnd = Date.now() + options.warmupSeconds * 1000;
  const deadline = warmupEnd + options.durationSeconds * 1000;
  const virtualUsers = seed.users.map(
    (u) => new VirtualUser(u, seed, ledger, warmupEnd, options.durationSeconds * 1000),
  );
  const meanGapMs = options.rate ? (connections / options.rate) * 1000 : 0;
  let assigned = 0;
  let idle = 0;
  let timedOut = 0;
  if (options.onWindow) {
    const onWindow = options.onWindow;
    setTimeout(() => onWindow('start'), warmupEnd - Date.now());
    setTimeout(() => onWindow('end'), deadline - Date.now());
  }

  const statsOf = (planned: PlannedRequest): RouteStats => {
    let s = routes.get(planned.route);
    if (!s) {
      s = {
        route: planned.route,
        isWrite: planned.method !== 'GET',
        latencies: [],
        non2xx: 0,
        errors: 0,
        statuses: new Map(),
        firstFailure: null,
      };
      routes.set(planned.route, s);
    }
    return s;
  };

  const finish = (f: InFlight, status: number, body: string, ms: number | null) => {
    const { planned } = f;
    if (planned.write) {
      planned.write.outcome = status >= 200 && status < 300 ? 'ok' : status === 0 ? 'unanswered' : 'failed';
    }
    try {
      planned.onAnswer?.(status, body);
    } catch {
      // An unreadable answer body already counts through its status.
    }
    if (!f.isMeasured) return;
    const s = statsOf(planned);
    if (status === 0 || ms === null) {
      s.errors += 1;
      return;
    }
    s.latencies.push(ms);
    s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
    if (status < 200 || status >= 300) {
      s.non2xx += 1;
      s.firstFailure ??= `${status} ${body.slice(0, 300)}`;
    }
  };

  return new Promise((resolve, reject) => {
    const setupClient = (client: AutocannonClient) => {
      const vu = virtualUsers[assigned++];
      if (!vu) throw new Error('more connections than users');
      const { cookie, csrfToken } = vu.user.session;
      let inFlight: InFlight | null = null;
      let lastBody = '';
      let isIdle = false;
      const request: AutocannonRequest = {
        setupRequest: (req) => {
          // A request replaced before its answer was cut off (timeout or broken connection).
          if (inFlight) {
            timedOut += 1;
            finish(inFlight, 0, '', null);
          }
          const now = Date.now();
          const requestId = vu.nextRequestId();
          const planned = vu.next(now, requestId);
          inFlight = { planned, isMeasured: now >= warmupEnd && now < deadline };
          const headers: Record<string, string> = {
            cookie,
            'x-csrf-token': csrfToken,
            'x-request-id': requestId,
          };
          if (planned.body !== undefined) headers['content-type'] = 'application/json';
          return {
            ...req,
            method: planned.method,
            path: planned.path,
            headers,
            body: planned.body === undefined ? '' : JSON.stringify(planned.body),
          };
        },
        onResponse: (_status, body) => {
          lastBody = body;
        },
      };
      client.setRequests([request]);
      client.on('response', (status: number, _bytes: number, ms: number) => {
        const f = inFlight;
        inFlight = null;
        if (f) finish(f, status, lastBody, ms);
      });
      const goIdle = () => {
        if (isIdle) return;
        isIdle = true;
        idle += 1;
        if (idle === connections) instance.stop();
      };
      // Think time: autocannon sends the next request as soon as an answer arrives; delaying that
      // send is the one place a pause between a user's requests can go.
      const send = client._doRequest.bind(client);
      let nextAt = Date.now() + Math.random() * meanGapMs;
      let isWaiting = false;
      client._doRequest = () => {
        const now = Date.now();
        if (now >= deadline) return goIdle();
        if (!options.rate) return send();
        // autocannon reconnects after a timeout and asks for a request: one is already planned.
        if (isWaiting) return;
        nextAt += -Math.log(1 - Math.random()) * meanGapMs;
        // A user who fell far behind (a slow server) starts afresh rather than bursting to catch up.
        if (nextAt < now - 1000) nextAt = now;
        if (nextAt <= now) return send();
        isWaiting = true;
        setTimeout(() => {
          isWaiting = false;
          if (Date.now() >= deadline) goIdle();
          else send();
        }, nextAt - now);
      };
    };

    const instance = autocannon(
      {
        url: options.url,
        connections,
        duration: options.warmupSeconds + options.durationSeconds + DRAIN_SECONDS,
        timeout: TIMEOUT_SECONDS,
        pipelining: 1,
        requests: [{ method: 'GET', path: '/healthz' }],
        setupClient,
      },
      (error) => {
        if (error) return reject(error);
        let atEnd = 0;
        for (const record of ledger.values()) {
          if (record.outcome !== 'pending') continue;
          record.outcome = 'unanswered';
          atEnd += 1;
        }
        resolve({
          routes,
          ledger,
          unfinishedReports: virtualUsers.reduce((n, v) => n + v.unfinishedReports, 0),
          cutOff: { timedOut, atEnd },
        });
      },
    );
  });
}
