import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError } from 'urql';
import { useSession } from '../auth/auth-context';
import { refusalOf, useRestRequest } from '../rest/rest-request';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { Page } from '../ui/page';
import { SamlSettingsSection } from '../saml/saml-settings-section';
import { EMPTY_LOGO, logoSchema, type LogoFields } from './logo-form.schema';
import { OidcSection } from './oidc-section';
import { logoChanged, TENANT_LOGO_PATH, useTenantLogo } from './tenant-logo';

/** The municipality's settings that are not a list of their own: the logo in the header and the municipality's own login. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} className="settings-page">
      <LogoSection />
      <SamlSettingsSection />
      <OidcSection />
    </Page>
  );
}

function LogoSection() {
  const { t } = useTranslation();
  const id = useId();
  const { me } = useSession();
  const tenantName = me.activeTenant?.name ?? '';
  const logo = useTenantLogo(me.activeTenant?.id);
  const request = useRestRequest();
  const schema = useMemo(() => logoSchema({ required: t('settings.logoRequired'), tooLarge: t('settings.logoTooLarge') }), [t]);
  const form = useSchemaForm(schema, EMPTY_LOGO);
  const [notice, setNotice] = useState('');
  const [removeError, setRemoveError] = useState<CombinedError | undefined>();
  const [removing, setRemoving] = useState(false);

  async function send(init: RequestInit, done: string): Promise<CombinedError | undefined> {
    setNotice('');
    try {
      const response = await request(TENANT_LOGO_PATH, init);
      if (!response.ok) return await refusalOf(response, t('settings.logoFailed', { status: response.status }));
      logoChanged();
      setNotice(done);
      return undefined;
    } catch (error) {
      return new CombinedError({ networkError: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  async function upload({ logo: file }: LogoFields) {
    const body = new FormData();
    body.set('logo', file);
    const error = await send({ method: 'POST', body }, t('settings.logoSaved'));
    if (!error) form.reset(EMPTY_LOGO);
    return error;
  }

  async function remove() {
    setRemoving(true);
    setRemoveError(await send({ method: 'DELETE' }, t('settings.logoRemoved')));
    setRemoving(false);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.logoTitle')}</h2>
      <p>{t('settings.logoIntro')}</p>
      <div className="logo-preview">
        {logo ? <img src={logo} alt={t('shell.logoAlt', { name: tenantName })} /> : <p className="muted">{t('settings.noLogo')}</p>}
      </div>
      <Form form={form} onSubmit={upload} className="narrow-form" aria-label={t('settings.logoTitle')}>
        <Field name="logo" label={t('settings.logoFile')} hint={t('settings.logoHint')}>
          {(control) => <input {...control} type="file" accept="image/png,image/jpeg" />}
        </Field>
        <FormFooter submitLabel={t('settings.logoUpload')} submitting={form.formState.isSubmitting}>
          {logo && (
            <button type="button" className="button-secondary danger" onClick={() => void remove()} disabled={removing}>
              {t('settings.logoRemove')}
            </button>
          )}
        </FormFooter>
      </Form>
      <ErrorAlert error={removeError} />
      <p className="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
