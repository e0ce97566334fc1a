import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

/**
 * A field's message as the error summary lists it: there the field is not beside it, so the message names the field's
 * label ("Resumé skal udfyldes", as the API's messages do). A message the API wrote (`server`) names its field already.
 */
export function summaryMessage(error: { type?: unknown; message: string }, label: string | undefined, t: TFunction): string {
  if (error.type === 'server' || !label) return error.message;
  if (error.message === t('form.required')) return t('form.requiredNamed', { field: label });
  return t('form.named', { field: label, message: error.message });
}

/**
 * Zod's issues in the user's language, from the i18n files rather than Zod's English defaults: an empty required
 * field says "Udfyld feltet.", a long one its limit. Other issues keep the message the schema gives them.
 */
export function validationMessage(issue: Issue, t: TFunction): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return t('form.atLeast', { min: Number(issue.minimum) });
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? t('form.required') : undefined;
    case 'too_big':
      if (issue.origin === 'number') return t('form.atMost', { max: Number(issue.maximum) });
      return issue.origin === 'string' ? t('form.tooLong', { max: Number(issue.maximum) }) : undefined;
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('form.required');
      return issue.expected === 'number' || issue.expected === 'int' ? t('form.wholeNumber') : undefined;
    case 'custom':
      return issue.params?.required === true ? t('form.required') : undefined;
    case 'invalid_format':
      return issue.format === 'date' ? t('form.invalidDate') : undefined;
    default:
      return undefined;
  }
}
