import { Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, createHashRouter, useLocation, useParams, type RouteObject } from 'react-router';
import { useAuth, useSession } from '../auth/auth-context';
import { AppShell } from './app-shell';
import type { AppPath } from './app-paths';
import { entryOf, navigationFor, rolesOf } from './navigation';
import { SiteFooter } from './site-footer';

// Each page is loaded when first opened, the login page too: the first load is the shell, the router and the session,
// and the form library (react-hook-form, Zod) comes with the first page that has a form.
const LoginPage = lazy(() => import('../auth/login-page').then((module) => ({ default: module.LoginPage })));
const SecondFactorSetupPage = lazy(() => import('../auth/second-factor-setup-page').then((module) => ({ default: module.SecondFactorSetupPage })));
const InquiryListPage = lazy(() => import('../inquiries/inquiry-list-page').then((module) => ({ default: module.InquiryListPage })));
const InquiryFormPage = lazy(() => import('../inquiries/inquiry-form-page').then((module) => ({ default: module.InquiryFormPage })));
const InquiryDetailsPage = lazy(() => import('../inquiries/inquiry-details-page').then((module) => ({ default: module.InquiryDetailsPage })));
const ImportPage = lazy(() => import('../imports/import-page').then((module) => ({ default: module.ImportPage })));
const OrgUnitsPage = lazy(() => import('../org-units/org-units-page').then((module) => ({ default: module.OrgUnitsPage })));
const ResponseTargetsPage = lazy(() => import('../response-targets/response-targets-page').then((module) => ({ default: module.ResponseTargetsPage })));
const AuditLogPage = lazy(() => import('../audit/audit-log-page').then((module) => ({ default: module.AuditLogPage })));
const CaseVolumesPage = lazy(() => import('../case-volumes/case-volumes-page').then((module) => ({ default: module.CaseVolumesPage })));
const LearningWallPage = lazy(() => import('../learning/learning-wall-page').then((module) => ({ default: module.LearningWallPage })));
const MyRecommendationsPage = lazy(() => import('../follow-up/my-recommendations-page').then((module) => ({ default: module.MyRecommendationsPage })));
const InvitationPage = lazy(() => import('../invitations/invitation-page').then((module) => ({ default: module.InvitationPage })));
const ReportsPage = lazy(() => import('../reports/reports-page').then((module) => ({ default: module.ReportsPage })));
const BenchmarkDashboardPage = lazy(() => import('../benchmark/benchmark-dashboard-page').then((module) => ({ default: module.BenchmarkDashboardPage })));
const HelpPage = lazy(() => import('../help/help-page').then((module) => ({ default: module.HelpPage })));
const AccessibilityPage = lazy(() => import('../help/accessibility-page').then((module) => ({ default: module.AccessibilityPage })));
const CataloguePage = lazy(() => import('../catalogue/catalogue-page').then((module) => ({ default: module.CataloguePage })));
const UsersPage = lazy(() => import('../users/users-page').then((module) => ({ default: module.UsersPage })));
const TenantsPage = lazy(() => import('../tenants/tenants-page').then((module) => ({ default: module.TenantsPage })));
const TaxonomyPage = lazy(() => import('../taxonomy/taxonomy-page').then((module) => ({ default: module.TaxonomyPage })));
const QueuesPage = lazy(() => import('../queues/queues-page').then((module) => ({ default: module.QueuesPage })));
const RetentionPage = lazy(() => import('../retention/retention-page').then((module) => ({ default: module.RetentionPage })));
const ArchivesPage = lazy(() => import('../archives/archives-page').then((module) => ({ default: module.ArchivesPage })));
const SecondFactorPage = lazy(() => import('../auth/second-factor-page').then((module) => ({ default: module.SecondFactorPage })));
const SettingsPage = lazy(() => import('../settings/settings-page').then((module) => ({ default: module.SettingsPage })));
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
 * Signed out: the login page at the same URL, so the page opens after login. Signed in but asked to set up a second
 * factor first: that setup, at any URL, until it is done.
 */
function SignedIn() {
  const { session } = useAuth();
  if (!session || session.me.secondFactor.setupPending) {
    return <Lazy>{session ? <SecondFactorSetupPage /> : <LoginPage />}</Lazy>;
  }
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
      <Lazy>
        <Outlet />
      </Lazy>
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
  return (
    <Lazy>
      <InvitationPage token={token} />
    </Lazy>
  );
}

function InquiryRoute({ edit }: { edit: boolean }) {
  const { id = '' } = useParams<'id'>();
  return edit ? <InquiryFormPage key={id} inquiryId={id} /> : <InquiryDetailsPage key={id} inquiryId={id} />;
}

/** A route of the table: its path is one of the typed paths, so the table and the links cannot disagree. */
type AppRoute = RouteObject & { path: AppPath };

/** The signed-in pages; who may open which is said once, in navigation.ts. */
const PAGES: AppRoute[] = [
  { path: '/inquiries', element: <InquiryListPage /> },
  { path: '/inquiries/new', element: <InquiryFormPage inquiryId={null} /> },
  { path: '/inquiries/:id', element: <InquiryRoute edit={false} /> },
  { path: '/inquiries/:id/edit', element: <InquiryRoute edit /> },
  { path: '/import', element: <ImportPage /> },
  { path: '/reports', element: <ReportsPage /> },
  { path: '/org-units', element: <OrgUnitsPage /> },
  { path: '/categories', element: <CataloguePage key="category" kind="category" /> },
  { path: '/outcomes', element: <CataloguePage key="outcome" kind="outcome" /> },
  { path: '/users', element: <UsersPage /> },
  { path: '/response-targets', element: <ResponseTargetsPage /> },
  { path: '/audit-log', element: <AuditLogPage /> },
  { path: '/case-volumes', element: <CaseVolumesPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/retention', element: <RetentionPage /> }, { path: '/archives', element: <ArchivesPage /> },
  { path: '/learning-wall', element: <LearningWallPage /> },
  { path: '/recommendations', element: <MyRecommendationsPage /> },
  { path: '/tenants', element: <TenantsPage /> },
  { path: '/taxonomy', element: <TaxonomyPage /> },
  { path: '/queues', element: <QueuesPage /> },
  { path: '/security', element: <SecondFactorPage /> },
];

/** Every page, with the footer under it. */
function WithFooter() {
  return (
    <>
      <Outlet />
      <SiteFooter />
    </>
  );
}

export const ROUTES: RouteObject[] = [
  {
    element: <WithFooter />,
    children: [
      { path: '/invitation/:token' satisfies AppPath, element: <InvitationRoute /> },
      // Anyone may read these, signed in or not.
      { path: '/help' satisfies AppPath, element: <Lazy><HelpPage /></Lazy> },
      { path: '/accessibility' satisfies AppPath, element: <Lazy><AccessibilityPage /></Lazy> },
      {
        path: '/benchmark' satisfies AppPath,
        element: <BenchmarkRoute />,
        children: [{ index: true, element: <Lazy><BenchmarkDashboardPage /></Lazy> }],
      },
      // `/` and unknown paths land on the first page the user may open.
      { element: <SignedIn />, children: [...PAGES, { path: '*', element: null }] },
    ],
  },
];

/** Hash URLs (`#/inquiries/42`) keep the links in e-mails, bookmarks and the server's single index.html working. */
export function createAppRouter() {
  return createHashRouter(ROUTES);
}
