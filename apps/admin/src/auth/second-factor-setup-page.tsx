import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch';
import { useAuth } from './auth-context';
import { SecondFactorSetup } from './second-factor-setup';

/**
 * What a tenant admin or the operator without a second factor sees after the password, whatever page they asked for:
 * the setup, and logging out. The API refuses every other operation to this session.
 */
export function SecondFactorSetupPage() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  useEffect(() => {
    document.title = `${t('secondFactor.pageTitle')} – Raadgiver`;
  }, [t]);
  return (
    <main id="main" tabIndex={-1} className="login-page">
      <div className="login-card second-factor-card">
        <div className="second-factor-bar">
          <LanguageSwitch />
          <button type="button" className="button-secondary" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </div>
        <h1>{t('secondFactor.pageTitle')}</h1>
        <p>{t('secondFactor.setupRequired')}</p>
        <SecondFactorSetup />
      </div>
    </main>
  );
}
