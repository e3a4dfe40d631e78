import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Action } from '../../shared/auth/roles';
import { LoginPage } from '../auth/LoginPage';
import { HomePage } from '../home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAction } from './RequireAction';
import { Shell } from './Shell';

/** A page loaded on first visit (its own chunk), optionally behind an action check. */
function page(load: () => Promise<ComponentType>, action?: Action) {
  return async () => {
    const Page = await load();
    return { element: action ? <RequireAction action={action}><Page /></RequireAction> : <Page /> };
  };
}

/** Every page of the app. Pages behind the shell need a session; each feature page also checks its action. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'deadlines', lazy: page(() => import('../deadlines/DeadlinesPage').then((m) => m.DeadlinesPage)) },
      { path: 'calendar', lazy: page(() => import('../calendar/CalendarPage').then((m) => m.CalendarPage)) },
      { path: 'org-units', lazy: page(() => import('../org-units/OrgUnitsPage').then((m) => m.OrgUnitsPage), 'org-unit:read') },
      { path: 'users', lazy: page(() => import('../users/UsersPage').then((m) => m.UsersPage), 'user:read') },
      { path: 'audit', lazy: page(() => import('../audit/AuditPage').then((m) => m.AuditPage), 'audit:read') },
      { path: 'account', lazy: page(() => import('../account/AccountPage').then((m) => m.AccountPage)) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
