import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { LoginPage } from '../auth/LoginPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { DeadlinesPage } from '../deadlines/DeadlinesPage';
import { HomePage } from '../home/HomePage';
import { OrgUnitsPage } from '../org-units/OrgUnitsPage';
import { UsersPage } from '../users/UsersPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAction } from './RequireAction';
import { Shell } from './Shell';

/** Every page of the app. Pages behind the shell need a session; each feature page also checks its action. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'deadlines', element: <DeadlinesPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'org-units', element: <RequireAction action="org-unit:read"><OrgUnitsPage /></RequireAction> },
      { path: 'users', element: <RequireAction action="user:read"><UsersPage /></RequireAction> },
      { path: 'audit', element: <RequireAction action="audit:read"><AuditPage /></RequireAction> },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
