import { useTranslation } from 'react-i18next';
import type { NavLabel } from './navigation';
import { Page } from '../ui/page';

export function ComingSoonPage({ label }: { label: NavLabel }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${label}`)}>
      <p className="coming-soon">
        <strong>{t('shell.comingSoon')}</strong> {t('shell.comingSoonText')}
      </p>
    </Page>
  );
}
