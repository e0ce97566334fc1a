import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useMutation, useQuery } from 'urql';
import type { SamlProviderQuery as SamlProviderResult } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { certificatesOf, fieldsOfMap, PLAIN_ROLE_FIELDS, privilegeMapOf, samlSchema, type SamlFields } from './saml-form.schema';
import { SamlProviderQuery, SetSamlProviderMutation } from './saml.operations';

const ROLE_FIELD: Record<string, keyof SamlFields> = { ...PLAIN_ROLE_FIELDS, DEPARTMENT_CONTACT: 'contactPrivileges' };

/**
 * The municipality's SAML 2.0 login (KOMBIT's Context Handler): the service provider's addresses to register there,
 * the identity provider, and which privileges give which roles at each login.
 */
export function SamlSettingsSection() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error, fetching }, refetch] = useQuery({ query: SamlProviderQuery });
  const [notice, setNotice] = useState('');
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('saml.title')}</h2>
      <p>{t('saml.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !data && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {data?.samlProvider && <ServiceProvider provider={data.samlProvider} />}
      {data && (
        <SamlForm
          data={data}
          onSaving={() => setNotice('')}
          onSaved={() => {
            setNotice(t('saml.saved'));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </section>
  );
}

function ServiceProvider({ provider }: { provider: NonNullable<SamlProviderResult['samlProvider']> }) {
  const { t } = useTranslation();
  return (
    <dl className="details-list saml-addresses">
      <dt>{t('saml.metadata')}</dt>
      <dd>
        <a href={provider.spEntityId}>{provider.spEntityId}</a>
      </dd>
      <dt>{t('saml.acsUrl')}</dt>
      <dd>{provider.acsUrl}</dd>
      <dt>{t('saml.loginUrl')}</dt>
      <dd>{provider.loginUrl}</dd>
    </dl>
  );
}

function SamlForm({ data, onSaving, onSaved }: { data: SamlProviderResult; onSaving: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const provider = data.samlProvider;
  const units = data.orgUnits;
  const [result, save] = useMutation(SetSamlProviderMutation);
  const sentRoles = useRef<string[]>([]);
  const form = useSchemaForm(samlSchema, {
    idpEntityId: provider?.idpEntityId ?? '',
    idpSsoUrl: provider?.idpSsoUrl ?? '',
    idpCertificates: provider?.idpCertificates.join('\n') ?? '',
    encryptedAssertions: provider?.encryptedAssertions ?? false,
    enabled: provider?.enabled ?? true,
    privilegeAttribute: provider?.privilegeAttribute ?? '',
    ...fieldsOfMap(provider?.privilegeMap ?? [], units),
  });
  const text = (name: keyof SamlFields, rows = 3, hint?: string, optional?: boolean) => (
    <Field name={name} label={t(`saml.${name}`)} hint={hint} optional={optional}>
      {(control) => <textarea {...control} rows={rows} spellCheck={false} />}
    </Field>
  );

  return (
    <Form
      form={form}
      aria-label={t('saml.title')}
      // The API names a grant by its place in the list it got; the form shows it at that role's list.
      apiFieldOf={(apiField) => {
        const index = /privilegeMap\[(\d+)\]/.exec(apiField)?.[1];
        return index === undefined ? apiField.replace(/^input\./, '').replace(/\[\d+\]$/, '') : (ROLE_FIELD[sentRoles.current[Number(index)] ?? ''] ?? 'contactPrivileges');
      }}
      onSubmit={async (fields) => {
        onSaving();
        const { map, unknownUnits } = privilegeMapOf(fields, units);
        if (unknownUnits.length) {
          form.setError('contactPrivileges', { type: 'server', message: t('saml.unknownUnits', { names: unknownUnits.join(', ') }) });
          return new CombinedError({ graphQLErrors: [] });
        }
        sentRoles.current = map.map((grant) => grant.role);
        return settle(
          await save({
            input: {
              idpEntityId: fields.idpEntityId, idpSsoUrl: fields.idpSsoUrl, idpCertificates: certificatesOf(fields.idpCertificates),
              encryptedAssertions: fields.encryptedAssertions, enabled: fields.enabled, privilegeAttribute: fields.privilegeAttribute || null, privilegeMap: map,
            },
          }),
          onSaved,
        );
      }}
    >
      <Field name="idpEntityId" label={t('saml.idpEntityId')}>
        {(control) => <input {...control} type="text" spellCheck={false} />}
      </Field>
      <Field name="idpSsoUrl" label={t('saml.idpSsoUrl')}>
        {(control) => <input {...control} type="url" spellCheck={false} />}
      </Field>
      {text('idpCertificates', 6, t('saml.idpCertificatesHint'))}
      {(['encryptedAssertions', 'enabled'] as const).map((name) => (
        <div key={name} className="checkbox">
          <input id={`${id}-${name}`} type="checkbox" {...form.register(name)} />
          <label htmlFor={`${id}-${name}`}>{t(`saml.${name}`)}</label>
        </div>
      ))}
      <Field name="privilegeAttribute" label={t('saml.privilegeAttribute')} hint={t('saml.privilegeAttributeHint')} optional>
        {(control) => <input {...control} type="text" spellCheck={false} />}
      </Field>
      {text('advisorPrivileges', 3, t('saml.privilegesHint'), true)}
      {text('adminPrivileges', 3, t('saml.privilegesHint'), true)}
      {text('councilPrivileges', 3, t('saml.privilegesHint'), true)}
      {text('contactPrivileges', 4, t('saml.contactPrivilegesHint'), true)}
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} />
    </Form>
  );
}
