import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Action } from '../../shared/auth/roles';
import { LoginPage } from '../auth/LoginPage';

/**
 * A page loaded on first visit (its own chunk), optionally behind an action check. Only the sign-in page is in the
 * entry chunk: the shell, the home page and every feature page (with the antd components they use) load after
 * signing in, so a first visit downloads as little as possible.
 */
function page(load: () => Promise<ComponentType>, action?: Action) {
  return async () => {
    const Page = await load();
    if (!action) return { element: <Page /> };
    const { RequireAction } = await import('./RequireAction');
    return { element: <RequireAction action={action}><Page /></RequireAction> };
  };
}

/** Every page of the app. Pages behind the shell need a session; each feature page also checks its action. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    lazy: async () => ({ Component: (await import('./Shell')).Shell }),
    children: [
      { index: true, lazy: page(() => import('../home/HomePage').then((m) => m.HomePage)) },
      { path: 'deadlines', lazy: page(() => import('../deadlines/DeadlinesPage').then((m) => m.DeadlinesPage)) },
      { path: 'calendar', lazy: page(() => import('../calendar/CalendarPage').then((m) => m.CalendarPage)) },
      { path: 'org-units', lazy: page(() => import('../org-units/OrgUnitsPage').then((m) => m.OrgUnitsPage), 'org-unit:read') },
      { path: 'users', lazy: page(() => import('../users/UsersPage').then((m) => m.UsersPage), 'user:read') },
      { path: 'audit', lazy: page(() => import('../audit/AuditPage').then((m) => m.AuditPage), 'audit:read') },
      { path: 'account', lazy: page(() => import('../account/AccountPage').then((m) => m.AccountPage)) },
      { path: '*', lazy: page(() => import('./NotFoundPage').then((m) => m.NotFoundPage)) },
    ],
  },
]);
