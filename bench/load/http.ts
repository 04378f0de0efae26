/** A signed-in browser session as the API sees it: the session cookie and the CSRF token. */
export interface SessionCredentials {
  cookie: string;
  csrfToken: string;
}

/** A small JSON client over fetch for the set-up steps (not for the load itself). */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private session: SessionCredentials | null = null,
  ) {}

  get credentials(): SessionCredentials {
    if (!this.session) throw new Error('not signed in');
    return this.session;
  }

  /** Signs in; the session replaces any earlier one of this client. */
  async signIn(username: string, password: string): Promise<{ user: { id: string; unit: { id: number } } }> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { user: { id: string; unit: { id: number } }; csrfToken: string };
    if (res.status !== 200)
      throw new Error(`sign-in of ${username} answered ${res.status}: ${JSON.stringify(body)}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in of ${username} set no cookie`);
    this.session = { cookie, csrfToken: body.csrfToken };
    return body;
  }

  /** Sends a request and returns the JSON answer; anything but `expect` throws with the answer. */
  async call<T>(method: string, url: string, body?: unknown, expect = 200): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.session) {
      headers.cookie = this.session.cookie;
      headers['x-csrf-token'] = this.session.csrfToken;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== expect)
      throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}
