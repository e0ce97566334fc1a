import { TEXT_LIMITS } from '@raadgiver/domain';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LanguageSwitch } from '../i18n/language-switch';
import { hrefTo } from '../shell/app-paths';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';
import { useAuth } from './auth-context';

const loginSchema = z.object({ email: requiredText(TEXT_LIMITS.email), password: z.string().min(1).max(TEXT_LIMITS.password.max) });

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const form = useSchemaForm(loginSchema, { email: '', password: '' });
  const submitting = form.formState.isSubmitting;

  return (
    <main className="login-page">
      <div className="login-card">
        <LanguageSwitch />
        <h1>{t('auth.title')}</h1>
        {/* The API says what was wrong at a field (wrong credentials at the password, too many attempts at the e-mail): there and in the summary. */}
        <Form form={form} onSubmit={({ email, password }) => login(email, password)}>
          <Field name="email" label={t('auth.email')}>
            {(control) => <input {...control} type="email" autoComplete="username" maxLength={TEXT_LIMITS.email} />}
          </Field>
          <Field name="password" label={t('auth.password')}>
            {(control) => <input {...control} type="password" autoComplete="current-password" maxLength={TEXT_LIMITS.password.max} />}
          </Field>
          <FormFooter submitLabel={submitting ? t('auth.submitting') : t('auth.submit')} submitting={submitting} />
        </Form>
        <p>
          <a href={hrefTo('/benchmark')}>{t('auth.benchmarkLink')}</a>
        </p>
      </div>
    </main>
  );
}
