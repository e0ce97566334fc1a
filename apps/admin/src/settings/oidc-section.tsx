import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import type { OidcSettingsFieldsFragment } from '../gql/graphql';
import { formatInstant } from '../i18n/dates';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';
import { OidcSettingsQuery, SaveOidcSettingsMutation } from './oidc-settings.operations';

const oidcSchema = z.object({
  issuerUrl: requiredText(2000),
  clientId: requiredText(500),
  // Empty keeps the stored secret (the API asks for one the first time).
  clientSecret: z.string().max(4000).transform((value) => (value.trim() === '' ? null : value)),
  emailDomains: z.string().max(2000).transform((value) => value.split(',').map((domain) => domain.trim()).filter(Boolean)),
  ssoRequired: z.boolean(),
  enabled: z.boolean(),
});

/** The tenant admin connects the municipality's OpenID Connect provider (e.g. Microsoft Entra ID). */
export function OidcSection() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: OidcSettingsQuery });
  const [saved, setSaved] = useState<OidcSettingsFieldsFragment | null>(null);
  const [notice, setNotice] = useState('');
  const settings = saved ?? data?.oidcSettings ?? null;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.oidc.title')}</h2>
      <p>{t('settings.oidc.intro')}</p>
      {fetching && !data && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {data && (
        // A new form after each save: the secret field empties, the hint says when the stored one was set.
        <OidcForm
          key={`${settings?.secretSetAt ?? 'new'}:${String(settings?.updatedAt ?? '')}`}
          settings={settings}
          onSaving={() => setNotice('')}
          onSaved={(next) => {
            setSaved(next);
            setNotice(t('settings.oidc.saved'));
          }}
        />
      )}
      <p className="notice" role="status">
        {notice}
      </p>
    </section>
  );
}

interface OidcFormProps {
  settings: OidcSettingsFieldsFragment | null;
  onSaving: () => void;
  onSaved: (settings: OidcSettingsFieldsFragment) => void;
}

function OidcForm({ settings, onSaving, onSaved }: OidcFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [result, save] = useMutation(SaveOidcSettingsMutation);
  const form = useSchemaForm(oidcSchema, {
    issuerUrl: settings?.issuerUrl ?? '',
    clientId: settings?.clientId ?? '',
    clientSecret: '',
    emailDomains: settings?.emailDomains.join(', ') ?? '',
    ssoRequired: settings?.ssoRequired ?? false,
    enabled: settings?.enabled ?? true,
  });
  const redirectPath = settings?.redirectPath;
  const secretHint = settings?.secretSetAt
    ? t('settings.oidc.clientSecretSet', { date: formatInstant(String(settings.secretSetAt), i18n.language) })
    : t('settings.oidc.clientSecretHint');

  return (
    <>
      {redirectPath && (
        <p>
          {t('settings.oidc.redirectUri')}: <code>{`${window.location.origin}${redirectPath}`}</code>
        </p>
      )}
      <Form
        form={form}
        className="narrow-form"
        aria-label={t('settings.oidc.title')}
        onSubmit={async (input) => {
          onSaving();
          return settle(await save({ input }), (saved) => onSaved(saved.saveOidcSettings));
        }}
      >
        <Field name="issuerUrl" label={t('settings.oidc.issuerUrl')} hint={t('settings.oidc.issuerUrlHint')}>
          {(control) => <input {...control} type="url" inputMode="url" autoComplete="off" spellCheck={false} maxLength={2000} />}
        </Field>
        <Field name="clientId" label={t('settings.oidc.clientId')}>
          {(control) => <input {...control} autoComplete="off" spellCheck={false} maxLength={500} />}
        </Field>
        <Field name="clientSecret" label={t('settings.oidc.clientSecret')} hint={secretHint} optional={Boolean(settings?.secretSet)}>
          {(control) => <input {...control} type="password" autoComplete="new-password" maxLength={4000} />}
        </Field>
        <Field name="emailDomains" label={t('settings.oidc.emailDomains')} hint={t('settings.oidc.emailDomainsHint')} optional>
          {(control) => <input {...control} autoComplete="off" spellCheck={false} maxLength={2000} />}
        </Field>
        <div className="checkbox">
          <input id={`${id}-enabled`} type="checkbox" {...form.register('enabled')} />
          <label htmlFor={`${id}-enabled`}>{t('settings.oidc.enabled')}</label>
        </div>
        <div className="checkbox">
          <input id={`${id}-sso`} type="checkbox" {...form.register('ssoRequired')} />
          <label htmlFor={`${id}-sso`}>{t('settings.oidc.ssoRequired')}</label>
        </div>
        <FormFooter submitLabel={t('settings.oidc.save')} submitting={result.fetching} />
      </Form>
    </>
  );
}
