import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { isOverdue, RECOMMENDATION_STATUSES } from '../follow-up/follow-up-view';
import type { RecommendationFollowUpFragment, RecommendationStatus } from '../gql/graphql';
import { apiErrorsOf, NO_API_ERRORS, type ApiErrors } from '../graphql/api-errors';
import { formatInstant, todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { FormErrors } from '../ui/form-errors';
import { SetRecommendationFollowUpMutation } from './report-follow-up.operations';

const FIELDS = ['status', 'dueOn'] as const;

/** The advisor's status and due date of one recommendation, in any report status, with every status it was given. */
export function RecommendationFollowUpEditor({ recommendation, title }: { recommendation: RecommendationFollowUpFragment; title: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<RecommendationStatus>(recommendation.status);
  const [dueOn, setDueOn] = useState(recommendation.dueOn ?? '');
  const [errors, setErrors] = useState<ApiErrors>(NO_API_ERRORS);
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(SetRecommendationFollowUpMutation);
  const overdue = isOverdue(recommendation, todayIsoDay());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_API_ERRORS);
    setNote('');
    const result = await save({ input: { id: recommendation.id, status, dueOn: dueOn || null } });
    if (result.error) {
      setErrors(apiErrorsOf(result.error, FIELDS));
      return;
    }
    setNote(t('followUp.advisor.saved'));
  }

  return (
    <form className="recommendation-follow-up" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h5 id={headingId}>{t('followUp.advisor.heading', { title })}</h5>
      {overdue && <p className="overdue">{t('followUp.overdue')}</p>}
      <div className="field-row">
        <Field label={t('followUp.statusLabel')} error={errors.fields.status}>
          {(control) => (
            <select {...control} name="status" value={status} onChange={(event) => setStatus(event.target.value as RecommendationStatus)}>
              {RECOMMENDATION_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {t(`followUp.status.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('followUp.dueOn')} error={errors.fields.dueOn} optional>
          {(control) => <input {...control} type="date" name="dueOn" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />}
        </Field>
      </div>
      <FormErrors errors={errors} />
      <p className="muted" role="status">
        {note}
      </p>
      <div className="form-buttons">
        <button type="submit" disabled={saving.fetching} aria-busy={saving.fetching}>
          {t('followUp.advisor.save')}
        </button>
      </div>
      {recommendation.statusHistory.length > 0 && (
        <details className="status-history">
          <summary>{t('followUp.advisor.history', { count: recommendation.statusHistory.length })}</summary>
          <ol>
            {recommendation.statusHistory.map((change, index) => (
              <li key={index}>
                {t('followUp.advisor.historyEntry', {
                  status: t(`followUp.status.${change.status}`),
                  date: formatInstant(change.setAt, i18n.language),
                  by: change.setBy ?? t('followUp.advisor.unknownUser'),
                })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </form>
  );
}
