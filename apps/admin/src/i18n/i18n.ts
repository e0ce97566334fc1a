import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { en } from './en';

export const LANGUAGES = [
  { code: 'da', name: 'Dansk' },
  { code: 'en', name: 'English' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'raadgiver.language';

function storedLanguage(): LanguageCode {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.some((l) => l.code === stored) ? (stored as LanguageCode) : 'da';
}

export function setLanguage(code: LanguageCode): void {
  window.localStorage.setItem(STORAGE_KEY, code);
  void i18next.changeLanguage(code);
}

i18next.on('languageChanged', (code) => {
  document.documentElement.lang = code;
});

void i18next.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'da',
  initAsync: false,
  // React escapes rendered text itself; escaping here would show entities such as &amp;.
  interpolation: { escapeValue: false },
});

export default i18next;
