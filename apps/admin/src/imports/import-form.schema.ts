import { z } from 'zod';
import { chosenFile } from '../ui/form-schemas';

/**
 * The upload form: the file the input holds and whether to create what is missing.
 * `fileRequired` is the message when no file is chosen, in the user's language.
 */
export function importSchema(fileRequired: string) {
  return z.object({ file: chosenFile({ required: fileRequired }), createMissing: z.boolean() });
}

export type ImportFields = z.output<ReturnType<typeof importSchema>>;

// No file at first: react-hook-form would put a default into the input's `files`, which takes nothing but a FileList.
export const EMPTY_IMPORT: z.input<ReturnType<typeof importSchema>> = { file: undefined, createMissing: false };
