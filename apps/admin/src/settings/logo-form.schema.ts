import { z } from 'zod';
import { MAX_LOGO_BYTES } from '@raadgiver/domain';
import { chosenFile } from '../ui/form-schemas';

/** The logo form: the picture the input holds. What the file is, the API decides from its content. */
export function logoSchema(messages: { required: string; tooLarge: string }) {
  return z.object({ logo: chosenFile(messages, MAX_LOGO_BYTES) });
}

export type LogoFields = z.output<ReturnType<typeof logoSchema>>;

// No file at first, as in the import form.
export const EMPTY_LOGO: z.input<ReturnType<typeof logoSchema>> = { logo: undefined };
