import type { TFunction } from 'i18next';
import { z } from 'zod';
import { da } from '../i18n/da';
import { optionalText, requiredDay, requiredFreeText, requiredText, wholeNumber } from './form-schemas';
import { summaryMessage, validationMessage } from './form-messages';

// The Danish texts with their {{placeholders}} filled, as i18next would.
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], da) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

const schema = z.object({ name: requiredText(5), shortName: optionalText(3), on: requiredDay });
const messages = (input: unknown) =>
  Object.fromEntries(schema.safeParse(input, { error: (issue) => validationMessage(issue, t) }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? []);

describe('validation messages', () => {
  it('asks for every required field left empty or blank, in Danish from the i18n file', () => {
    expect(messages({ name: '   ', shortName: '', on: '' })).toEqual({ name: 'Udfyld feltet.', on: 'Udfyld feltet.' });
  });

  it('says the limit of a text too long', () => {
    expect(messages({ name: 'abcdef', shortName: 'abcd', on: '2026-12-05' })).toEqual({ name: 'Skriv højst 5 tegn.', shortName: 'Skriv højst 3 tegn.' });
  });

  it('asks for a whole number within its limits', () => {
    const days = z.object({ days: wholeNumber(1, 365) });
    const message = (value: string) => days.safeParse({ days: value }, { error: (issue) => validationMessage(issue, t) }).error?.issues[0]?.message;
    expect(message('')).toBe('Udfyld feltet.');
    expect(message('0')).toBe('Skriv mindst 1.');
    expect(message('366')).toBe('Skriv højst 365.');
    expect(message('2.5')).toBe('Skriv et helt tal.');
    expect(message('abc')).toBe('Skriv et helt tal.');
    expect(days.parse({ days: ' 14 ' })).toEqual({ days: 14 });
  });

  it('gives an optional empty text as null', () => {
    expect(schema.parse({ name: ' Vej ', shortName: ' ', on: '2026-12-05' })).toEqual({ name: 'Vej', shortName: null, on: '2026-12-05' });
  });

  it('asks for a free text left empty or blank, and keeps a filled one exactly as typed', () => {
    const summary = z.object({ summary: requiredFreeText(10) });
    const message = (value: string) => summary.safeParse({ summary: value }, { error: (issue) => validationMessage(issue, t) }).error?.issues[0]?.message;
    expect(message('')).toBe('Udfyld feltet.');
    expect(message(' \n\t ')).toBe('Udfyld feltet.');
    expect(message('x'.repeat(11))).toBe('Skriv højst 10 tegn.');
    expect(summary.parse({ summary: ' Ringede \n' })).toEqual({ summary: ' Ringede \n' });
  });
});

describe('the error summary’s lines', () => {
  it('name the field by its label: a required field "skal udfyldes", any other message after the label', () => {
    expect(summaryMessage({ type: 'too_small', message: 'Udfyld feltet.' }, 'Resumé', t)).toBe('Resumé skal udfyldes');
    expect(summaryMessage({ type: 'custom', message: 'Udfyld feltet.' }, 'Resumé', t)).toBe('Resumé skal udfyldes');
    expect(summaryMessage({ type: 'too_big', message: 'Skriv højst 5 tegn.' }, 'Navn', t)).toBe('Navn: Skriv højst 5 tegn.');
    expect(summaryMessage({ type: 'custom', message: 'Vælg en borger.' }, 'Borger', t)).toBe('Borger: Vælg en borger.');
  });

  it('keep a message the API wrote, which names its field already, and a message of a field without a label', () => {
    expect(summaryMessage({ type: 'server', message: 'E-mail skal udfyldes' }, 'E-mail', t)).toBe('E-mail skal udfyldes');
    expect(summaryMessage({ type: 'too_small', message: 'Udfyld feltet.' }, undefined, t)).toBe('Udfyld feltet.');
  });
});
