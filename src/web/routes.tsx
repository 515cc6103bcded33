import type { RouteObject } from 'react-router';
import { AuditPage } from './admin/audit-page';
import { MembersPage } from './admin/members-page';
import { OutboxMessagePage } from './admin/outbox-message-page';
import { OutboxPage } from './admin/outbox-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { InvitationPage } from './auth/invitation-page';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { RequireRole } from './auth/require-role';
import { ResetPasswordPage } from './auth/reset-password-page';
import { adminRoles, peopleRoles } from './auth/roles';
import { NotFoundPage } from './common/not-found-page';
import { RouteError } from './common/route-error';
import { HomePage } from './home/home-page';
import { PeoplePage } from './people/people-page';
import { PersonPage } from './people/person-page';
import { AppLayout } from './shell/app-layout';

/** Every page of the app. Shared by the browser router (main.tsx) and the tests (memory router). */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/invitations/:token', element: <InvitationPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                // Errors inside a page keep the shell (navigation stays usable).
                errorElement: <RouteError />,
                children: [
                  { index: true, element: <HomePage /> },
                  {
                    element: <RequireRole roles={peopleRoles} />,
                    children: [
                      { path: '/people', element: <PeoplePage /> },
                      { path: '/people/:id', element: <PersonPage /> },
                    ],
                  },
                  {
                    element: <RequireRole roles={adminRoles} />,
                    children: [
                      { path: '/admin/members', element: <MembersPage /> },
                      { path: '/admin/outbox', element: <OutboxPage /> },
                      { path: '/admin/outbox/:id', element: <OutboxMessagePage /> },
                      { path: '/admin/audit', element: <AuditPage /> },
                    ],
                  },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
