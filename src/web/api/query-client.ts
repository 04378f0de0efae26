import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client.ts';
import { SESSION_QUERY_KEY } from './session-key.ts';

/** Retries network and server failures twice; a 4xx answer will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The app's query client. A 401 on any call means the session ended (expired, revoked by an
 * admin): forgetting the session sends the user to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetSessionOn401(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetSessionOn401(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  function forgetSessionOn401(error: unknown) {
    if (isApiError(error, 401) && client.getQueryData(SESSION_QUERY_KEY)) {
      client.setQueryData(SESSION_QUERY_KEY, null);
    }
  }
  return client;
}
