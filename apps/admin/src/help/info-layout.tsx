import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch';
import { hrefTo } from '../shell/app-paths';
import { Page } from '../ui/page';

/** A page anyone may read, signed in or not (help, the accessibility statement): the brand, the language, a way back. */
export function InfoLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="info-page">
      <header className="app-header">
        <span className="brand">Raadgiver</span>
        <span className="spacer" />
        <LanguageSwitch />
        <a href={hrefTo('/')}>{t('footer.home')}</a>
      </header>
      <div className="app-main">
        <Page title={title}>{children}</Page>
      </div>
    </div>
  );
}
