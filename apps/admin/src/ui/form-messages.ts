import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

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
    case 'invalid_format':
      return issue.format === 'date' ? t('form.invalidDate') : undefined;
    default:
      return undefined;
  }
}
