import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { isOverdue, RECOMMENDATION_STATUSES } from '../follow-up/follow-up-view';
import type { RecommendationFollowUpFragment } from '../gql/graphql';
import { formatInstant, todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { optionalDay } from '../ui/form-schemas';
import { SetRecommendationFollowUpMutation } from './report-follow-up.operations';

const recommendationFollowUpSchema = z.object({ status: z.enum(RECOMMENDATION_STATUSES), dueOn: optionalDay });

/** The advisor's status and due date of one recommendation, in any report status, with every status it was given. */
export function RecommendationFollowUpEditor({ recommendation, title }: { recommendation: RecommendationFollowUpFragment; title: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [note, setNote] = useState('');
  const [saving, save] = useMutation(SetRecommendationFollowUpMutation);
  const form = useSchemaForm(recommendationFollowUpSchema, { status: recommendation.status, dueOn: recommendation.dueOn ?? '' });
  const overdue = isOverdue(recommendation, todayIsoDay());

  return (
    <Form
      form={form}
      className="recommendation-follow-up"
      aria-labelledby={headingId}
      onSubmit={async (values) => {
        setNote('');
        return settle(await save({ input: { id: recommendation.id, ...values } }), () => setNote(t('followUp.advisor.saved')));
      }}
    >
      <h5 id={headingId}>{t('followUp.advisor.heading', { title })}</h5>
      {overdue && <p className="overdue">{t('followUp.overdue')}</p>}
      <div className="field-row">
        <Field name="status" label={t('followUp.statusLabel')}>
          {(control) => (
            <select {...control}>
              {RECOMMENDATION_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {t(`followUp.status.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="dueOn" label={t('followUp.dueOn')} optional>
          {(control) => <input {...control} type="date" />}
        </Field>
      </div>
      <p className="muted" role="status">
        {note}
      </p>
      <FormFooter submitLabel={t('followUp.advisor.save')} submitting={saving.fetching} />
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
    </Form>
  );
}
