import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/error-alert';
import { settle } from '../ui/form';
import { useAuth } from './auth-context';
import { BeginSecondFactorSetupMutation, ConfirmSecondFactorSetupMutation } from './auth.operations';
import { SecondFactorCodeForm } from './second-factor-code-form';
import type { Session } from './session-store';

/**
 * Setting up TOTP: a new secret as a QR code and as text, its first code to confirm it, then the recovery codes, shown
 * once. The session the confirmation issues (no longer limited to the setup) is taken when the user has saved them.
 */
export function SecondFactorSetup() {
  const { t } = useTranslation();
  const { adopt } = useAuth();
  const [begun, begin] = useMutation(BeginSecondFactorSetupMutation);
  const [, confirm] = useMutation(ConfirmSecondFactorSetupMutation);
  const [confirmed, setConfirmed] = useState<{ recoveryCodes: string[]; session: Session } | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once only: a second secret would replace the one shown.
    if (started.current) return;
    started.current = true;
    void begin({});
  }, [begin]);

  if (confirmed) {
    return (
      <section aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{t('secondFactor.recoveryTitle')}</h2>
        <p>{t('secondFactor.recoveryIntro')}</p>
        <ul className="recovery-codes" aria-labelledby="recovery-codes-title">
          {confirmed.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button-primary primary" onClick={() => adopt(confirmed.session)}>
          {t('secondFactor.recoveryDone')}
        </button>
      </section>
    );
  }

  const setup = begun.data?.beginSecondFactorSetup;
  if (!setup) {
    return begun.error ? <ErrorAlert error={begun.error} /> : <p aria-busy="true">{t('secondFactor.preparing')}</p>;
  }
  return (
    <section aria-labelledby="second-factor-setup-title">
      <h2 id="second-factor-setup-title">{t('secondFactor.setupTitle')}</h2>
      <p>{t('secondFactor.setupIntro')}</p>
      <img className="totp-qr" src={setup.qrCodeDataUrl} alt={t('secondFactor.qrAlt')} width={240} height={240} />
      <p>
        {t('secondFactor.secret')}: <code className="totp-secret" data-testid="totp-secret">{setup.secret}</code>
      </p>
      <SecondFactorCodeForm onSubmit={async (code) => settle(await confirm({ input: { code } }), (data) => setConfirmed(data.confirmSecondFactorSetup))} />
    </section>
  );
}
