import { INQUIRY_LIMITS } from '@raadgiver/domain';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { CreateInquiryInput, InquiryChannel, InquiryDetailsFieldsFragment, InquiryKind } from '../gql/graphql';
import { apiErrorsOf } from '../graphql/api-errors';
import { todayIsoDay } from '../i18n/dates';
import { Dialog } from '../ui/dialog';
import { Field } from '../ui/field';
import { text, textOrNull } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import { catalogOptions, unitOptions } from './choices';
import { CitizenPicker, type ChosenCitizen } from './citizen-picker';
import { isCprRefusal, mustConfirmCpr } from './cpr-check';
import { FollowUpField, type MainCaseChoice } from './follow-up-field';
import { formKeyAction, keyTargetOf } from './form-keys';
import { KIND_VALUES } from './inquiry-filter';
import { CreateInquiryMutation, InquiryChoicesQuery, UpdateInquiryMutation } from './inquiries.operations';

const FIELDS = [
  'reference',
  'receivedOn',
  'channel',
  'citizenId',
  'kind',
  'orgUnitId',
  'categoryIds',
  'outcomeId',
  'mainInquiryId',
  'firstContactOn',
  'closedOn',
  'summary',
] as const;

const CHANNELS: readonly InquiryChannel[] = ['PHONE', 'EMAIL', 'LETTER', 'MEETING', 'DIGITAL_POST', 'OTHER'];

interface InquiryFormProps {
  /** The inquiry being edited; null registers a new one. */
  inquiry: InquiryDetailsFieldsFragment | null;
  onDone: (inquiry: InquiryDetailsFieldsFragment) => void;
  onCancel: () => void;
}

/**
 * Built for the keyboard: the fields come in the order of a phone call, the defaults fit one
 * (today, by phone), Enter saves, Ctrl/Cmd+Enter saves from the summary, Escape cancels.
 */
