// The part of autocannon 9's JavaScript API the load benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  /** One request template; `setupRequest` rebuilds it before every send. */
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string | string[]>,
    ) => void;
  }

  /** One connection. `response` gives (status, bytes, milliseconds); `timeout` a request given up. */
  interface AutocannonClient extends EventEmitter {
    setRequests(requests: AutocannonRequest[]): void;
    /** Sends the next request (internal in 9.0.0; the benchmark wraps it to add think time). */
    _doRequest(): void;
  }

  interface AutocannonOptions {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    pipelining?: number;
    requests?: AutocannonRequest[];
    setupClient?: (client: AutocannonClient) => void;
  }

  interface AutocannonInstance extends EventEmitter {
    stop(): void;
  }

  function autocannon(
    options: AutocannonOptions,
    done: (error: Error | null, result: { errors: number; timeouts: number }) => void,
  ): AutocannonInstance;

  export default autocannon;
  export type { AutocannonClient, AutocannonInstance, AutocannonOptions, AutocannonRequest };
}
