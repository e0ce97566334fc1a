import { RESPONSE_TARGET_LIMITS } from '@raadgiver/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { apiErrorsOf } from '../graphql/api-errors';
import { Field } from '../ui/field';
import { text } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import { ResponseTargetsQuery, SetResponseTargetsMutation } from './response-targets.operations';
import { Page } from '../ui/page';

const FIELDS = ['firstContactDays', 'closeDays'] as const;

/** The tenant admin sets the days within which inquiries should be answered and closed. */
export function ResponseTargetsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ResponseTargetsQuery });
  const [result, setTargets] = useMutation(SetResponseTargetsMutation);
  const [notice, setNotice] = useState('');
  const errors = apiErrorsOf(result.error ?? error, FIELDS);
  const targets = data?.responseTargets;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const form = new FormData(event.currentTarget);
    const saved = await setTargets({
      input: { firstContactDays: Number(text(form, 'firstContactDays')), closeDays: Number(text(form, 'closeDays')) },
    });
    if (saved.data) setNotice(t('responseTargets.saved'));
  }

  return (
    <Page title={t('responseTargets.title')}>
      <p>{t('responseTargets.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      {fetching && !targets && <p aria-busy="true">{t('common.loading')}</p>}
      {targets && (
        <form onSubmit={submit} className="narrow-form">
          <Field label={t('responseTargets.firstContactDays')} error={errors.fields.firstContactDays}>
            {(control) => (
              <input
                {...control}
                name="firstContactDays"
                type="number"
                min={RESPONSE_TARGET_LIMITS.min}
                max={RESPONSE_TARGET_LIMITS.max}
                required
                defaultValue={targets.firstContactDays}
              />
            )}
          </Field>
          <Field label={t('responseTargets.closeDays')} error={errors.fields.closeDays}>
            {(control) => (
              <input
                {...control}
                name="closeDays"
                type="number"
                min={RESPONSE_TARGET_LIMITS.min}
                max={RESPONSE_TARGET_LIMITS.max}
                required
                defaultValue={targets.closeDays}
              />
            )}
          </Field>
          <FormErrors errors={errors} />
          <div className="form-buttons">
            <button type="submit" className="primary" disabled={result.fetching}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
