import { hyphenateSync as danish } from 'hyphen/da';
import { hyphenateSync as english } from 'hyphen/en-gb';
import type { ReportLocale } from './model';

/** U+00AD: where a word may break, with a visible hyphen at the line's end and nothing elsewhere. */
export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this are never broken. */
const MIN_WORD_LENGTH = 6;

/**
 * Text with a soft hyphen at each hyphenation point of the language's TeX patterns (Danish: `hyphen/da`), so that a
 * renderer breaks a long word only there, with a hyphen; never elsewhere inside a word.
 */
export function hyphenate(text: string, locale: ReportLocale): string {
  return (locale === 'da' ? danish : english)(text, { minWordLength: MIN_WORD_LENGTH });
}

/** The pieces a word may be broken into: "Omsorgsområdet" → ["Om", "sorgs", "om", "rå", "det"]. */
export function wordFragments(word: string, locale: ReportLocale): string[] {
  return hyphenate(word, locale).split(SOFT_HYPHEN);
}
