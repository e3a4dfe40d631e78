import { useQueries } from '@tanstack/react-query';
import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import type { Me } from '../../shared/users/users.schemas';
import { todayIso } from '../lib/dates';
import { orgUnitHistoryQuery, orgUnitQuery, useOrgUnitList } from './org-units.api';
import { lastDayOfEndedScope, visibleSuccessors } from './scope-date';

export interface EndedScope {
  /** The units the user was granted, none of which exists any more. */
  units: OrgUnit[];
  /** Their last day: the organisation is shown as it was then. */
  lastDay: string;
  /** Today's units that carry them on and lie inside the user's scope (empty until known). */
  successors: OrgUnit[];
}

/**
 * The date the user's organisation is shown at by default: today, or — when every unit the user was granted has
 * been abolished (a district after the 2025 reform) — the last day it existed, so they do not land on an empty
 * system. Uses only what the API lets this user read; scopes are never widened here.
 */
export function useScopeDate(me: Me | null | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  const today = todayIso();
  const unitIds = [...new Set(enabled ? (me?.user.grants.map((g) => g.unitId) ?? []) : [])];
  const granted = useQueries({ queries: unitIds.map((id) => orgUnitQuery(id)) });
  const isPending = enabled && (!me || granted.some((q) => q.isPending));
  const units = granted.flatMap((q) => (q.data ? [q.data] : []));
  const lastDay = isPending ? null : lastDayOfEndedScope(units, today);
  const histories = useQueries({ queries: (lastDay ? units : []).map((u) => orgUnitHistoryQuery(u.id)) });
  const visible = useOrgUnitList(undefined, { enabled: !!lastDay });
  const visibleIds = new Set(visible.data?.map((u) => u.id) ?? []);
  const ended: EndedScope | null = lastDay
    ? { units, lastDay, successors: visibleSuccessors(histories.flatMap((h) => (h.data ? [h.data] : [])), visibleIds) }
    : null;
  return { isPending, asOf: lastDay ?? today, ended };
}
