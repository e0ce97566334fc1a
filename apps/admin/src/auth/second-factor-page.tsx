import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/page';
import { useSession } from './auth-context';
import { SecondFactorSetup } from './second-factor-setup';

/** The user's own second factor: whether it is on, and its setup for whoever has none yet. */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [settingUp, setSettingUp] = useState(false);
  const enabled = me.secondFactor.enabled;
  return (
    <Page title={t('secondFactor.pageTitle')}>
      <p role="status">{enabled ? t('secondFactor.statusOn') : t('secondFactor.statusOff')}</p>
      {!enabled &&
        (settingUp ? (
          <SecondFactorSetup />
        ) : (
          <button type="button" className="button-primary primary" onClick={() => setSettingUp(true)}>
            {t('secondFactor.start')}
          </button>
        ))}
    </Page>
  );
}
