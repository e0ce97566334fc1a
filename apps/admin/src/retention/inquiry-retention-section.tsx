import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { formatInstant } from '../i18n/dates';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredFreeText } from '../ui/form-schemas';
import { EraseCitizenMutation, InquiryRetentionQuery, LiftInquiryHoldMutation, SetInquiryHoldMutation } from './retention.operations';

const reasonSchema = z.object({ reason: requiredFreeText(500) });

/**
 * The tenant admin's part of an inquiry's page: its hold (arkiveringshold), set and lifted with a reason, and the
 * erasure of the citizen's personal data on request (Article 17), asked for in a dialog with the reason.
 */
export function InquiryRetentionSection({ by, onErased }: { by: { inquiryId: string } | { reference: string }; onErased: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [{ data, error }, reload] = useQuery({ query: InquiryRetentionQuery, variables: by, requestPolicy: 'network-only' });
  const [holdResult, setHold] = useMutation(SetInquiryHoldMutation);
  const [liftResult, liftHold] = useMutation(LiftInquiryHoldMutation);
  const [notice, setNotice] = useState('');
  const [erasing, setErasing] = useState(false);
  const retention = data?.inquiryRetention;
  const holdForm = useSchemaForm(reasonSchema, { reason: '' });

  if (!retention) return <ErrorAlert error={error} />;
  const { hold, inquiryId, citizenId } = retention;

  return (
    <section className="retention-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.inquiryTitle')}</h2>
      <p role="status" className="notice">
        {notice}
      </p>
      {retention.anonymisedAt && <p>{t('retention.anonymised', { date: formatInstant(retention.anonymisedAt, i18n.language) })}</p>}
      {hold ? (
        <p>{t('retention.onHold', { reason: hold.reason, by: hold.setByName ?? '', date: formatInstant(hold.setAt, i18n.language) })}</p>
      ) : (
        <p>{t('retention.noHold')}</p>
      )}
      <Form
        form={holdForm}
        className="narrow-form"
        aria-label={hold ? t('retention.liftHold') : t('retention.setHold')}
        onSubmit={async ({ reason }) => {
          setNotice('');
          const input = { inquiryId, reason };
          const error = hold
            ? settle(await liftHold({ input }), () => setNotice(t('retention.holdLifted')))
            : settle(await setHold({ input }), () => setNotice(t('retention.holdSet')));
          if (!error) holdForm.reset({ reason: '' });
          return error;
        }}
      >
        <Field name="reason" label={hold ? t('retention.liftReason') : t('retention.holdReason')} hint={t('retention.reasonHint')}>
          {(control) => <textarea {...control} rows={2} />}
        </Field>
        <FormFooter submitLabel={hold ? t('retention.liftHold') : t('retention.setHold')} submitting={holdResult.fetching || liftResult.fetching} />
      </Form>
      {!retention.anonymisedAt && (
        <p>
          <button type="button" className="danger" onClick={() => setErasing(true)} disabled={Boolean(hold)}>
            {t('retention.erase')}
          </button>
        </p>
      )}
      {erasing && (
        <EraseDialog
          citizenId={citizenId}
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            setNotice(t('retention.erased'));
            reload({ requestPolicy: 'network-only' });
            onErased();
          }}
        />
      )}
    </section>
  );
}

function EraseDialog({ citizenId, onClose, onErased }: { citizenId: string; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const [result, erase] = useMutation(EraseCitizenMutation);
  const form = useSchemaForm(reasonSchema, { reason: '' });
  return (
    <Dialog title={t('retention.eraseTitle')} onClose={onClose}>
      <p>{t('retention.eraseText')}</p>
      <Form form={form} aria-label={t('retention.eraseTitle')} onSubmit={async ({ reason }) => settle(await erase({ input: { citizenId, reason } }), () => onErased())}>
        <Field name="reason" label={t('retention.erasureReason')} hint={t('retention.reasonHint')}>
          {(control) => <textarea {...control} rows={3} data-autofocus />}
        </Field>
        <div className="form-buttons">
          <button type="submit" className="danger" disabled={result.fetching}>
            {t('retention.confirmErase')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </Form>
    </Dialog>
  );
}
