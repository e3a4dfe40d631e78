import type { Resource } from 'i18next';
import { accountEn, accountVi } from '../account/account.i18n';
import { auditEn, auditVi } from '../audit/audit.i18n';
import { authEn, authVi } from '../auth/auth.i18n';
import { calendarEn, calendarVi } from '../calendar/calendar.i18n';
import { deadlinesEn, deadlinesVi } from '../deadlines/deadlines.i18n';
import { homeEn, homeVi } from '../home/home.i18n';
import { orgUnitsEn, orgUnitsVi } from '../org-units/org-units.i18n';
import { usersEn, usersVi } from '../users/users.i18n';
import { en } from './en';
import { vi } from './vi';

/** One catalogue per feature, in both languages; their top-level namespaces never overlap. */
export const CATALOGUES = {
  common: { vi, en },
  auth: { vi: authVi, en: authEn },
  home: { vi: homeVi, en: homeEn },
  orgUnits: { vi: orgUnitsVi, en: orgUnitsEn },
  users: { vi: usersVi, en: usersEn },
  audit: { vi: { audit: auditVi }, en: { audit: auditEn } },
  calendar: { vi: calendarVi, en: calendarEn },
  deadlines: { vi: deadlinesVi, en: deadlinesEn },
  account: { vi: accountVi, en: accountEn },
} as const;

/** Every feature's texts merged into one tree per language, so `t('feature.key')` reads the same as before the split. */
export const RESOURCES: Resource = {
  vi: { translation: Object.assign({}, ...Object.values(CATALOGUES).map((c) => c.vi)) },
  en: { translation: Object.assign({}, ...Object.values(CATALOGUES).map((c) => c.en)) },
};
