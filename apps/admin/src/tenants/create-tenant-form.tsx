import { TEXT_LIMITS } from '@raadgiver/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { useMutation } from 'urql';
import type { TenantsPageQuery } from '../gql/graphql';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { PEER_GROUP_VALUES, tenantSchema } from './tenant-form.schema';
import { CreateTenantMutation } from './tenants.operations';

type Municipality = TenantsPageQuery['municipalities'][number];

interface CreateTenantFormProps {
  municipalities: readonly Municipality[];
  /** Said in the page's status line once created. */
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/**
 * A municipality of the reference list onto the platform: its code comes with the choice, the operator gives its peer
 * group and its first administrator, who is e-mailed an invitation.
 */
export function CreateTenantForm({ municipalities, onDone, onCancel }: CreateTenantFormProps) {
  const { t } = useTranslation();
  const [result, create] = useMutation(CreateTenantMutation);
  const schema = useMemo(() => tenantSchema(t), [t]);
  const form = useSchemaForm(schema, { kommunekode: '', peerGroup: '', adminEmail: '', adminName: '', inhabitants: '', populationYear: '' });
  const code = useWatch({ control: form.control, name: 'kommunekode' });
  const chosen = municipalities.find((municipality) => municipality.code === code);
  return (
    <Form
      form={form}
      onSubmit={async (input) =>
        settle(await create({ input }), (data) => onDone(t('tenants.created', { name: data.createTenant.name, email: input.adminEmail })))
      }
    >
      <Field name="kommunekode" label={t('tenants.municipality')} hint={chosen ? t('tenants.chosenHint', { code: chosen.code, region: chosen.region }) : t('tenants.municipalityHint')}>
        {(control) => (
          <select {...control}>
            <option value="">{t('tenants.choose')}</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.onPlatform ? t('tenants.onPlatform', { name: municipality.name }) : municipality.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="peerGroup" label={t('tenants.peerGroup')} hint={t('tenants.peerGroupHint')}>
        {(control) => (
          <select {...control}>
            <option value="">{t('tenants.choose')}</option>
            {PEER_GROUP_VALUES.map((group) => (
              <option key={group} value={group}>
                {t(`benchmark.peerGroup.${group}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="adminEmail" label={t('tenants.adminEmail')} hint={t('tenants.adminHint')}>
        {(control) => <input {...control} type="email" autoComplete="off" maxLength={TEXT_LIMITS.email} />}
      </Field>
      <Field name="adminName" label={t('tenants.adminName')}>
        {(control) => <input {...control} autoComplete="off" maxLength={TEXT_LIMITS.name} />}
      </Field>
      <Field name="inhabitants" label={t('tenants.inhabitants')} hint={t('tenants.populationHint')} optional>
        {(control) => <input {...control} inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field name="populationYear" label={t('tenants.populationYear')} optional>
        {(control) => <input {...control} inputMode="numeric" autoComplete="off" />}
      </Field>
      <FormFooter submitLabel={t('tenants.submit')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
