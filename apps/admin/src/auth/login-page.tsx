import { TEXT_LIMITS } from '@raadgiver/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LanguageSwitch } from '../i18n/language-switch';
import { hrefTo } from '../shell/app-paths';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';
import { useAuth } from './auth-context';
import { SecondFactorCodeForm } from './second-factor-code-form';

const loginSchema = z.object({ email: requiredText(TEXT_LIMITS.email), password: z.string().min(1).max(TEXT_LIMITS.password.max) });

/** The password first; for a user with a second factor, then its code. */
export function LoginPage() {
  const { t } = useTranslation();
  const [challenge, setChallenge] = useState<string | null>(null);

  return (
    <main className="login-page">
      <div className="login-card">
        <LanguageSwitch />
        {challenge ? (
          <CodeStep challenge={challenge} onBack={() => setChallenge(null)} />
        ) : (
          <>
            <h1>{t('auth.title')}</h1>
            <PasswordStep onChallenge={setChallenge} />
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
