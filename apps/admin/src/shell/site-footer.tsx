import { useTranslation } from 'react-i18next';
import { hrefTo } from './app-paths';

/** On every page, signed in or not: the help and the accessibility statement, as the law asks for the latter. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <ul>
        <li>
          <a href={hrefTo('/help')}>{t('footer.help')}</a>
        </li>
        <li>
          <a href={hrefTo('/accessibility')}>{t('footer.accessibility')}</a>
        </li>
      </ul>
    </footer>
  );
}
