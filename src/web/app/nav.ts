import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  EyeOutlined,
  FileTextOutlined,
  HomeOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Action } from '../../shared/auth/roles';

export interface NavItem {
  key: string;
  path: string;
  /** i18n key of the menu label (also the page's title). */
  labelKey: string;
  icon: ComponentType;
  /** Shown only to users who may do this somewhere in their scope; always shown when absent. */
  action?: Action;
}

/**
 * The side menu, in order. A new feature plugs in here with its route in `routes.tsx`, e.g.
 * `{ key: 'reception', path: '/reception', labelKey: 'nav.reception', icon: SolutionOutlined, action: 'reception:read' }`.
 */
export const NAV_ITEMS: NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', icon: HomeOutlined },
  { key: 'deadlines', path: '/deadlines', labelKey: 'nav.deadlines', icon: ClockCircleOutlined },
  { key: 'calendar', path: '/calendar', labelKey: 'nav.calendar', icon: CalendarOutlined },
  { key: 'org-units', path: '/org-units', labelKey: 'nav.orgUnits', icon: ApartmentOutlined, action: 'org-unit:read' },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: TeamOutlined, action: 'user:read' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: AuditOutlined, action: 'audit:read' },
  { key: 'account', path: '/account', labelKey: 'nav.account', icon: UserOutlined },
];

/** Features being built; listed on the home page (not in the menu) so nobody lands on an empty screen. */
export const PLANNED_FEATURES: Array<Pick<NavItem, 'key' | 'labelKey' | 'icon'>> = [
  { key: 'reception', labelKey: 'nav.reception', icon: SolutionOutlined },
  { key: 'petitions', labelKey: 'nav.petitions', icon: FileTextOutlined },
  { key: 'supervision', labelKey: 'nav.supervision', icon: EyeOutlined },
  { key: 'statistics', labelKey: 'nav.statistics', icon: BarChartOutlined },
];

/** The menu entry a location belongs to (the longest matching path). */
export function navKeyOf(pathname: string): string {
  const match = NAV_ITEMS.filter((i) => (i.path === '/' ? pathname === '/' : pathname.startsWith(i.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? '';
}
