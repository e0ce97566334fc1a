import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/auth-context';
import { OrgUnitsPage } from '../org-units/org-units-page';
import { AppHeader } from './app-header';
import { ComingSoonPage } from './coming-soon-page';
import { navigationFor, rolesOf, type NavEntry } from './navigation';
import { useHashRoute } from './use-hash-route';

function Page({ entry }: { entry: NavEntry }) {
  switch (entry.route) {
    case 'org-units':
      return <OrgUnitsPage />;
    default:
      return <ComingSoonPage label={entry.label} />;
  }
}

export function AppShell() {
  const { t } = useTranslation();
  const { me } = useSession();
  const entries = navigationFor(rolesOf(me));
  const [route, navigate] = useHashRoute();
  const current = entries.find((entry) => entry.route === route) ?? entries[0];

  // An unknown route, or one the current roles do not allow, shows the first allowed page.
  useEffect(() => {
    if (current && current.route !== route) navigate(current.route);
  }, [current, route, navigate]);

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
          {current ? <Page key={current.route} entry={current} /> : <p>{t('shell.noAccess')}</p>}
        </main>
      </div>
    </div>
  );
}
