import { useTranslation } from 'react-i18next';
import { useAuth, useSession } from '../auth/auth-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { TenantSwitcher } from './tenant-switcher';

export function AppHeader() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const { me } = useSession();
  return (
    <header className="app-header">
      <span className="brand">Raadgiver</span>
      <TenantSwitcher />
      <span className="spacer" />
      <p className="signed-in-as">{t('shell.signedInAs', { name: me.user.displayName })}</p>
      <LanguageSwitch />
      <button type="button" onClick={() => void logout()}>
        {t('auth.logout')}
      </button>
    </header>
  );
}
