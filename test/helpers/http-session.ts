import http from 'node:http';

/** A signed-in demo user of a real server process; the session lives in the database, so it outlives restarts. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
  user: { id: string; username: string; unit: { id: number }; agency: { id: number } };
}

/** A response read to its end. */
export interface HttpAnswer {
  status: number;
  body: Buffer;
  json: <T = unknown>() => T;
}

/** One request in flight: `sent` settles once the whole body is handed to the socket. */
export interface HttpCall {
  sent: Promise<void>;
  /** The full answer, or null when the connection broke first (the server died). */
  answer: Promise<HttpAnswer | null>;
}

/** What to send: `json` is serialised, `body` goes as is with its own headers (multipart). */
export interface HttpRequest {
  method?: string;
  path: string;
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
}

/**
 * Sends one request with node:http rather than fetch, because a crash test must know when the
 * body has left the client (to kill the server after it has the upload) and must tell an answer
 * from a broken connection.
 */
export function send(baseUrl: string, session: HttpSession | null, request: HttpRequest): HttpCall {
  const body =
    request.body ?? (request.json === undefined ? undefined : Buffer.from(JSON.stringify(request.json)));
  const headers: Record<string, string> = {
    ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
    ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
    ...(body ? { 'content-length': String(body.length) } : {}),
    ...request.headers,
  };
  let markSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const answer = new Promise<HttpAnswer | null>((resolve) => {
    // A fresh connection per request: a kept-alive socket to a dead server would only add noise.
    const req = http.request(
      new URL(request.path, baseUrl),
      { method: request.method ?? 'GET', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const data = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            body: data,
            json: <T>() => JSON.parse(data.toString('utf8')) as T,
          });
        });
        res.on('error', () => resolve(null));
        res.on('aborted', () => resolve(null));
      },
    );
    req.on('error', () => {
      markSent();
      resolve(null);
    });
    req.on('finish', markSent);
    req.end(body);
  });
  return { sent, answer };
}

/** Sends a request and waits for its answer, failing when the connection breaks. */
export async function call(baseUrl: string, session: HttpSession | null, request: HttpRequest) {
  const answer = await send(baseUrl, session, request).answer;
  if (!answer) throw new Error(`${request.method ?? 'GET'} ${request.path}: connection broken`);
  return answer;
}

/** Signs a demo user in over HTTP. */
export async function signInOverHttp(
  baseUrl: string,
  username: string,
  password = 'qptd-demo-2026',
): Promise<HttpSession> {
  const res = await new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = http.request(
      new URL('/api/auth/login', baseUrl),
      { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
      (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => {
          text += c;
        });
        r.on('end', () => resolve(Object.assign(r, { text })));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in of ${username} answered ${res.statusCode}: ${res.text}`);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const { csrfToken, user } = JSON.parse(res.text) as { csrfToken: string; user: HttpSession['user'] };
  return { cookie, csrfToken, user };
}
