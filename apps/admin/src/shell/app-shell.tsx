import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/auth-context';
import { AppHeader } from './app-header';
import { navigationFor, rolesOf, type NavEntry } from './navigation';

/** The header, the menu of the user's pages and the main landmark the page renders in. */
export function AppShell({ current, children }: { current: NavEntry | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const entries = navigationFor(rolesOf(me));

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
              <li key={entry.path}>
                <Link to={entry.path} aria-current={entry === current ? 'page' : undefined}>
                  {t(`nav.${entry.label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-main">
          {current ? (
            children
          ) : (
            <main id="main" tabIndex={-1}>
              <p>{t('shell.noAccess')}</p>
            </main>
          )}
        </div>
      </div>
    </div>
  );
}
