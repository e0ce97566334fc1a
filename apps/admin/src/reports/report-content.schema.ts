import { TEXT_LIMITS } from '@raadgiver/domain';
import { z } from 'zod';
import { requiredText } from '../ui/form-schemas';

/** Forord, Temaer and Eksempler, kept exactly as typed (the API checks their length). */
export const sectionsSchema = z.object({ foreword: z.string(), themes: z.string(), examples: z.string() });

/** A recommendation: its title, its text as typed, and the units it is addressed to (none: a general one). */
export const recommendationSchema = z.object({
  title: requiredText(TEXT_LIMITS.name),
  text: z.string(),
  orgUnitIds: z.array(z.string()),
});
