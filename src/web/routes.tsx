import type { RouteObject } from 'react-router';
import { AuditPage } from './admin/audit-page';
import { MembersPage } from './admin/members-page';
import { OutboxMessagePage } from './admin/outbox-message-page';
import { OutboxPage } from './admin/outbox-page';
import { RetentionPage } from './admin/retention-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { InvitationPage } from './auth/invitation-page';
import { LoginPage } from './auth/login-page';
import { RequireAuth } from './auth/require-auth';
import { RequireRole } from './auth/require-role';
import { ResetPasswordPage } from './auth/reset-password-page';
import { adminRoles, peopleRoles } from './auth/roles';
import { NotFoundPage } from './common/not-found-page';
import { ApplicationPage } from './enrollment/application/application-page';
import { MyProgramsPage } from './enrollment/application/my-programs-page';
import { NominationsPage } from './enrollment/nominations/nominations-page';
import { RouteError } from './common/route-error';
import { HomePage } from './home/home-page';
import { ProgramsOverviewPage } from './impact/programs-overview-page';
import { SponsoredProgramPage } from './impact/sponsored-program-page';
import { SponsoredProgramsPage } from './impact/sponsored-programs-page';
import { PeoplePage } from './people/people-page';
import { ImportPeoplePage } from './people/import-people-page';
import { EditPersonPage, NewPersonPage } from './people/person-form-pages';
import { PersonPage } from './people/person-page';
import { EditProgramPage } from './programs/edit-program-page';
import { NewProgramPage } from './programs/new-program-page';
import { ProgramPage } from './programs/program-page';
import {
  ergLeadRoles,
  programManagerRoles,
  programReaderRoles,
  sponsorRoles,
} from './programs/program-roles';
import { ProgramsPage } from './programs/programs-page';
import { AppLayout } from './shell/app-layout';
import { ConcernsInboxPage } from './concerns/concerns-inbox-page';
import { MyConcernsPage } from './concerns/my-concerns-page';
import { WorkspacePage } from './workspace/workspace-page';
import { CheckInPage } from './check-ins/check-in-page';
import { MyCheckInsPage } from './check-ins/my-check-ins-page';
import { MyDataPage } from './settings/my-data-page';
import { NotificationSettingsPage } from './settings/notification-settings-page';
import { UnsubscribePage } from './settings/unsubscribe-page';

/** Every page of the app. Shared by the browser router (main.tsx) and the tests (memory router). */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/invitations/:token', element: <InvitationPage /> },
      { path: '/unsubscribe', element: <UnsubscribePage /> },
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
                  { path: '/my/programs', element: <MyProgramsPage /> },
                  { path: '/my/programs/:id', element: <ApplicationPage /> },
                  { path: '/my/pairs/:pairId', element: <WorkspacePage /> },
                  { path: '/my/concerns', element: <MyConcernsPage /> },
                  { path: '/my/check-ins', element: <MyCheckInsPage /> },
                  { path: '/my/check-ins/:id', element: <CheckInPage /> },
                  { path: '/settings/notifications', element: <NotificationSettingsPage /> },
                  { path: '/settings/data', element: <MyDataPage /> },
                  {
                    element: <RequireRole roles={programReaderRoles} />,
                    children: [
                      { path: '/programs', element: <ProgramsPage /> },
                      { path: '/programs/:id', element: <ProgramPage tab="overview" /> },
                      { path: '/programs/:id/participants', element: <ProgramPage tab="participants" /> },
                      { path: '/programs/:id/intake-form', element: <ProgramPage tab="intake-form" /> },
                      { path: '/programs/:id/matching', element: <ProgramPage tab="matching" /> },
                      { path: '/programs/:id/check-ins', element: <ProgramPage tab="check-ins" /> },
                      {
                        path: '/programs/:id/midpoint-review',
                        element: <ProgramPage tab="midpoint-review" />,
                      },
                      { path: '/programs/:id/impact', element: <ProgramPage tab="impact" /> },
                      { path: '/impact', element: <ProgramsOverviewPage /> },
                    ],
                  },
                  {
                    element: <RequireRole roles={programManagerRoles} />,
                    children: [
                      { path: '/programs/new', element: <NewProgramPage /> },
                      { path: '/programs/:id/edit', element: <EditProgramPage /> },
                      { path: '/concerns', element: <ConcernsInboxPage /> },
                    ],
                  },
                  {
                    element: <RequireRole roles={sponsorRoles} />,
                    children: [
                      { path: '/sponsor', element: <SponsoredProgramsPage /> },
                      { path: '/sponsor/programs/:id', element: <SponsoredProgramPage /> },
                    ],
                  },
                  {
                    element: <RequireRole roles={ergLeadRoles} />,
                    children: [{ path: '/nominations', element: <NominationsPage /> }],
                  },
                  {
                    element: <RequireRole roles={peopleRoles} />,
                    children: [
                      { path: '/people', element: <PeoplePage /> },
                      { path: '/people/:id', element: <PersonPage /> },
                      { path: '/people/import', element: <ImportPeoplePage /> },
                      { path: '/people/new', element: <NewPersonPage /> },
                      { path: '/people/:id/edit', element: <EditPersonPage /> },
                    ],
                  },
                  {
                    element: <RequireRole roles={adminRoles} />,
                    children: [
                      { path: '/admin/members', element: <MembersPage /> },
                      { path: '/admin/outbox', element: <OutboxPage /> },
                      { path: '/admin/outbox/:id', element: <OutboxMessagePage /> },
                      { path: '/admin/audit', element: <AuditPage /> },
                      { path: '/admin/retention', element: <RetentionPage /> },
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
