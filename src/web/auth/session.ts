import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Action } from '../../shared/auth/roles';
import type { Me } from '../../shared/users/users.schemas';
import { api } from '../lib/api';

export const ME_KEY = ['auth', 'me'] as const;

/** Who is signed in (`null` when nobody is). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    // The session cookie is httpOnly, so only the server can say whether this browser is signed in.
    queryFn: async (): Promise<Me | null> =>
      (await api.get<{ me: Me | null }>('/api/v1/auth/session', undefined, { allowUnauthenticated: true })).me,
    staleTime: 60_000,
    retry: false,
  });
}

/** The signed-in user; only for components rendered inside the authenticated shell. */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession() outside the signed-in shell');
  return data;
}

export function can(me: Me | null | undefined, action: Action): boolean {
  return !!me?.actions.includes(action);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<Me>('/api/v1/auth/login', input, { allowUnauthenticated: true }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/auth/logout', undefined, { allowUnauthenticated: true }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
