import { fractionProse, fractionTable, percentProse, percentTable, roundedPercent } from './percent';

describe('percentages', () => {
  it('rounds half up to whole per cent in prose', () => {
    expect(percentProse(157, 200)).toBe('79'); // 78.5
    expect(percentProse(123, 174)).toBe('71'); // 70.69
    expect(percentProse(151, 192)).toBe('79'); // 78.65
    expect(percentProse(1, 8)).toBe('13'); // 12.5
    expect(percentProse(3, 8)).toBe('38'); // 37.5
    expect(percentProse(1, 3)).toBe('33');
    expect(percentProse(2, 3)).toBe('67');
  });

  it('shows one decimal, rounded half up, in tables, with a decimal comma in Danish', () => {
    expect(percentTable(123, 174)).toBe('70.7');
    expect(percentTable(123, 174, 'da')).toBe('70,7');
    expect(percentTable(1, 16)).toBe('6.3'); // 6.25
    expect(percentTable(3, 2000)).toBe('0.2'); // 0.15, which binary floating point would make 0.1
    expect(percentTable(7, 7)).toBe('100.0');
    expect(percentProse(157, 200, 'da')).toBe('79');
  });

  it('gives 0 for a share of nothing', () => {
    expect(percentProse(0, 0)).toBe('0');
    expect(percentTable(0, 0, 'da')).toBe('0,0');
    expect(roundedPercent(5, 0, 1)).toBe(0);
    expect(fractionProse({ numerator: 0, denominator: 0 })).toBe('0');
  });

  it('works from fractions and agrees with exact arithmetic', () => {
    expect(fractionProse({ numerator: 157, denominator: 200 })).toBe('79');
    expect(fractionTable({ numerator: 157, denominator: 200 }, 'da')).toBe('78,5');
    for (let d = 1; d <= 60; d++) {
      for (let n = 0; n <= d; n++) {
        // Exact: 100n/d ≥ k − 1/2 ⇔ 200n ≥ (2k − 1)d.
        const k = roundedPercent(n, d);
        expect(200 * n >= (2 * k - 1) * d && 200 * n < (2 * k + 1) * d).toBe(true);
      }
    }
  });

  it('refuses non-integer counts', () => {
    expect(() => roundedPercent(1.5, 3)).toThrow(RangeError);
  });
});
