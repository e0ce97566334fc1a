import { createInstance } from 'i18next';
import { da } from './da';
import { en } from './en';

/** Danish nouns in their plural, which must never follow the number 1. */
const DANISH_PLURALS = ['dage', 'henvendelser', 'hændelser', 'kommuner', 'typer', 'sager', 'brugere', 'rækker', 'anbefalinger', 'enheder', 'filer'];

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('counted texts', () => {
  const i18n = createInstance();
  void i18n.init({ resources: { da: { translation: da }, en: { translation: en } }, lng: 'da', initAsync: false, interpolation: { escapeValue: false } });

  it('count through {{count}} with a singular form wherever a plural noun follows the number', () => {
    const plural = new RegExp(`\\{\\{(count|days)\\}\\} (${DANISH_PLURALS.join('|')})\\b`);
    const withoutSingular = leaves(da).filter(([key, text]) => plural.test(text) && !key.endsWith('_other'));
    expect(withoutSingular).toEqual([]);
    expect(leaves(da).filter(([, text]) => text.includes('{{days}}'))).toEqual([]);
  });

  it('says "1 dag" and "2 dage", "1 day" and "2 days"', () => {
    expect(i18n.t('inquiries.daysToClose', { count: 1 })).toBe('1 dag til afslutning');
    expect(i18n.t('inquiries.daysToClose', { count: 2 })).toBe('2 dage til afslutning');
    expect(i18n.t('inquiries.overdueFirstContact', { count: 1 })).toBe('Første kontakt overskredet (1 dag)');
    expect(i18n.t('citizens.inquiryCount', { count: 1 })).toBe('1 henvendelse');
    expect(i18n.t('reports.target', { count: 0 })).toBe('Frist: 0 dage');
    expect(i18n.t('inquiries.daysToClose', { count: 1, lng: 'en' })).toBe('1 day to close');
    expect(i18n.t('reports.target', { count: 5, lng: 'en' })).toBe('Target: 5 days');
  });
});
