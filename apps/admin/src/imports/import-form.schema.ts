import { z } from 'zod';

/**
 * The upload form: the file the input holds (a FileList; none before the input is rendered) and whether to create what is missing.
 * `fileRequired` is the message when no file is chosen, in the user's language.
 */
export function importSchema(fileRequired: string) {
  return z.object({
    file: z.custom<Pick<FileList, 'item'> | undefined>().transform((files, ctx) => {
      const file = files?.item(0);
      if (file) return file;
      ctx.issues.push({ code: 'custom', message: fileRequired, input: files });
      return z.NEVER;
    }),
    createMissing: z.boolean(),
  });
}

export type ImportFields = z.output<ReturnType<typeof importSchema>>;

// No file at first: react-hook-form would put a default into the input's `files`, which takes nothing but a FileList.
export const EMPTY_IMPORT: z.input<ReturnType<typeof importSchema>> = { file: undefined, createMissing: false };
