import { z } from 'zod';

/** A text the user must fill in; spaces alone count as empty. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A free text the user must fill in, kept exactly as typed (its spaces and line breaks); spaces alone count as empty. */
export const requiredFreeText = (max: number) => z.string().max(max).refine((value) => value.trim() !== '', { params: { required: true } });

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
