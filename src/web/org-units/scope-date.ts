import type { OrgUnit, OrgUnitHistory } from '../../shared/org-units/org-units.schemas';

/**
 * The last day on which the organisation a user was granted still existed, when every granted unit has ended
 * before `today` (e.g. a district abolished in the 2025 reform); `null` while any of them is still in force.
 */
export function lastDayOfEndedScope(granted: Array<Pick<OrgUnit, 'validTo'>>, today: string): string | null {
  if (granted.length === 0) return null;
  let last = '';
  for (const unit of granted) {
    if (unit.validTo === null || unit.validTo >= today) return null;
    if (unit.validTo > last) last = unit.validTo;
  }
  return last;
}

/**
 * Today's units that carry the ended ones on, limited to those the user may see (`visibleIds`, from the unit list
 * the server scoped): a successor outside the user's scope is never named.
 */
export function visibleSuccessors(histories: Array<Pick<OrgUnitHistory, 'currentUnits'>>, visibleIds: ReadonlySet<string>): OrgUnit[] {
  const seen = new Map<string, OrgUnit>();
  for (const history of histories) {
    for (const unit of history.currentUnits) if (visibleIds.has(unit.id)) seen.set(unit.id, unit);
  }
  return [...seen.values()];
}
