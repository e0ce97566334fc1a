import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { apiErrorsOf } from '../graphql/api-errors';
import { Field } from '../ui/field';
import { FormFooter } from '../ui/form-footer';
import { text } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import { WriteLearningEntryMutation } from './learning.operations';
import { RECUR_VALUES } from './recurrence';

const FIELDS = ['whatWentWrong', 'why', 'whatWasLearnt', 'canRecur', 'prevention'] as const;
const TEXTS = ['whatWentWrong', 'why', 'whatWasLearnt'] as const;

interface LearningEntryFormProps {
  inquiryId: string;
  onDone: () => void;
  onCancel: () => void;
}

export function LearningEntryForm({ inquiryId, onDone, onCancel }: LearningEntryFormProps) {
  const { t } = useTranslation();
  const [result, write] = useMutation(WriteLearningEntryMutation);
  const errors = apiErrorsOf(result.error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const written = await write({
      input: {
        inquiryId,
        whatWentWrong: text(form, 'whatWentWrong'),
        why: text(form, 'why'),
        whatWasLearnt: text(form, 'whatWasLearnt'),
        canRecur: text(form, 'canRecur'),
        prevention: text(form, 'prevention'),
      },
    });
    if (written.data) onDone();
  }

  return (
    <form onSubmit={submit}>
      {TEXTS.map((name, index) => (
        <Field key={name} label={t(`learning.${name}`)} error={errors.fields[name]}>
          {(control) => <textarea {...control} name={name} rows={3} autoFocus={index === 0} required={name === 'whatWentWrong'} />}
        </Field>
      ))}
      <Field label={t('learning.canRecur')} error={errors.fields.canRecur}>
        {(control) => (
          <select {...control} name="canRecur" defaultValue="unknown">
            {RECUR_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(`learning.recur.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('learning.prevention')} error={errors.fields.prevention}>
        {(control) => <textarea {...control} name="prevention" rows={3} />}
      </Field>
      <FormErrors errors={errors} />
      <FormFooter submitLabel={t('common.save')} submitting={result.fetching} onCancel={onCancel} />
    </form>
  );
}
