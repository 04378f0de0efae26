import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TUser } from '../../shared/schemas/units.ts';
import type { TCreateUserRequest, TUpdateUserRequest } from '../../shared/schemas/users.ts';
import { apiRequest } from './client.ts';

/** Answer of creating a user: the temporary password is shown once and never again. */
export interface CreateUserResponse {
  user: TUser;
  temporaryPassword: string;
}

/** Answer of a password reset. */
export interface ResetPasswordResponse {
  temporaryPassword: string;
}

const usersKey = (unitId: number) => ['users', 'unit', unitId] as const;

/** Users of the agencies of one unit (admins only). */
export function useUnitUsers(unitId: number, enabled: boolean) {
  return useQuery({
    queryKey: usersKey(unitId),
    queryFn: ({ signal }) => apiRequest<{ items: TUser[] }>('/api/users', { query: { unitId }, signal }),
    enabled,
  });
}

/** User-management calls for one unit; each refreshes the unit's user list when done. */
export function useUserMutations(unitId: number) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersKey(unitId) });
  const create = useMutation({
    mutationFn: (body: TCreateUserRequest) =>
      apiRequest<CreateUserResponse>('/api/users', { method: 'POST', body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: TUpdateUserRequest }) =>
      apiRequest<TUser>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
  const resetPassword = useMutation({
    mutationFn: (id: string) =>
      apiRequest<ResetPasswordResponse>(`/api/users/${encodeURIComponent(id)}/reset-password`, {
        method: 'POST',
      }),
    onSuccess: refresh,
  });
  const revokeSessions = useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/users/${encodeURIComponent(id)}/revoke-sessions`, { method: 'POST' }),
  });
  return { create, update, resetPassword, revokeSessions };
}
