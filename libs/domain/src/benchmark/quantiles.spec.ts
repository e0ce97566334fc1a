import fc from 'fast-check';
import { median, oneDecimal, quantile, quartiles } from './quantiles';

describe('quantiles (type 7, linear interpolation)', () => {
  it('matches R quantile(type = 7) on a worked example', () => {
    // R: quantile(c(1, 2, 4, 7, 8, 10), c(.25, .5, .75)) → 2.5, 5.5, 7.75
    expect(quartiles([10, 1, 7, 2, 8, 4])).toEqual({ lowerQuartile: 2.5, median: 5.5, upperQuartile: 7.75 });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
  });

  it('lies between the smallest and largest value and keeps q1 ≤ median ≤ q3', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }), (values) => {
        const q = quartiles(values);
        expect(q).not.toBeNull();
        const { lowerQuartile, median: m, upperQuartile } = q as NonNullable<typeof q>;
        expect(Math.min(...values)).toBeLessThanOrEqual(lowerQuartile);
        expect(lowerQuartile).toBeLessThanOrEqual(m);
        expect(m).toBeLessThanOrEqual(upperQuartile);
        expect(upperQuartile).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        expect(quantile([...values].reverse(), p)).toBe(quantile(values, p));
      }),
    );
  });

  it('rounds half up to one decimal', () => {
    expect(oneDecimal(2.25)).toBe(2.3);
    expect(oneDecimal(7.75)).toBe(7.8);
    expect(oneDecimal(0.15)).toBe(0.2);
    expect(oneDecimal(1.04)).toBe(1);
  });
});
