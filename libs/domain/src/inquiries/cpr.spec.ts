import fc from 'fast-check';
import { looksLikeCpr } from './cpr';

describe('looksLikeCpr', () => {
  it.each([
    ['010190-1234', true],
    ['0101901234', true],
    ['Borger med cpr 311299 1234 ringede', true],
    ['290200-1234', true],
    ['290201-1234', false],
    ['320190-1234', false],
    ['011390-1234', false],
    ['000190-1234', false],
    ['12345678901', false],
    ['sag 2024-0001, tlf. 12 34 56 78', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeCpr(text)).toBe(expected);
  });

  it('finds any real date in DDMMYY-XXXX form anywhere in text', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 9999 }), fc.string(), (date, serial, prefix) => {
        const iso = date.toISOString();
        const cpr = `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}-${String(serial).padStart(4, '0')}`;
        expect(looksLikeCpr(`${prefix.replace(/\d/g, '')} ${cpr} slut`)).toBe(true);
      }),
    );
  });

  it('never flags text without ten digits in a row', () => {
    fc.assert(fc.property(fc.string(), (text) => expect(looksLikeCpr(text.replace(/\d{5,}/g, ''))).toBe(false)));
  });
});
