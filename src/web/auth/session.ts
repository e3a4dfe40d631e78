import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Action } from '../../shared/auth/roles';
import type { Me } from '../../shared/users/users.schemas';
import { api, isApiError } from '../lib/api';

export const ME_KEY = ['auth', 'me'] as const;

// The session cookie is httpOnly, so the page cannot see it. This flag remembers that a sign-in happened on this
// device, so a visitor who never signed in is not sent a "who am I" request that can only answer 401.
const SIGNED_IN_HINT = 'oversight.signedIn';

function hasSignedInHint(): boolean {
  try {
    return window.localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return true;
  }
}

export function setSignedInHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(SIGNED_IN_HINT, '1');
    else window.localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // Without storage we simply ask the server every time.
  }
}

/** Who is signed in (`null` when nobody is). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      if (!hasSignedInHint()) return null;
      try {
        return await api.get<Me>('/api/v1/auth/me', undefined, { allowUnauthenticated: true });
      } catch (error) {
        if (isApiError(error) && error.status === 401) {
          setSignedInHint(false);
          return null;
        }
        throw error;
      }
    },
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

export function isAdministrator(me: Me | null | undefined): boolean {
  return !!me?.user.grants.some((g) => g.role === 'administrator');
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<Me>('/api/v1/auth/login', input, { allowUnauthenticated: true }),
    onSuccess: (me) => {
      setSignedInHint(true);
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
      setSignedInHint(false);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
