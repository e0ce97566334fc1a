import fc from 'fast-check';
import { protectCount, suppressDistribution, SUPPRESSION_THRESHOLD } from './suppression';

describe('small-number suppression', () => {
  it('publishes counts from 5 up and hides 0 to 4 as "<5"', () => {
    expect(protectCount(5)).toEqual({ count: 5, suppressed: false });
    expect(protectCount(4)).toEqual({ count: null, suppressed: true });
    expect(protectCount(0)).toEqual({ count: null, suppressed: true });
  });

  it('suppresses a second cell when one category of 3 could be recovered from the total', () => {
    // Without the second suppression, 23 − 12 − 8 = 3 would give the hidden cell away.
    const result = suppressDistribution([
      { code: 'processing_time', count: 12 },
      { code: 'involvement', count: 8 },
      { code: 'note_duty', count: 3 },
    ], 23);
    expect(result.total).toEqual({ count: 23, suppressed: false });
    expect(result.cells).toEqual([
      { code: 'processing_time', count: 12, suppressed: false },
      { code: 'involvement', count: null, suppressed: true },
      { code: 'note_duty', count: null, suppressed: true },
    ]);
  });

  it('leaves a distribution without small cells alone, and zeros do not force a second suppression', () => {
    expect(suppressDistribution([{ code: 'a', count: 9 }, { code: 'b', count: 6 }], 15).cells.every((c) => !c.suppressed)).toBe(true);
    const withZero = suppressDistribution([{ code: 'a', count: 9 }, { code: 'b', count: 6 }, { code: 'c', count: 0 }], 15);
    expect(withZero.cells.map((c) => c.suppressed)).toEqual([false, false, true]);
  });

  it('keeps suppressing until the hidden cells add up to 5 or more', () => {
    const result = suppressDistribution([{ code: 'a', count: 50 }, { code: 'b', count: 3 }, { code: 'c', count: 1 }], 54);
    expect(result.cells.map((c) => c.suppressed)).toEqual([true, true, true]);
    expect(result.total.count).toBe(54);
  });

  it('suppresses a total below 5', () => {
    expect(suppressDistribution([{ code: 'a', count: 3 }], 3).total).toEqual({ count: null, suppressed: true });
  });

  const distributions = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 12 }).map((counts) => ({
    cells: counts.map((count, i) => ({ code: `c${i}`, count })),
    total: counts.reduce((a, b) => a + b, 0),
  }));

  it('never publishes a count below 5, and never leaves a single non-zero hidden cell recoverable from the total', () => {
    fc.assert(
      fc.property(distributions, ({ cells, total }) => {
        const result = suppressDistribution(cells, total);
        for (const c of [...result.cells, result.total]) {
          if (!c.suppressed) expect(c.count as number).toBeGreaterThanOrEqual(SUPPRESSION_THRESHOLD);
          else expect(c.count).toBeNull();
        }
        if (!result.total.suppressed) {
          const hidden = cells.filter((_, i) => result.cells[i].suppressed);
          const hiddenSum = hidden.reduce((sum, c) => sum + c.count, 0);
          // What an attacker learns from the total is the hidden cells' sum: 0 (all zero), or at least 5 over 2+ cells.
          expect(hiddenSum === 0 || (hiddenSum >= SUPPRESSION_THRESHOLD && hidden.length >= 2)).toBe(true);
        }
      }),
    );
  });

  it('publishes every cell it can: a suppressed cell is small or needed to protect one', () => {
    fc.assert(
      fc.property(distributions, ({ cells, total }) => {
        const result = suppressDistribution(cells, total);
        const primary = cells.filter((c) => c.count < SUPPRESSION_THRESHOLD).length;
        const hidden = result.cells.filter((c) => c.suppressed).length;
        // Complementary suppression only adds to the small cells, and only when there are some.
        expect(hidden).toBeGreaterThanOrEqual(primary);
        if (primary === 0) expect(hidden).toBe(0);
      }),
    );
  });
});
