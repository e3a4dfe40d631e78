import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken } from '../../shared/users/users.schemas';
import { api } from '../lib/api';

export type ApiTokenCreated = ApiToken & { token: string };

const KEY = ['tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => api.get<ApiToken[]>('/api/v1/tokens', undefined, { signal }) });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresInDays?: number }) => api.post<ApiTokenCreated>('/api/v1/tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
