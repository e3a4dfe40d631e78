import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OrgUnit,
  OrgUnitCreate,
  OrgUnitHistory,
  OrgUnitTreeNode,
  OrgUnitUpdate,
} from '../../shared/org-units/org-units.schemas';
import { api } from '../lib/api';

const BASE = '/api/v1/org-units';

/** The unit tree as of a date; `null` for every unit of every date. */
export function useOrgUnitTree(asOf: string | null) {
  return useQuery({
    queryKey: ['org-units', 'tree', asOf],
    queryFn: ({ signal }) => api.get<OrgUnitTreeNode[]>(`${BASE}/tree`, { asOf }, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Units whose name or code matches `q` (diacritics ignored), optionally limited to those valid on `asOf`. */
export function useOrgUnitSearch(q: string, asOf?: string) {
  return useQuery({
    queryKey: ['org-units', 'search', q, asOf ?? null],
    queryFn: ({ signal }) => api.get<OrgUnit[]>(BASE, { q, asOf }, { signal }),
    enabled: q.trim().length > 0,
  });
}

export function useOrgUnitList(asOf?: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['org-units', 'list', asOf ?? null],
    queryFn: ({ signal }) => api.get<OrgUnit[]>(BASE, { asOf }, { signal }),
    enabled,
  });
}

export function orgUnitQuery(id: string | null | undefined) {
  return {
    queryKey: ['org-units', 'one', id],
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<OrgUnit>(`${BASE}/${encodeURIComponent(id ?? '')}`, undefined, { signal }),
    enabled: !!id,
  };
}

export function useOrgUnit(id: string | null | undefined) {
  return useQuery(orgUnitQuery(id));
}

export function orgUnitHistoryQuery(id: string | null | undefined) {
  return {
    queryKey: ['org-units', 'history', id],
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get<OrgUnitHistory>(`${BASE}/${encodeURIComponent(id ?? '')}/history`, undefined, { signal }),
    enabled: !!id,
  };
}

export function useOrgUnitHistory(id: string | null | undefined) {
  return useQuery(orgUnitHistoryQuery(id));
}

/** Creates a unit, or changes one when `id` is given; refreshes every unit query afterwards. */
export function useSaveOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: OrgUnitCreate | OrgUnitUpdate }) =>
      id
        ? api.patch<OrgUnit>(`${BASE}/${encodeURIComponent(id)}`, input)
        : api.post<OrgUnit>(BASE, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-units'] }),
  });
}
