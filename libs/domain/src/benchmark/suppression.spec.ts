import fc from 'fast-check';
import { DistributionCell, protectCount, suppressDistribution, SUPPRESSION_THRESHOLD } from './suppression';

const cellsOf = (...counts: number[]): DistributionCell[] => counts.map((count, i) => ({ code: `c${i}`, count }));
const hiddenOf = (cells: DistributionCell[], total: number, rest = false) => suppressDistribution(cells, total, { rest }).cells.map((c) => c.suppressed);

describe('small-number suppression', () => {
  it('publishes counts from 5 up and hides 0 to 4', () => {
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

  it('leaves a distribution without small cells alone', () => {
    expect(hiddenOf(cellsOf(9, 6), 15)).toEqual([false, false]);
  });

  it('protects hidden zeros too: published cells adding up to the total would show every hidden cell is 0', () => {
    // Lyngby-Taarbæk 2022 before: 106 = 32 + 37 + 11 + 16 + 5 + 5 published, so each hidden outcome was exactly 0.
    expect(hiddenOf(cellsOf(32, 37, 11, 16, 5, 5, 0, 0), 106)).toEqual([false, false, false, false, false, true, true, true]);
    expect(hiddenOf(cellsOf(9, 6, 0), 15)).toEqual([false, true, true]);
  });

  it('hides another cell when the hidden sum would pin a cell between the smallest published count and the sum', () => {
    // 54 complaints: 4 and the smallest published 5 hidden (sum 9) while another 5 is published would force 4 and 5
    // (each hidden cell at most 5). Hiding that 5 too leaves a sum of 14 over cells of at most 40.
    expect(hiddenOf(cellsOf(40, 5, 5, 4), 54)).toEqual([false, true, true, true]);
  });

  it('counts an unpublished rest with the hidden cells when the cells add up to at most the total', () => {
    // 40 registrations, 4 in a small area and 36 in another: with 5 registrations outside both the 4 is safe.
    expect(hiddenOf(cellsOf(36, 4), 45, true)).toEqual([false, true]);
    // With no rest, 40 − 36 would give the 4 away.
    expect(hiddenOf(cellsOf(36, 4), 40, true)).toEqual([true, true]);
  });

  it('hides every cell below a total that is hidden or below 5, and the total when no cell is left to protect the hidden ones', () => {
    expect(suppressDistribution(cellsOf(3), 3).total).toEqual({ count: null, suppressed: true });
    expect(suppressDistribution(cellsOf(20, 30), 50, { totalHidden: true }).cells.every((c) => c.suppressed)).toBe(true);
    expect(suppressDistribution(cellsOf(0, 23), 23).cells.every((c) => c.suppressed)).toBe(true);
    expect(suppressDistribution(cellsOf(0, 23), 23).total.suppressed).toBe(false);
    // Complaints without a category (not possible through the API): 3 of 10 in categories cannot be protected.
    expect(suppressDistribution(cellsOf(3, 0), 10)).toEqual({ cells: [{ code: 'c0', count: null, suppressed: true }, { code: 'c1', count: null, suppressed: true }], total: { count: null, suppressed: true } });
  });

  const distributions = fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 12 }).map((counts) => ({
    cells: cellsOf(...counts),
    total: counts.reduce((a, b) => a + b, 0),
  }));

  it('never publishes a count below 5, and adds complementary cells only to protect small ones', () => {
    fc.assert(
      fc.property(distributions, ({ cells, total }) => {
        const result = suppressDistribution(cells, total);
        for (const c of [...result.cells, result.total]) {
          if (!c.suppressed) expect(c.count as number).toBeGreaterThanOrEqual(SUPPRESSION_THRESHOLD);
          else expect(c.count).toBeNull();
        }
        const primary = cells.filter((c) => c.count < SUPPRESSION_THRESHOLD).length;
        const hidden = result.cells.filter((c) => c.suppressed).length;
        expect(hidden).toBeGreaterThanOrEqual(primary);
        if (primary === 0) expect(hidden).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
