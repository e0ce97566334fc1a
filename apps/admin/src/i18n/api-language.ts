import i18next from 'i18next';

/** The language the API answers in (its messages, field errors): the user's choice, Danish unless English. */
export function apiLanguage(language: string | undefined = i18next.language): 'da' | 'en' {
  return language === 'en' ? 'en' : 'da';
}
