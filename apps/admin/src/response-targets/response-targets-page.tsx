import { RESPONSE_TARGET_LIMITS } from '@raadgiver/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import type { ResponseTargetsQuery as ResponseTargetsResult } from '../gql/graphql';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { ErrorAlert } from '../ui/error-alert';
import { FormFooter } from '../ui/form-footer';
import { wholeNumber } from '../ui/form-schemas';
import { Page } from '../ui/page';
import { ResponseTargetsQuery, SetResponseTargetsMutation } from './response-targets.operations';

const { min, max } = RESPONSE_TARGET_LIMITS;
const responseTargetsSchema = z.object({ firstContactDays: wholeNumber(min, max), closeDays: wholeNumber(min, max) });

/** The tenant admin sets the days within which inquiries should be answered and closed. */
export function ResponseTargetsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ResponseTargetsQuery });
  const [notice, setNotice] = useState('');
  const targets = data?.responseTargets;

  return (
    <Page title={t('responseTargets.title')}>
      <p>{t('responseTargets.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !targets && <p aria-busy="true">{t('common.loading')}</p>}
      <ErrorAlert error={error} />
      {targets && <ResponseTargetsForm targets={targets} onSaving={() => setNotice('')} onSaved={() => setNotice(t('responseTargets.saved'))} />}
    </Page>
  );
}

interface ResponseTargetsFormProps {
  targets: ResponseTargetsResult['responseTargets'];
  onSaving: () => void;
  onSaved: () => void;
}

function ResponseTargetsForm({ targets, onSaving, onSaved }: ResponseTargetsFormProps) {
  const { t } = useTranslation();
  const [result, setTargets] = useMutation(SetResponseTargetsMutation);
  const form = useSchemaForm(responseTargetsSchema, { firstContactDays: String(targets.firstContactDays), closeDays: String(targets.closeDays) });
  const days = (name: 'firstContactDays' | 'closeDays') => (
    <Field name={name} label={t(`responseTargets.${name}`)}>
      {(control) => <input {...control} type="number" inputMode="numeric" min={min} max={max} />}
    </Field>
  );

  return (
    <Form
      form={form}
      className="narrow-form"
      onSubmit={async (input) => {
        onSaving();
        return settle(await setTargets({ input }), onSaved);
      }}
    >
      {days('firstContactDays')}
      {days('closeDays')}
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} />
    </Form>
  );
}
