import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DeadlineComputeRequest,
  DeadlineComputeResponse,
  Rule,
  RuleId,
  RuleOverride,
  RuleOverrides,
} from '../../shared/deadlines/deadlines.schemas';
import { api } from '../lib/api';

const BASE = '/api/v1/deadlines';

export interface RuleTable {
  rules: Rule[];
  overrides: RuleOverrides;
}

/** Every version of every statutory time limit, and the administrators' overrides. */
export function useRuleTable() {
  return useQuery({
    queryKey: ['deadlines', 'rules'],
    queryFn: ({ signal }) => api.get<RuleTable>(`${BASE}/rules`, undefined, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** One deadline and its explanation, computed by the server; nothing is asked until `request` is given. */
export function useComputedDeadline(request: DeadlineComputeRequest | null) {
  return useQuery({
    queryKey: ['deadlines', 'compute', request],
    queryFn: ({ signal }) => api.post<DeadlineComputeResponse>(`${BASE}/compute`, request, { signal }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

/** Sets or clears an administrator's override of a rule; computed deadlines are refreshed afterwards. */
export function useRuleOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, override }: { id: RuleId; override: RuleOverride | null }) =>
      override
        ? api.put<RuleOverrides>(`${BASE}/rules/${encodeURIComponent(id)}/override`, override)
        : api.delete<RuleOverrides>(`${BASE}/rules/${encodeURIComponent(id)}/override`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
  });
}
