import { FIELD_LABELS, fieldLabel } from './field-labels';
import { languageOf, LANGUAGES } from './language';
import { formatDate, message, MESSAGE_CODES, MESSAGES, MessageParams } from './messages';

/** The parameters a message reads (`p.max`, `p.from`), from its source, each given a sample value. */
function sampleParams(code: keyof typeof MESSAGES): MessageParams {
  const names = new Set<string>();
  for (const language of LANGUAGES) for (const [, name] of MESSAGES[code][language].toString().matchAll(/\bp\.([a-zA-Z]+)/g)) names.add(name);
  for (const language of LANGUAGES) for (const [, name] of MESSAGES[code][language].toString().matchAll(/\(p, '([a-zA-Z]+)'\)/g)) names.add(name);
  const sample: Record<string, string | number> = {};
  for (const name of names) sample[name] = ['from', 'to', 'date'].includes(name) ? '2024-03-01' : ['max', 'min', 'count', 'seconds', 'years', 'complexity', 'megabytes'].includes(name) ? 7 : `«${name}»`;
  return sample;
}

describe('the message catalogue', () => {
  it.each(MESSAGE_CODES)('%s has a Danish and an English message with every parameter filled', (code) => {
    const params = sampleParams(code);
    const da = message(code, 'da', 'Første kontakt', params);
    const en = message(code, 'en', 'First contact', params);
    for (const text of [da, en]) {
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|NaN|null|\$\{|\[object/);
      for (const value of Object.values(params)) if (typeof value === 'string' && value.startsWith('«')) expect(MESSAGES[code].da.toString() + MESSAGES[code].en.toString()).toContain(value.slice(1, -1));
    }
    expect(da).not.toBe(en);
    expect(en).not.toMatch(/[æøåÆØÅ]|\b(skal|ikke)\b/);
  });

  it('names the field by its label and dates as Danish or English dates', () => {
    expect(message('not_a_date', 'da', fieldLabel('firstContactOn', 'da'))).toBe('Første kontakt skal være en dato (ÅÅÅÅ-MM-DD)');
    expect(message('not_a_date', 'en', fieldLabel('firstContactOn', 'en'))).toBe('First contact must be a date (YYYY-MM-DD)');
    expect(message('date_out_of_range', 'da', 'Modtaget', { from: '1900-01-01', to: '2099-12-31' })).toBe('Modtaget skal ligge fra 1. januar 1900 til 31. december 2099');
    expect(message('too_long', 'da', 'Resumé', { max: 10_000 })).toBe('Resumé må højst være 10.000 tegn');
    expect(message('too_many_logins', 'da', '', { seconds: 300 })).toBe('For mange mislykkede logins; prøv igen om 5 minutter');
    expect(message('file_wrong_type', 'da', '', { allowed: 'PDF, DOCX, plain text' })).toBe('Filen skal være af typen PDF, DOCX eller ren tekst');
    expect(formatDate('2024-03-01', 'en')).toBe('1 March 2024');
    expect(formatDate('ikke en dato', 'da')).toBe('ikke en dato');
  });

  it('labels fields by the last name of their path, lists by position, and never shows an unknown internal name', () => {
    expect(fieldLabel('period.to', 'da')).toBe('Til');
    expect(fieldLabel('sourceIds[1]', 'da')).toBe('Enheder der lægges sammen nr. 2');
    expect(fieldLabel('entries[0].nameDa', 'en')).toBe('Danish name');
    expect(fieldLabel('someInternalName', 'da')).toBe('Feltet');
    for (const labels of Object.values(FIELD_LABELS)) expect(labels.da && labels.en).toBeTruthy();
  });
});

describe('the language of a request', () => {
  it.each<[string | undefined, 'da' | 'en']>([
    [undefined, 'da'],
    ['', 'da'],
    ['da', 'da'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['en;q=0.5,da;q=0.9', 'da'],
    ['de-DE,en;q=0.7', 'en'],
    ['fr', 'da'],
    ['en;q=0', 'da'],
  ])('%s → %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });
});
