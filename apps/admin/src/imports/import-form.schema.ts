import { z } from 'zod';
import i18n from '../i18n/i18n';

/** The upload form: the file the input holds (a FileList, null before a choice) and whether to create what is missing. */
export const importSchema = z.object({
  file: z.custom<Pick<FileList, 'item'> | null>().transform((files, ctx) => {
    const file = files?.item(0);
    if (file) return file;
    ctx.issues.push({ code: 'custom', message: i18n.t('imports.fileRequired'), input: files });
    return z.NEVER;
  }),
  createMissing: z.boolean(),
});

export const EMPTY_IMPORT: z.input<typeof importSchema> = { file: null, createMissing: false };
