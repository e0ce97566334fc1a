import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, createHashRouter, useLocation, useParams, type RouteObject } from 'react-router';
import { AuditLogPage } from '../audit/audit-log-page';
import { useAuth, useSession } from '../auth/auth-context';
import { LoginPage } from '../auth/login-page';
import { CaseVolumesPage } from '../case-volumes/case-volumes-page';
import { MyRecommendationsPage } from '../follow-up/my-recommendations-page';
import { ImportPage } from '../imports/import-page';
import { InquiryDetailsPage } from '../inquiries/inquiry-details-page';
import { InquiryFormPage } from '../inquiries/inquiry-form-page';
import { InquiryListPage } from '../inquiries/inquiry-list-page';
import { InvitationPage } from '../invitations/invitation-page';
import { LearningWallPage } from '../learning/learning-wall-page';
import { OrgUnitsPage } from '../org-units/org-units-page';
import { ResponseTargetsPage } from '../response-targets/response-targets-page';
import { AppShell } from './app-shell';
import type { AppPath } from './app-paths';
import { ComingSoonPage } from './coming-soon-page';
import { entryOf, navigationFor, rolesOf, type NavLabel } from './navigation';

// The chart library comes with these pages: loaded when first opened, not with the login page or the app.
const ReportsPage = lazy(() => import('../reports/reports-page').then((module) => ({ default: module.ReportsPage })));
const BenchmarkDashboardPage = lazy(() => import('../benchmark/benchmark-dashboard-page').then((module) => ({ default: module.BenchmarkDashboardPage })));
const PublicBenchmarkPage = lazy(() => import('../benchmark/public-benchmark-page').then((module) => ({ default: module.PublicBenchmarkPage })));

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="starting" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * Signed in: the shell around the page, when one of the user's roles may open it (else the first page they may).
 * Signed out: the login page at the same URL, so the page opens after login.
 */
function SignedIn() {
  const { session } = useAuth();
  if (!session) return <LoginPage />;
  return <RoleGate />;
}

function RoleGate() {
  const { me } = useSession();
  const { pathname } = useLocation();
  const allowed = navigationFor(rolesOf(me));
  const entry = entryOf(pathname);
  const first = allowed[0];
  if (!entry || !allowed.includes(entry)) return first ? <Navigate to={first.path} replace /> : <AppShell current={undefined} />;
  return (
    <AppShell current={entry}>
      <Outlet />
    </AppShell>
  );
}

/** `#/benchmark` is the national benchmark for everyone; signed in, the municipality's own dashboard in the shell. */
function BenchmarkRoute() {
  const { session } = useAuth();
  if (session) return <SignedIn />;
  return (
    <Lazy>
      <PublicBenchmarkPage />
    </Lazy>
  );
}

function InvitationRoute() {
  const { token = '' } = useParams<'token'>();
  return <InvitationPage token={token} />;
}

function InquiryRoute({ edit }: { edit: boolean }) {
  const { id = '' } = useParams<'id'>();
  return edit ? <InquiryFormPage key={id} inquiryId={id} /> : <InquiryDetailsPage key={id} inquiryId={id} />;
}

/** A route of the table: its path is one of the typed paths, so the table and the links cannot disagree. */
type AppRoute = RouteObject & { path: AppPath };

const comingSoon = (path: AppPath, label: NavLabel): AppRoute => ({ path, element: <ComingSoonPage label={label} /> });

/** The signed-in pages; who may open which is said once, in navigation.ts. */
const PAGES: AppRoute[] = [
  { path: '/inquiries', element: <InquiryListPage /> },
  { path: '/inquiries/new', element: <InquiryFormPage inquiryId={null} /> },
  { path: '/inquiries/:id', element: <InquiryRoute edit={false} /> },
  { path: '/inquiries/:id/edit', element: <InquiryRoute edit /> },
  { path: '/import', element: <ImportPage /> },
  { path: '/reports', element: <Lazy><ReportsPage /></Lazy> },
  { path: '/org-units', element: <OrgUnitsPage /> },
  comingSoon('/categories', 'categories'),
  comingSoon('/outcomes', 'outcomes'),
  comingSoon('/users', 'users'),
  { path: '/response-targets', element: <ResponseTargetsPage /> },
  { path: '/audit-log', element: <AuditLogPage /> },
  { path: '/case-volumes', element: <CaseVolumesPage /> },
  { path: '/learning-wall', element: <LearningWallPage /> },
  { path: '/recommendations', element: <MyRecommendationsPage /> },
  comingSoon('/tenants', 'tenants'),
];

export const ROUTES: RouteObject[] = [
  { path: '/invitation/:token' satisfies AppPath, element: <InvitationRoute /> },
  {
    path: '/benchmark' satisfies AppPath,
    element: <BenchmarkRoute />,
    children: [{ index: true, element: <Lazy><BenchmarkDashboardPage /></Lazy> }],
  },
  // `/` and unknown paths land on the first page the user may open.
  { element: <SignedIn />, children: [...PAGES, { path: '*', element: null }] },
];

/** Hash URLs (`#/inquiries/42`) keep the links in e-mails, bookmarks and the server's single index.html working. */
export function createAppRouter() {
  return createHashRouter(ROUTES);
}
