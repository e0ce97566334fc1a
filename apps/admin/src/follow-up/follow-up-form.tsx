import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { FollowUpAnswerFragment, RecommendationStatus } from '../gql/graphql';
import { apiErrorsOf, NO_API_ERRORS, type ApiErrors } from '../graphql/api-errors';
import { Field } from '../ui/field';
import { FormErrors } from '../ui/form-errors';
import { RECOMMENDATION_STATUSES } from './follow-up-view';
import { WriteFollowUpMutation } from './follow-up.operations';

const FOLLOW_UP_FIELDS = ['text', 'proposedStatus', 'orgUnitId', 'recommendationId'] as const;

interface FollowUpFormProps {
  recommendationId: string;
  orgUnit: { id: string; name: string };
  answer?: FollowUpAnswerFragment;
  onSaved: (answer: FollowUpAnswerFragment) => void;
  onCancel: () => void;
}

/** A department's answer for one addressed unit: text kept exactly as typed (line breaks too), and an optional status proposal. */
export function FollowUpForm({ recommendationId, orgUnit, answer, onSaved, onCancel }: FollowUpFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(answer?.text ?? '');
  const [proposedStatus, setProposedStatus] = useState<RecommendationStatus | ''>(answer?.proposedStatus ?? '');
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [writing, write] = useMutation(WriteFollowUpMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_API_ERRORS);
    const result = await write(
      { input: { recommendationId, orgUnitId: orgUnit.id, text, proposedStatus: proposedStatus || null } },
      { additionalTypenames: ['RecommendationFollowUp'] },
    );
    if (result.error) {
      setErrors(apiErrorsOf(result.error, FOLLOW_UP_FIELDS));
      return;
    }
    if (result.data) onSaved(result.data.writeFollowUp);
  }

  const unitError = errors.fields.orgUnitId ?? errors.fields.recommendationId;
  return (
    <form className="follow-up-form" aria-label={t('followUp.formFor', { unit: orgUnit.name })} onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('followUp.answer')} error={errors.fields.text}>
        {(control) => <textarea {...control} name="text" rows={6} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <Field label={t('followUp.proposedStatus')} error={errors.fields.proposedStatus} optional>
        {(control) => (
          <select {...control} name="proposedStatus" value={proposedStatus} onChange={(event) => setProposedStatus(event.target.value as RecommendationStatus | '')}>
            <option value="">{t('followUp.noProposal')}</option>
            {RECOMMENDATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`followUp.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {unitError && (
        <p className="form-error" role="alert">
          {t('followUp.notYourUnit', { unit: orgUnit.name })}
        </p>
      )}
      <FormErrors errors={errors} />
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={writing.fetching} aria-busy={writing.fetching}>
          {t('followUp.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
