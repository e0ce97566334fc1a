import fc from 'fast-check';
import { protectFromFormula, unprotectFromFormula } from './spreadsheet-formula';

describe('formula protection of CSV cells', () => {
  it('puts an apostrophe before anything a spreadsheet would run', () => {
    expect(protectFromFormula('=HYPERLINK("https://example.com")')).toBe(`'=HYPERLINK("https://example.com")`);
    expect(protectFromFormula('+45 12 34 56 78')).toBe(`'+45 12 34 56 78`);
    expect(protectFromFormula('-2 dage')).toBe(`'-2 dage`);
    expect(protectFromFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(protectFromFormula("'=1+1")).toBe("''=1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Klage over sagsbehandlingstid', '2019-05-02', "'citat'", '', '  =1 after spaces']) expect(protectFromFormula(text)).toBe(text);
  });

  it('gives back every text exactly', () => {
    fc.assert(fc.property(fc.string(), (text) => unprotectFromFormula(protectFromFormula(text)) === text));
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@', "'", "''=", '\t'), fc.string(), (start, rest) => {
      const text = start + rest;
      return unprotectFromFormula(protectFromFormula(text)) === text;
    }));
  });
});
