import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { requiredText } from '../ui/form-schemas';

/** Long enough for a recovery code typed with dashes or spaces. */
const CODE_MAX = 32;
const codeSchema = z.object({ code: requiredText(CODE_MAX) });

interface SecondFactorCodeFormProps {
  /** Sends the code; the API's error (a wrong code, a wait) goes onto the field and into the summary. */
  onSubmit: (code: string) => Promise<CombinedError | undefined>;
  submitLabel?: string;
  children?: ReactNode;
}

/** The one field of a second factor: the app's six digits, or a recovery code at login. */
export function SecondFactorCodeForm({ onSubmit, submitLabel, children }: SecondFactorCodeFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(codeSchema, { code: '' });
  const submitting = form.formState.isSubmitting;
  return (
    <Form form={form} onSubmit={({ code }) => onSubmit(code)}>
      <Field name="code" label={t('secondFactor.code')}>
        {(control) => <input {...control} type="text" autoComplete="one-time-code" spellCheck={false} maxLength={CODE_MAX} className="code-input" />}
      </Field>
      <FormFooter submitLabel={submitting ? t('secondFactor.verifying') : (submitLabel ?? t('secondFactor.verify'))} submitting={submitting}>
        {children}
      </FormFooter>
    </Form>
  );
}
