import { OPERATOR } from '@raadgiver/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { useSession } from '../auth/auth-context';
import type { RetentionBoundsQuery as BoundsResult, RetentionSettingsQuery as SettingsResult } from '../gql/graphql';
import { rolesOf } from '../shell/navigation';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { wholeNumber } from '../ui/form-schemas';
import { Page } from '../ui/page';
import { requiredText } from '../ui/form-schemas';
import { InquiryRetentionSection } from './inquiry-retention-section';
import { RetentionBoundsQuery, RetentionSettingsQuery, SetRetentionBoundsMutation, SetRetentionSettingsMutation } from './retention.operations';

/** The widest bounds the operator may set (the API and the database hold the same). */
const YEARS = { min: 1, max: 100 };

/** Retention of personal data: the tenant admin's settings within the bounds, and the operator's bounds. */
export function RetentionPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const roles = rolesOf(me);
  return (
    <Page title={t('retention.title')} className="retention-page">
      <p>{t('retention.intro')}</p>
      {roles.includes('tenant_admin') && <RetentionSettingsSection />}
      {roles.includes('tenant_admin') && <HoldAndErasureSection />}
      {roles.includes(OPERATOR) && <RetentionBoundsSection />}
    </Page>
  );
}

function RetentionSettingsSection() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: RetentionSettingsQuery });
  const [notice, setNotice] = useState('');
  const settings = data?.retentionSettings;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.settingsTitle')}</h2>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !settings && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {settings && <RetentionSettingsForm settings={settings} onSaving={() => setNotice('')} onSaved={() => setNotice(t('retention.saved'))} />}
    </section>
  );
}

interface SettingsFormProps {
  settings: SettingsResult['retentionSettings'];
  onSaving: () => void;
  onSaved: () => void;
}

function RetentionSettingsForm({ settings, onSaving, onSaved }: SettingsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { bounds } = settings;
  const schema = useMemo(
    () =>
      z.object({
        inquiryYears: wholeNumber(bounds.inquiryMinYears, bounds.inquiryMaxYears),
        auditYears: wholeNumber(bounds.auditMinYears, bounds.auditMaxYears),
        waitForArchive: z.boolean(),
      }),
    [bounds],
  );
  const form = useSchemaForm(schema, {
    inquiryYears: String(settings.inquiryYears),
    auditYears: String(settings.auditYears),
    waitForArchive: settings.waitForArchive,
  });
  const [result, save] = useMutation(SetRetentionSettingsMutation);
  return (
    <Form form={form} className="narrow-form" aria-label={t('retention.settingsTitle')} onSubmit={async (input) => {
      onSaving();
      return settle(await save({ input }), onSaved);
    }}>
      <Field name="inquiryYears" label={t('retention.inquiryYears')} hint={t('retention.inquiryHint', { min: bounds.inquiryMinYears, max: bounds.inquiryMaxYears })}>
        {(control) => <input {...control} type="number" inputMode="numeric" min={bounds.inquiryMinYears} max={bounds.inquiryMaxYears} />}
      </Field>
      <Field name="auditYears" label={t('retention.auditYears')} hint={t('retention.auditHint', { min: bounds.auditMinYears, max: bounds.auditMaxYears })}>
        {(control) => <input {...control} type="number" inputMode="numeric" min={bounds.auditMinYears} max={bounds.auditMaxYears} />}
      </Field>
      <div className="checkbox">
        <input id={`${id}-wait`} type="checkbox" {...form.register('waitForArchive')} />
        <label htmlFor={`${id}-wait`}>{t('retention.waitForArchive')}</label>
      </div>
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} />
    </Form>
  );
}

function RetentionBoundsSection() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: RetentionBoundsQuery });
  const [notice, setNotice] = useState('');
  const bounds = data?.retentionBounds;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.boundsTitle')}</h2>
      <p>{t('retention.boundsIntro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !bounds && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {bounds && <RetentionBoundsForm bounds={bounds} onSaving={() => setNotice('')} onSaved={() => setNotice(t('retention.boundsSaved'))} />}
    </section>
  );
}

const BOUND_FIELDS = ['inquiryMinYears', 'inquiryMaxYears', 'auditMinYears', 'auditMaxYears'] as const;
const boundsSchema = z.object(Object.fromEntries(BOUND_FIELDS.map((name) => [name, wholeNumber(YEARS.min, YEARS.max)])) as Record<(typeof BOUND_FIELDS)[number], ReturnType<typeof wholeNumber>>);

function RetentionBoundsForm({ bounds, onSaving, onSaved }: { bounds: BoundsResult['retentionBounds']; onSaving: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(boundsSchema, Object.fromEntries(BOUND_FIELDS.map((name) => [name, String(bounds[name])])) as Record<(typeof BOUND_FIELDS)[number], string>);
  const [result, save] = useMutation(SetRetentionBoundsMutation);
  return (
    <Form form={form} className="narrow-form" aria-label={t('retention.boundsTitle')} onSubmit={async (input) => {
      onSaving();
      return settle(await save({ input }), onSaved);
    }}>
      {BOUND_FIELDS.map((name) => (
        <Field key={name} name={name} label={t(`retention.${name}`)}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={YEARS.min} max={YEARS.max} />}
        </Field>
      ))}
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} />
    </Form>
  );
}

const findSchema = z.object({ reference: requiredText(100) });

/** The tenant admin, who sees no case content, finds an inquiry by its case number to hold it or erase its citizen. */
function HoldAndErasureSection() {
  const { t } = useTranslation();
  const id = useId();
  const form = useSchemaForm(findSchema, { reference: '' });
  const [reference, setReference] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.findTitle')}</h2>
      <p>{t('retention.findIntro')}</p>
      <Form
        form={form}
        className="narrow-form"
        aria-label={t('retention.findTitle')}
        onSubmit={async (values) => {
          setReference(values.reference);
          return undefined;
        }}
      >
        <Field name="reference" label={t('retention.reference')}>
          {(control) => <input {...control} type="text" autoComplete="off" />}
        </Field>
        <FormFooter submitLabel={t('retention.find')} submitting={false} />
      </Form>
      {reference && <InquiryRetentionSection key={reference} by={{ reference }} onErased={() => undefined} />}
    </section>
  );
}
