/** The languages a user can choose; Danish unless the request asks for English. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of an `Accept-Language` header: English only when English ranks above Danish
 * (`en`, `en-GB,en;q=0.9`), Danish otherwise, also when the header is missing or names neither.
 */
export function languageOf(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'da';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && (entry.primary === 'da' || entry.primary === 'en'))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary === 'en' ? 'en' : 'da';
}
