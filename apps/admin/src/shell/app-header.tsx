import { useTranslation } from 'react-i18next';
import { useAuth, useSession } from '../auth/auth-context';
import { LanguageSwitch } from '../i18n/language-switch';
import { useTenantLogo } from '../settings/tenant-logo';
import { TenantSwitcher } from './tenant-switcher';

/** The municipality's logo and name beside the product's, the user, the language and logging out. */
export function AppHeader() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const { me } = useSession();
  const tenant = me.activeTenant;
  const logo = useTenantLogo(tenant?.id);
  return (
    <header className="app-header">
      <div className="brand-block">
        {logo && tenant && <img className="tenant-logo" src={logo} alt={t('shell.logoAlt', { name: tenant.name })} />}
        <span className="brand">Raadgiver</span>
      </div>
      <TenantSwitcher />
      <span className="spacer" />
      <p className="signed-in-as">{t('shell.signedInAs', { name: me.user.displayName })}</p>
      <LanguageSwitch />
      <button type="button" className="button-secondary" onClick={() => void logout()}>
        {t('auth.logout')}
      </button>
    </header>
  );
}
