import { INQUIRY_LIMITS } from '@raadgiver/domain';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, useWatch } from 'react-hook-form';
import { useMutation } from 'urql';
import type { CreateInquiryMutation as CreatedInquiry, InquiryChoicesQuery, InquiryDetailsFieldsFragment, UpdateInquiryMutation as UpdatedInquiry } from '../gql/graphql';
import { Dialog } from '../ui/dialog';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { catalogOptions, unitOptions } from './choices';
import { CitizenPicker } from './citizen-picker';
import { isCprRefusal, mustConfirmCpr } from './cpr-check';
import { FollowUpField } from './follow-up-field';
import { formKeyAction, keyTargetOf } from './form-keys';
import { KIND_VALUES } from './inquiry-filter';
import { CHANNELS, inquiryFormValues, inquirySchema, type InquiryInput } from './inquiry-form.schema';
import { CreateInquiryMutation, UpdateInquiryMutation } from './inquiries.operations';

interface InquiryFormProps {
  /** The inquiry being edited; null registers a new one. */
  inquiry: InquiryDetailsFieldsFragment | null;
  /** The units and catalogues offered, loaded before the form so its first values find their options. */
  choices: InquiryChoicesQuery;
  onDone: (inquiry: InquiryDetailsFieldsFragment) => void;
  onCancel: () => void;
}

/**
 * Built for the keyboard: the fields come in the order of a phone call, the defaults fit one
 * (today, by phone), Enter saves, Ctrl/Cmd+Enter saves from the summary, Escape cancels.
 *
 * The first values are read once, when the form mounts: a query answering again later (the inquiry refetched after
 * a save, the choices after a new citizen) must never reset what the advisor has typed.
 */
export function InquiryForm({ inquiry, choices, onDone, onCancel }: InquiryFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [created, createInquiry] = useMutation(CreateInquiryMutation);
  const [updated, updateInquiry] = useMutation(UpdateInquiryMutation);
  const submitting = (inquiry ? updated : created).fetching;
  const [initial] = useState(() => inquiryFormValues(inquiry));
  const form = useSchemaForm(inquirySchema, initial);
  const citizen = useController({ name: 'citizenId', control: form.control });
  const mainCase = useController({ name: 'mainInquiryId', control: form.control });
  const kind = useWatch({ name: 'kind', control: form.control });
  // The advisor confirmed that the summary's CPR-like number is none: the next submit says so to the API.
  const cprConfirmed = useRef(false);
  const [cprPending, setCprPending] = useState(false);
  const [refocusSummary, setRefocusSummary] = useState(false);

  // After the CPR warning closes (and the browser has put the focus back where it was), go to the summary.
  useEffect(() => {
    if (!refocusSummary) return;
    form.setFocus('summary');
    setRefocusSummary(false);
  }, [refocusSummary, form]);

  async function save(values: InquiryInput) {
    const confirmCprLike = cprConfirmed.current;
    cprConfirmed.current = false;
    if (mustConfirmCpr(values.summary, confirmCprLike)) {
      setCprPending(true);
      return undefined;
    }
    const input = { ...values, confirmCprLike };
    const result = inquiry ? await updateInquiry({ input: { ...input, id: inquiry.id } }) : await createInquiry({ input });
    if (!confirmCprLike && isCprRefusal(result.error, values.summary)) {
      setCprPending(true);
      return undefined;
    }
    return settle<CreatedInquiry | UpdatedInquiry>(result, (data) => onDone('updateInquiry' in data ? data.updateInquiry : data.createInquiry));
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    const action = formKeyAction(event, keyTargetOf(event.target));
    if (!action) return;
    event.preventDefault();
    if (action === 'cancel') onCancel();
    else if (!submitting) event.currentTarget.requestSubmit();
  }

  const units = unitOptions(choices.orgUnits, { includeClosed: false, keepId: inquiry?.orgUnit?.id });
  const categories = catalogOptions(choices.categories, initial.categoryIds);
  const outcomes = catalogOptions(choices.outcomes, inquiry?.outcome ? [inquiry.outcome.id] : []);

  return (
    <>
      <Form ref={formRef} form={form} className="inquiry-form" onSubmit={save} onKeyDown={keyDown} aria-describedby={`${id}-keys`}>
        <p id={`${id}-keys`} className="hint">
          {t('inquiries.keyboardHint')}
        </p>
        <div className="field-row">
          <Field name="reference" label={t('inquiries.field.reference')}>
            {(control) => <input {...control} maxLength={INQUIRY_LIMITS.reference} autoFocus />}
          </Field>
          <Field name="receivedOn" label={t('inquiries.field.receivedOn')}>
            {(control) => <input {...control} type="date" />}
          </Field>
          <Field name="channel" label={t('inquiries.field.channel')}>
            {(control) => (
              <select {...control}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`inquiries.channel.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="citizenId" label={t('inquiries.field.citizen')} custom>
          {(control) => <CitizenPicker control={control} value={citizen.field.value} onChange={citizen.field.onChange} />}
        </Field>
        <div className="field-row">
          <Field name="kind" label={t('inquiries.field.kind')}>
            {(control) => (
              <select {...control}>
                {KIND_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {t(`inquiries.kind.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="orgUnitId" label={t('inquiries.field.orgUnit')}>
            {(control) => (
              <select {...control}>
                <option value="">{t('inquiries.noUnit')}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <ChoiceGroup
          name="categoryIds"
          legend={t('inquiries.field.categories')}
          optional={kind !== 'COMPLAINT'}
          options={categories.map((category) => ({ value: category.id, label: category.name }))}
        />
        <div className="field-row">
          <Field name="outcomeId" label={t('inquiries.field.outcome')} optional>
            {(control) => (
              <select {...control}>
                <option value="">{t('inquiries.noOutcome')}</option>
                {outcomes.map((outcome) => (
                  <option key={outcome.id} value={outcome.id}>
                    {outcome.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="mainInquiryId" label={t('inquiries.field.mainInquiry')} optional custom>
            {(control) => (
              <FollowUpField
                control={control}
                citizenId={citizen.field.value?.id ?? null}
                excludeId={inquiry?.id ?? null}
                value={mainCase.field.value}
                onChange={mainCase.field.onChange}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field name="firstContactOn" label={t('inquiries.field.firstContactOn')} optional>
            {(control) => <input {...control} type="date" />}
          </Field>
          <Field name="closedOn" label={t('inquiries.field.closedOn')} optional>
            {(control) => <input {...control} type="date" />}
          </Field>
        </div>
        <Field name="summary" label={t('inquiries.field.summary')} hint={t('inquiries.summaryShortcuts')}>
          {(control) => <textarea {...control} rows={6} maxLength={INQUIRY_LIMITS.summary} aria-keyshortcuts="Control+Enter Meta+Enter" />}
        </Field>
        <FormFooter submitLabel={submitting ? t('inquiries.saving') : t('inquiries.save')} submitting={submitting}>
          <button type="button" className="button-secondary" onClick={onCancel} aria-keyshortcuts="Escape">
            {t('common.cancel')}
          </button>
        </FormFooter>
      </Form>
      {cprPending && (
        <Dialog title={t('inquiries.cpr.title')} onClose={() => setCprPending(false)}>
          <p>{t('inquiries.cpr.text')}</p>
          <div className="form-buttons">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                setCprPending(false);
                cprConfirmed.current = true;
                formRef.current?.requestSubmit();
              }}
            >
              {t('inquiries.cpr.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setCprPending(false);
                setRefocusSummary(true);
              }}
            >
              {t('inquiries.cpr.fix')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
