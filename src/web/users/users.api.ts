import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { canGrantRole, ROLES, type Role } from '../../shared/auth/roles';
import type { GrantInput, Me, User, UserCreate, UserUpdate } from '../../shared/users/users.schemas';
import { api } from '../lib/api';

const BASE = '/api/v1/users';

export function useUsers(q: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['users', 'list', q],
    queryFn: ({ signal }) => api.get<User[]>(BASE, { q }, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

function useUserMutation<TInput>(call: (input: TInput) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export const useCreateUser = () => useUserMutation((input: UserCreate) => api.post<User>(BASE, input));

export const useUpdateUser = () =>
  useUserMutation(({ id, patch }: { id: string; patch: UserUpdate }) => api.patch<User>(`${BASE}/${encodeURIComponent(id)}`, patch));

export const useGrantRole = () =>
  useUserMutation(({ id, grant }: { id: string; grant: GrantInput }) => api.post<User>(`${BASE}/${encodeURIComponent(id)}/grants`, grant));

export const useRevokeRole = () =>
  useUserMutation(({ id, grantId }: { id: string; grantId: string }) =>
    api.delete<User>(`${BASE}/${encodeURIComponent(id)}/grants/${encodeURIComponent(grantId)}`),
  );

export const useUnlockUser = () => useUserMutation((id: string) => api.post<User>(`${BASE}/${encodeURIComponent(id)}/unlock`, {}));

/** The roles the signed-in user may hand out (the server still checks the unit). */
export function grantableRoles(me: Me): Role[] {
  return ROLES.filter((role) => me.user.grants.some((g) => canGrantRole(g.role, role)));
}
