import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Breadcrumb {
  label: string;
  /** An `href` built with `hrefTo`; the last crumb is the page itself and has none. */
  href?: string;
}

interface PageProps {
  /** The page's h1 and the browser tab's title. */
  title: string;
  breadcrumbs?: readonly Breadcrumb[];
  /** Buttons beside the heading, e.g. "Registrer henvendelse". */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A page of the admin: the main landmark (target of the skip link), breadcrumbs, its heading and the tab title. */
export function Page({ title, breadcrumbs, actions, className, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – Raadgiver`;
  }, [title]);
  return (
    <main id="main" tabIndex={-1} aria-labelledby="page-title" className={className ? `page ${className}` : 'page'}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
          <ol className="breadcrumbs__list">
            {breadcrumbs.map((crumb) => (
              <li key={crumb.label} className="breadcrumbs__list-item">
                {crumb.href ? (
                  <a className="breadcrumbs__link" href={crumb.href}>
                    {crumb.label}
                  </a>
                ) : (
                  <span aria-current="page">{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-heading">
        <h1 id="page-title">{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </main>
  );
}