export function InquiryForm({ inquiry, onDone, onCancel }: InquiryFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const [{ data: choices }] = useQuery({ query: InquiryChoicesQuery });
  const [created, createInquiry] = useMutation(CreateInquiryMutation);
  const [updated, updateInquiry] = useMutation(UpdateInquiryMutation);
  const result = inquiry ? updated : created;

  const [citizen, setCitizen] = useState<ChosenCitizen | null>(inquiry?.citizen ?? null);
  const [kind, setKind] = useState<InquiryKind>(inquiry?.kind ?? 'COMPLAINT');
  const [summary, setSummary] = useState(inquiry?.summary ?? '');
  const [mainCase, setMainCase] = useState<MainCaseChoice>({ text: inquiry?.mainInquiry?.reference ?? '', id: inquiry?.mainInquiry?.id ?? null });
  const [citizenMissing, setCitizenMissing] = useState(false);
  const mainCaseUnknown = mainCase.text.trim() !== '' && mainCase.id === null;
  const [showMainCaseError, setShowMainCaseError] = useState(false);
  const [cprPending, setCprPending] = useState<CreateInquiryInput | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [refocusSummary, setRefocusSummary] = useState(false);

  const errors = apiErrorsOf(result.error, FIELDS);
  const citizenError = citizenMissing ? t('citizens.required') : errors.fields.citizenId;
  const mainCaseError = showMainCaseError && mainCaseUnknown ? t('inquiries.unknownMainCase') : errors.fields.mainInquiryId;
  const chosenCategoryIds = inquiry?.categories.map((c) => c.id) ?? [];

  // After a failed save, the first field the API named gets the focus.
  useEffect(() => {
    if (attempt === 0 || result.fetching) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, result.fetching, result.error, citizenMissing, showMainCaseError]);

  // After the CPR warning closes (and the browser has put the focus back where it was), go to the summary.
  useEffect(() => {
    if (!refocusSummary) return;
    summaryRef.current?.focus();
    setRefocusSummary(false);
  }, [refocusSummary]);

  async function save(input: CreateInquiryInput) {
    setAttempt((n) => n + 1);
    const saved = inquiry ? await updateInquiry({ input: { ...input, id: inquiry.id } }) : await createInquiry({ input });
    if (saved.data) {
      onDone('updateInquiry' in saved.data ? saved.data.updateInquiry : saved.data.createInquiry);
    } else if (isCprRefusal(saved.error, input.summary ?? '') && !input.confirmCprLike) {
      setCprPending(input);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (result.fetching) return;
    const form = new FormData(event.currentTarget);
    setCitizenMissing(!citizen);
    setShowMainCaseError(mainCaseUnknown);
    if (!citizen || mainCaseUnknown) {
      setAttempt((n) => n + 1);
      return;
    }
    const input: CreateInquiryInput = {
      reference: text(form, 'reference'),
      receivedOn: text(form, 'receivedOn'),
      channel: text(form, 'channel') as InquiryChannel,
      citizenId: citizen.id,
      kind,
      orgUnitId: textOrNull(form, 'orgUnitId'),
      categoryIds: form.getAll('categoryIds').map(String),
      outcomeId: textOrNull(form, 'outcomeId'),
      mainInquiryId: mainCase.text.trim() ? mainCase.id : null,
      firstContactOn: textOrNull(form, 'firstContactOn'),
      closedOn: textOrNull(form, 'closedOn'),
      summary,
      confirmCprLike: false,
    };
    if (mustConfirmCpr(summary, false)) setCprPending(input);
    else void save(input);
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    const action = formKeyAction(event, keyTargetOf(event.target));
    if (!action) return;
    event.preventDefault();
    if (action === 'cancel') onCancel();
    else formRef.current?.requestSubmit();
  }

  const units = unitOptions(choices?.orgUnits ?? [], { includeClosed: false, keepId: inquiry?.orgUnit?.id });
  const categories = catalogOptions(choices?.categories ?? [], chosenCategoryIds);
  const outcomes = catalogOptions(choices?.outcomes ?? [], inquiry?.outcome ? [inquiry.outcome.id] : []);

  return (
    <>
      <form ref={formRef} className="inquiry-form" onSubmit={submit} onKeyDown={keyDown} noValidate aria-describedby={`${id}-keys`}>
        <p id={`${id}-keys`} className="hint">
          {t('inquiries.keyboardHint')}
        </p>
        <div className="field-row">
          <Field label={t('inquiries.field.reference')} error={errors.fields.reference}>
            {(control) => (
              <input {...control} name="reference" defaultValue={inquiry?.reference ?? ''} maxLength={INQUIRY_LIMITS.reference} autoFocus />
            )}
          </Field>
          <Field label={t('inquiries.field.receivedOn')} error={errors.fields.receivedOn}>
            {(control) => <input {...control} name="receivedOn" type="date" defaultValue={inquiry?.receivedOn ?? todayIsoDay()} />}
          </Field>
          <Field label={t('inquiries.field.channel')} error={errors.fields.channel}>
            {(control) => (
              <select {...control} name="channel" defaultValue={inquiry?.channel ?? 'PHONE'}>
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`inquiries.channel.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('inquiries.field.citizen')} error={citizenError}>
          {(control) => <CitizenPicker control={control} value={citizen} onChange={setCitizen} />}
        </Field>
        <div className="field-row">
          <Field label={t('inquiries.field.kind')} error={errors.fields.kind}>
            {(control) => (
              <select {...control} name="kind" value={kind} onChange={(e) => setKind(e.target.value as InquiryKind)}>
                {KIND_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {t(`inquiries.kind.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('inquiries.field.orgUnit')} error={errors.fields.orgUnitId}>
            {(control) => (
              <select {...control} name="orgUnitId" defaultValue={inquiry?.orgUnit?.id ?? ''}>
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
        <fieldset
          className="checkbox-list categories"
          aria-describedby={errors.fields.categoryIds ? `${id}-categories-error` : undefined}
          aria-invalid={errors.fields.categoryIds ? true : undefined}
        >
          <legend>
            {t('inquiries.field.categories')}
            {kind !== 'COMPLAINT' && <span className="muted"> ({t('common.optional')})</span>}
          </legend>
          {categories.map((category) => (
            <div key={category.id} className="checkbox">
              <input
                id={`${id}-category-${category.id}`}
                type="checkbox"
                name="categoryIds"
                value={category.id}
                defaultChecked={chosenCategoryIds.includes(category.id)}
                aria-invalid={errors.fields.categoryIds ? true : undefined}
              />
              <label htmlFor={`${id}-category-${category.id}`}>{category.name}</label>
            </div>
          ))}
          {errors.fields.categoryIds && (
            <p id={`${id}-categories-error`} className="field-error">
              {errors.fields.categoryIds}
            </p>
          )}
        </fieldset>
        <div className="field-row">
          <Field label={t('inquiries.field.outcome')} error={errors.fields.outcomeId} optional>
            {(control) => (
              <select {...control} name="outcomeId" defaultValue={inquiry?.outcome?.id ?? ''}>
                <option value="">{t('inquiries.noOutcome')}</option>
                {outcomes.map((outcome) => (
                  <option key={outcome.id} value={outcome.id}>
                    {outcome.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('inquiries.field.mainInquiry')} error={mainCaseError} optional>
            {(control) => (
              <FollowUpField
                control={control}
                citizenId={citizen?.id ?? null}
                excludeId={inquiry?.id ?? null}
                value={mainCase}
                onChange={setMainCase}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('inquiries.field.firstContactOn')} error={errors.fields.firstContactOn} optional>
            {(control) => <input {...control} name="firstContactOn" type="date" defaultValue={inquiry?.firstContactOn ?? ''} />}
          </Field>
          <Field label={t('inquiries.field.closedOn')} error={errors.fields.closedOn} optional>
            {(control) => <input {...control} name="closedOn" type="date" defaultValue={inquiry?.closedOn ?? ''} />}
          </Field>
        </div>
        <Field label={t('inquiries.field.summary')} error={errors.fields.summary}>
          {(control) => (
            <textarea
              {...control}
              ref={summaryRef}
              name="summary"
              rows={6}
              maxLength={INQUIRY_LIMITS.summary}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              aria-keyshortcuts="Control+Enter Meta+Enter"
            />
          )}
        </Field>
        <FormErrors errors={errors} />
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={result.fetching}>
            {result.fetching ? t('inquiries.saving') : t('inquiries.save')}
          </button>
          <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {cprPending && (
        <Dialog title={t('inquiries.cpr.title')} onClose={() => setCprPending(null)}>
          <p>{t('inquiries.cpr.text')}</p>
          <div className="form-buttons">
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                const input = cprPending;
                setCprPending(null);
                void save({ ...input, confirmCprLike: true });
              }}
            >
              {t('inquiries.cpr.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setCprPending(null);
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
