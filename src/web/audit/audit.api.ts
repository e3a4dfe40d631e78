import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditPage, AuditRefs, AuditVerify } from '../../shared/audit/audit.schemas';
import type { Locale } from '../../shared/i18n/locale';
import { api, toApiError } from '../lib/api';
import type { AuditUrlFilter } from './audit-url';

const PAGE_SIZE = 50;

/** Audit entries, newest first, a page at a time ("load more" asks for those before the last one shown). */
export function useAuditLog(filters: AuditUrlFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>('/api/v1/audit', { ...filters, limit: PAGE_SIZE, beforeSeq: pageParam }, { signal }),
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

/** The names every loaded page brought with it, merged. */
export function mergeRefs(pages: AuditPage[] | undefined): AuditRefs {
  const refs: AuditRefs = { units: {}, users: {} };
  for (const page of pages ?? []) {
    Object.assign(refs.units, page.refs.units);
    Object.assign(refs.users, page.refs.users);
  }
  return refs;
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerify>('/api/v1/audit/verify') });
}

/** Downloads the filtered entries as the server writes them (CSV in the UI language); returns the number of rows. */
export function useExportAudit() {
  return useMutation({
    mutationFn: async ({ filters, locale }: { filters: AuditUrlFilter; locale: Locale }) => {
      const query = new URLSearchParams({ ...filters, lang: locale } as Record<string, string>);
      const response = await fetch(`/api/v1/audit/export?${query}`, { credentials: 'same-origin', headers: { 'Accept-Language': locale } });
      if (!response.ok) throw await toApiError(response);
      const blob = await response.blob();
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit.csv';
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
      return Math.max(0, (await blob.text()).split('\r\n').length - 2);
    },
  });
}
