import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditEntry, AuditVerify } from '../../shared/audit/audit.schemas';
import { api } from '../lib/api';

export interface AuditFilters {
  entityType?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

/** Audit entries, newest first, a page at a time ("load more" asks for those before the last one shown). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<{ entries: AuditEntry[]; nextBeforeSeq: number | null }>(
        '/api/v1/audit',
        { ...filters, limit: PAGE_SIZE, beforeSeq: pageParam },
        { signal },
      ),
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerify>('/api/v1/audit/verify') });
}
