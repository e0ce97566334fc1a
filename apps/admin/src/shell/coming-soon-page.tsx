import { useTranslation } from 'react-i18next';
import type { NavLabel } from './navigation';

export function ComingSoonPage({ label }: { label: NavLabel }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(`nav.${label}`)}</h1>
      <p className="coming-soon">
        <strong>{t('shell.comingSoon')}</strong> {t('shell.comingSoonText')}
      </p>
    </section>
  );
}
