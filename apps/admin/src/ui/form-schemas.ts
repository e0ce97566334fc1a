import { z } from 'zod';

/** A text the user must fill in; spaces alone count as empty. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A free text the user must fill in, kept exactly as typed (its spaces and line breaks); spaces alone count as empty. */
export const requiredFreeText = (max: number) => z.string().max(max).refine((value) => value.trim() !== '', { params: { required: true } });

/** An e-mail address the user must give, as a person's login: `message` when it does not look like one. */
export const emailAddress = (max: number, message: () => string) =>
  requiredText(max).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: message });

/** A number input's text as a whole number from `min` to `max`, or null when left empty. */
export const optionalWholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((value, context) => {
      if (value === '') return null;
      const number = Number(value);
      if (!Number.isInteger(number)) context.addIssue({ code: 'invalid_type', expected: 'int', input: value });
      else if (number < min) context.addIssue({ code: 'too_small', origin: 'number', minimum: min, inclusive: true, input: number });
      else if (number > max) context.addIssue({ code: 'too_big', origin: 'number', maximum: max, inclusive: true, input: number });
      else return number;
      return z.NEVER;
    });

/** A text that may be left empty: null then, as the API's optional arguments want it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value));

/** A number input's text as a whole number from `min` to `max`; empty asks for the field. */
export const wholeNumber = (min: number, max: number) => z.string().trim().min(1).pipe(z.coerce.number<string>().int().min(min).max(max));

/** A date input's value (`2026-12-05`) the user must give. */
export const requiredDay = z.string().min(1);

/** A date input's value, or null when left empty. */
export const optionalDay = z.string().transform((value) => (value === '' ? null : value));

/** A select's id, or null for its empty option (e.g. the top level). */
export const optionalId = optionalDay;

/**
 * A file input's chosen file (its FileList; none before the input is rendered): `required` when none is chosen,
 * `tooLarge` when it has more than `maxBytes`.
 */
export function chosenFile(messages: { required: string; tooLarge?: string }, maxBytes = Number.POSITIVE_INFINITY) {
  return z.custom<Pick<FileList, 'item'> | undefined>().transform((files, ctx) => {
    const file = files?.item(0);
    if (file && file.size <= maxBytes) return file;
    ctx.issues.push({ code: 'custom', message: file ? (messages.tooLarge ?? messages.required) : messages.required, input: files });
    return z.NEVER;
  });
}
