import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/auth-context';
import { AuditLogPage } from '../audit/audit-log-page';
import { CaseVolumesPage } from '../case-volumes/case-volumes-page';
import { MyRecommendationsPage } from '../follow-up/my-recommendations-page';
import { ImportPage } from '../imports/import-page';
import { InquiriesSection } from '../inquiries/inquiries-section';
import { LearningWallPage } from '../learning/learning-wall-page';
import { OrgUnitsPage } from '../org-units/org-units-page';
import { ResponseTargetsPage } from '../response-targets/response-targets-page';
import { AppHeader } from './app-header';
import { ComingSoonPage } from './coming-soon-page';
import { navigationFor, rolesOf, type NavEntry } from './navigation';
import { parseRoute, useHashRoute } from './use-hash-route';

// The report preview brings the chart library: loaded when first opened, not with the app.
const ReportsPage = lazy(() => import('../reports/reports-page').then((module) => ({ default: module.ReportsPage })));
const BenchmarkDashboardPage = lazy(() => import('../benchmark/benchmark-dashboard-page').then((module) => ({ default: module.BenchmarkDashboardPage })));

function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('common.loading')}</p>;
}

/** `rest` is the route below the page (`inquiries/<id>` → [id]), `query` what follows `?`. */
function Page({ entry, rest, query }: { entry: NavEntry; rest: string[]; query: string }) {
  switch (entry.route) {
    case 'inquiries':
      return <InquiriesSection rest={rest} query={query} />;
    case 'import':
      return <ImportPage />;
    case 'reports':
      return (
        <Suspense fallback={<Loading />}>
          <ReportsPage query={query} />
        </Suspense>
      );
    case 'benchmark':
      return (
        <Suspense fallback={<Loading />}>
          <BenchmarkDashboardPage query={query} />
        </Suspense>
      );
    case 'org-units':
      return <OrgUnitsPage />;
    case 'response-targets':
      return <ResponseTargetsPage />;
    case 'audit-log':
      return <AuditLogPage />;
    case 'learning-wall':
      return <LearningWallPage />;
    case 'recommendations':
      return <MyRecommendationsPage />;
    case 'case-volumes':
      return <CaseVolumesPage />;
    default:
      return <ComingSoonPage label={entry.label} />;
  }
}

export function AppShell() {
  const { t } = useTranslation();
  const { me } = useSession();
  const entries = navigationFor(rolesOf(me));
  const [route, navigate] = useHashRoute();
  const { path, query } = parseRoute(route);
  const [pageRoute = '', ...rest] = path;
  const current = entries.find((entry) => entry.route === pageRoute) ?? entries[0];

  // An unknown route, or one the current roles do not allow, shows the first allowed page.
  useEffect(() => {
    if (current && current.route !== pageRoute) navigate(current.route);
  }, [current, pageRoute, navigate]);

  return (
    <div className="app">
      {/* Focus moves by script: the hash holds the route. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <nav className="app-nav" aria-label={t('shell.mainNavigation')}>
          <ul>
            {entries.map((entry) => (
              <li key={entry.route}>
                <a href={`#/${entry.route}`} aria-current={entry === current ? 'page' : undefined}>
                  {t(`nav.${entry.label}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          {current ? <Page key={current.route} entry={current} rest={rest} query={query} /> : <p>{t('shell.noAccess')}</p>}
        </main>
      </div>
    </div>
  );
}
