import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
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
        <MainMenu entries={entries} current={current} />
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

/**
 * The menu's links. On a narrow screen (styles.css) they fold behind a "Menu" button that says whether they are shown;
 * Escape folds them again and gives the focus back to the button, and opening a page folds them.
 */
function MainMenu({ entries, current }: { entries: NavEntry[]; current: NavEntry | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [pathname]);

  return (
    <nav
      className="app-nav"
      aria-label={t('shell.mainNavigation')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="menu-toggle button-secondary"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((shown) => !shown)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {t('shell.menu')}
      </button>
      <ul id={`${id}-menu`} className={open ? 'menu-links open' : 'menu-links'}>
        {entries.map((entry) => (
          <li key={entry.path}>
            <Link to={entry.path} aria-current={entry === current ? 'page' : undefined} onClick={() => setOpen(false)}>
              {t(`nav.${entry.label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
