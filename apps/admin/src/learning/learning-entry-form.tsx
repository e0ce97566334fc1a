import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { WriteLearningEntryMutation as WriteLearningEntryResult } from '../gql/graphql';
import { z } from 'zod';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { WriteLearningEntryMutation } from './learning.operations';
import { RECUR_VALUES } from './recurrence';

const TEXTS = ['whatWentWrong', 'why', 'whatWasLearnt'] as const;

const learningEntrySchema = z.object({
  whatWentWrong: z.string().trim().min(1),
  why: z.string().trim(),
  whatWasLearnt: z.string().trim(),
  canRecur: z.enum(RECUR_VALUES),
  prevention: z.string().trim(),
});

interface LearningEntryFormProps {
  inquiryId: string;
  /** With the entry as saved. */
  onDone: (entry: WriteLearningEntryResult['writeLearningEntry']) => void;
  onCancel: () => void;
}

export function LearningEntryForm({ inquiryId, onDone, onCancel }: LearningEntryFormProps) {
  const { t } = useTranslation();
  const [result, write] = useMutation(WriteLearningEntryMutation);
  const form = useSchemaForm(learningEntrySchema, { whatWentWrong: '', why: '', whatWasLearnt: '', canRecur: 'unknown', prevention: '' });

  return (
    <Form form={form} onSubmit={async (values) => settle(await write({ input: { inquiryId, ...values } }), (data) => onDone(data.writeLearningEntry))}>
      {TEXTS.map((name, index) => (
        <Field key={name} name={name} label={t(`learning.${name}`)} optional={name !== 'whatWentWrong'}>
          {(control) => <textarea {...control} rows={3} autoFocus={index === 0} />}
        </Field>
      ))}
      <Field name="canRecur" label={t('learning.canRecur')}>
        {(control) => (
          <select {...control}>
            {RECUR_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(`learning.recur.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="prevention" label={t('learning.prevention')} optional>
        {(control) => <textarea {...control} rows={3} />}
      </Field>
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
