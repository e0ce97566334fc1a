import type { CombinedError } from '@urql/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch';
import { TEXT_LIMITS } from '@raadgiver/domain';
import { useAuth } from './auth-context';
import { hrefTo } from '../shell/app-paths';

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [error, setError] = useState<CombinedError | undefined>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    try {
      setError(await login(String(form.get('email')), String(form.get('password'))));
    } finally {
      setSubmitting(false);
    }
  }

  // The API's own message says what was wrong (wrong credentials, too many attempts).
  const message = error ? (error.graphQLErrors[0]?.message ?? t('common.networkError')) : null;

  return (
    <main className="login-page">
      <div className="login-card">
        <LanguageSwitch />
        <h1>{t('auth.title')}</h1>
        <form onSubmit={submit} aria-describedby={message ? 'login-error' : undefined}>
          <div className="field">
            <label htmlFor="login-email">{t('auth.email')}</label>
            <input id="login-email" name="email" type="email" autoComplete="username" required maxLength={TEXT_LIMITS.email} />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('auth.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={TEXT_LIMITS.password.max}
            />
          </div>
          {message && (
            <p id="login-error" className="form-error" role="alert">
              {message}
            </p>
          )}
          <button type="submit" className="primary" disabled={submitting}>
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p>
          <a href={hrefTo('/benchmark')}>{t('auth.benchmarkLink')}</a>
        </p>
      </div>
    </main>
  );
}
