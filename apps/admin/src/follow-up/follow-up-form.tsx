import { CombinedError } from '@urql/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import type { FollowUpAnswerFragment, RecommendationStatus } from '../gql/graphql';
import { formFieldOf } from '../graphql/api-errors';
import i18n from '../i18n/i18n';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { RECOMMENDATION_STATUSES } from './follow-up-view';
import { WriteFollowUpMutation } from './follow-up.operations';

const UNIT_FIELDS = ['orgUnitId', 'recommendationId'];

/** The answer's text is kept exactly as typed (line breaks and spaces too); only a blank one is refused. */
const followUpSchema = z.object({
  text: z.string().refine((text) => text.trim() !== '', { error: () => i18n.t('form.required') }),
  proposedStatus: z.enum(['', ...RECOMMENDATION_STATUSES]).transform((status) => (status === '' ? null : (status as RecommendationStatus))),
});

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
  const [writing, write] = useMutation(WriteFollowUpMutation);
  const form = useSchemaForm(followUpSchema, { text: answer?.text ?? '', proposedStatus: answer?.proposedStatus ?? '' });

  return (
    <Form
      form={form}
      className="follow-up-form"
      aria-label={t('followUp.formFor', { unit: orgUnit.name })}
      onSubmit={async (values) => {
        const result = await write({ input: { recommendationId, orgUnitId: orgUnit.id, ...values } }, { additionalTypenames: ['RecommendationFollowUp'] });
        // A unit or recommendation the user does not answer for is no field of this form: said in the unit's words.
        const unitRefused = result.error?.graphQLErrors.some((error) => UNIT_FIELDS.includes(formFieldOf(String(error.extensions?.field ?? ''))));
        if (unitRefused) return new CombinedError({ graphQLErrors: [t('followUp.notYourUnit', { unit: orgUnit.name })] });
        return settle(result, (data) => onSaved(data.writeFollowUp));
      }}
    >
      <Field name="text" label={t('followUp.answer')}>
        {(control) => <textarea {...control} rows={6} />}
      </Field>
      <Field name="proposedStatus" label={t('followUp.proposedStatus')} optional>
        {(control) => (
          <select {...control}>
            <option value="">{t('followUp.noProposal')}</option>
            {RECOMMENDATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`followUp.status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter submitLabel={t('followUp.save')} submitting={writing.fetching} onCancel={onCancel} />
    </Form>
  );
}
