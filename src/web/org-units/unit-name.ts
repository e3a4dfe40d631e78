import type { OrgUnit } from '../../shared/org-units/org-units.schemas';
import type { Locale } from '../../shared/i18n/locale';

/** The unit's name in the UI language; Vietnamese names stand when no English one is recorded. */
export function unitName(unit: Pick<OrgUnit, 'nameVi' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi;
}

/** Whether the unit was in force on `date` (validity bounds are inclusive, open ends unlimited). */
export function isValidOn(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (!unit.validFrom || unit.validFrom <= date) && (!unit.validTo || unit.validTo >= date);
}

/** A date on which the unit was in force, nearest to `date`: where to move the tree to show it. */
export function nearestValidDate(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, date: string): string {
  if (unit.validTo && unit.validTo < date) return unit.validTo;
  if (unit.validFrom && unit.validFrom > date) return unit.validFrom;
  return date;
}
