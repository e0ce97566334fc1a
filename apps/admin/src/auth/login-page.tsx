import { TEXT_LIMITS } from '@raadgiver/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { z } from 'zod';
import { LanguageSwitch } from '../i18n/language-switch';
import { hrefTo } from '../shell/app-paths';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';
import { useAuth } from './auth-context';
import { LoginProviderForEmailQuery, LoginProvidersQuery } from './auth.operations';
import { SecondFactorCodeForm } from './second-factor-code-form';

const loginSchema = z.object({ email: requiredText(TEXT_LIMITS.email), password: z.string().min(1).max(TEXT_LIMITS.password.max) });

const SSO_ERRORS = ['sso_unavailable', 'sso_failed', 'sso_expired', 'sso_email_missing', 'sso_email_in_use', 'sso_account_disabled'] as const;
type SsoError = (typeof SSO_ERRORS)[number];

/** Why the municipality's login sent the person back here (`?sso_error=`), if it did. */
function ssoErrorOfPage(): SsoError | null {
  const code = new URLSearchParams(window.location.search).get('sso_error');
  return SSO_ERRORS.find((known) => known === code) ?? null;
}

/** The e-mail address once the person has stopped typing for a moment, when it has a domain to look up. */
function useSettledDomainEmail(email: string): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? email.trim() : null), 300);
    return () => clearTimeout(timer);
  }, [email]);
  return settled;
}

/** The password first; for a user with a second factor, then its code. The municipality's own login beside them. */
export function LoginPage() {
  const { t } = useTranslation();
  const [challenge, setChallenge] = useState<string | null>(null);
  const [ssoError] = useState(ssoErrorOfPage);

  return (
    <main className="login-page">
      <div className="login-card">
        <LanguageSwitch />
        {challenge ? (
          <CodeStep challenge={challenge} onBack={() => setChallenge(null)} />
        ) : (
          <>
            <h1>{t('auth.title')}</h1>
            {ssoError && (
              <div className="alert alert-error" role="alert">
                <p className="alert-heading">{t('auth.ssoErrorTitle')}</p>
                <p className="alert-text">{t(`auth.ssoError.${ssoError}`)}</p>
              </div>
            )}
            <PasswordStep onChallenge={setChallenge} />
            <MunicipalityLogins />
          </>
        )}
        <p>
          <a href={hrefTo('/benchmark')}>{t('auth.benchmarkLink')}</a>
        </p>
      </div>
    </main>
  );
}

function PasswordStep({ onChallenge }: { onChallenge: (challenge: string) => void }) {
  const { t } = useTranslation();
  const { login } = useAuth();
  const form = useSchemaForm(loginSchema, { email: '', password: '' });
  const submitting = form.formState.isSubmitting;
  const email = useSettledDomainEmail(form.watch('email'));
  const [byDomain] = useQuery({ query: LoginProviderForEmailQuery, variables: { email: email ?? '' }, pause: !email });
  const match = email ? byDomain.data?.loginProviderForEmail : null;
  return (
    // The API says what was wrong at a field (wrong credentials at the password, too many attempts at the e-mail): there and in the summary.
    <Form
      form={form}
      onSubmit={async ({ email, password }) => {
        const { error, secondFactorChallenge } = await login(email, password);
        if (secondFactorChallenge) onChallenge(secondFactorChallenge);
        return error;
      }}
    >
      <Field name="email" label={t('auth.email')}>
        {(control) => <input {...control} type="email" autoComplete="username" maxLength={TEXT_LIMITS.email} />}
      </Field>
      {match && (
        <p>
          <a className="button-link" href={match.loginPath}>
            {t('auth.ssoLogin', { municipality: match.municipalityName })}
          </a>
        </p>
      )}
      <Field name="password" label={t('auth.password')}>
        {(control) => <input {...control} type="password" autoComplete="current-password" maxLength={TEXT_LIMITS.password.max} />}
      </Field>
      <FormFooter submitLabel={submitting ? t('auth.submitting') : t('auth.submit')} submitting={submitting} />
    </Form>
  );
}

function CodeStep({ challenge, onBack }: { challenge: string; onBack: () => void }) {
  const { t } = useTranslation();
  const { completeSecondFactorLogin } = useAuth();
  return (
    <>
      <h1>{t('secondFactor.codeTitle')}</h1>
      <p>{t('secondFactor.codeIntro')}</p>
      {/* A wrong code, or too many, is told at the field and in the summary; an expired challenge too (then: back). */}
      <SecondFactorCodeForm onSubmit={(code) => completeSecondFactorLogin(challenge, code)}>
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('secondFactor.backToLogin')}
        </button>
      </SecondFactorCodeForm>
    </>
  );
}

/** A chooser of the municipalities with a login of their own; nothing while there are none. */
function MunicipalityLogins() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: LoginProvidersQuery });
  const [slug, setSlug] = useState('');
  const providers = data?.loginProviders ?? [];
  if (providers.length === 0) return null;
  const chosen = providers.find((provider) => provider.slug === slug);
  return (
    <section className="sso-login" aria-labelledby="sso-login-title">
      <h2 id="sso-login-title">{t('auth.ssoTitle')}</h2>
      <p>{t('auth.ssoIntro')}</p>
      <Field label={t('auth.ssoMunicipality')}>
        {(control) => (
          <select {...control} value={slug} onChange={(event) => setSlug(event.target.value)}>
            <option value="">{t('auth.ssoChoose')}</option>
            {providers.map((provider) => (
              <option key={provider.slug} value={provider.slug}>
                {provider.municipalityName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {chosen && (
        <p>
          <a className="button-link" href={chosen.loginPath}>
            {t('auth.ssoLogin', { municipality: chosen.municipalityName })}
          </a>
        </p>
      )}
    </section>
  );
}
