import type { AuditFilter } from '../../shared/audit/audit.schemas';

/** The filters the page keeps in its address, so a filtered view can be bookmarked and shared. */
const KEYS = ['actorId', 'action', 'unitId', 'q', 'from', 'to'] as const satisfies ReadonlyArray<keyof AuditFilter>;
export type AuditUrlFilter = Pick<AuditFilter, (typeof KEYS)[number]>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams): AuditUrlFilter {
  const filter: AuditUrlFilter = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !ISO_DATE.test(value)) continue;
    filter[key] = value.slice(0, 200);
  }
  return filter;
}

/** The same address with one filter changed (`undefined` removes it); other parameters are kept. */
export function withFilter(params: URLSearchParams, changes: Partial<AuditUrlFilter>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function hasFilters(filter: AuditUrlFilter): boolean {
  return Object.values(filter).some(Boolean);
}
