import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TChangePasswordRequest,
  TLoginRequest,
  TMe,
  TSessionResponse,
} from '../../shared/schemas/auth.ts';
import { apiRequest, isApiError, setCsrfToken } from './client.ts';
import { SESSION_QUERY_KEY } from './session-key.ts';

async function fetchSession(): Promise<TSessionResponse | null> {
  try {
    const session = await apiRequest<TSessionResponse>('/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The current session: data is null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in user; only for components rendered behind RequireSession. */
export function useCurrentUser(): TMe {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser needs a signed-in session (render it inside RequireSession)');
  return data.user;
}

/** True when the user may read the audit log (admins and leaders). */
export function canReadAuditLog(user: Pick<TMe, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'leader';
}

/** Signs in and stores the session, so every page sees the user at once. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) =>
      apiRequest<TSessionResponse>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}

/**
 * Signs out, then reloads the sign-in page so nothing the previous user loaded stays in memory.
 * The reload happens even when the server call fails: the cookie may already be gone.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      window.location.assign('/dang-nhap');
    },
  });
}

/** Changes the user's password, then reloads the session (the must-change flag clears). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TChangePasswordRequest) =>
      apiRequest<void>('/api/auth/change-password', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}
