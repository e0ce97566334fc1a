import { barChartHeight, barRows, chartDescription, foldedCountsChartOption } from './chart-options';
import type { FoldedCountsView } from './report-view';

const share = (numerator: number, denominator: number) => ({ numerator, denominator });

const counts: FoldedCountsView = {
  rows: [
    { id: 'a', name: 'Lang sagsbehandlingstid', count: { current: 40, comparison: 35 }, share: { current: share(40, 151), comparison: share(35, 123) } },
    { id: 'b', name: 'Dårlig kommunikation <b>', count: { current: 30, comparison: 20 }, share: { current: share(30, 151), comparison: share(20, 123) } },
  ],
  other: {
    count: { current: 68, comparison: 50 },
    share: { current: share(68, 151), comparison: share(50, 123) },
    foldedEntries: { current: 26, comparison: 20 },
  },
  total: { current: 138, comparison: 105 },
  base: { current: 151, comparison: 123 },
};

const labels = { current: '2019', comparison: '2018', other: (n: number) => `Andre (${n} typer)` };

describe('bar chart options', () => {
  it('lists the rows largest first and ends with "other", named with how many types were folded', () => {
    expect(barRows(counts, labels)).toEqual([
      { name: 'Lang sagsbehandlingstid', current: 40, comparison: 35 },
      { name: 'Dårlig kommunikation <b>', current: 30, comparison: 20 },
      { name: 'Andre (26 typer)', current: 68, comparison: 50 },
    ]);
  });

  it('leaves "other" out when nothing was folded', () => {
    const none = { ...counts, other: { ...counts.other, count: { current: 0, comparison: 0 }, foldedEntries: { current: 0, comparison: 0 } } };
    expect(barRows(none, labels).map((row) => row.name)).toEqual(['Lang sagsbehandlingstid', 'Dårlig kommunikation <b>']);
  });

  it('draws one horizontal bar series per period, largest at the top, without animation', () => {
    const option = foldedCountsChartOption(counts, labels);
    expect(option.animation).toBe(false);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Lang sagsbehandlingstid', 'Dårlig kommunikation <b>', 'Andre (26 typer)'] });
    expect(option.xAxis).toMatchObject({ type: 'value' });
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'bar', name: '2019', data: [40, 30, 68] }),
      expect.objectContaining({ type: 'bar', name: '2018', data: [35, 20, 50] }),
    ]);
    expect(option.legend).toMatchObject({ show: true, data: ['2019', '2018'] });
    expect(option).not.toHaveProperty('tooltip');
  });

  it('draws the period alone without a comparison', () => {
    const alone: FoldedCountsView = {
      rows: counts.rows.map((row) => ({ ...row, count: { current: row.count.current, comparison: null }, share: { current: row.share.current, comparison: null } })),
      other: { count: { current: 0, comparison: null }, share: { current: share(0, 151), comparison: null }, foldedEntries: { current: 0, comparison: null } },
      total: { current: 70, comparison: null },
      base: { current: 151, comparison: null },
    };
    const option = foldedCountsChartOption(alone, labels);
    expect(option.series).toEqual([expect.objectContaining({ name: '2019', data: [40, 30] })]);
    expect(option.legend).toMatchObject({ show: false });
  });

  it('gives the chart room for every row and describes it in words', () => {
    expect(barChartHeight(3, true)).toBeGreaterThan(barChartHeight(3, false));
    expect(barChartHeight(0, false)).toBe(barChartHeight(1, false));
    const rows = barRows(counts, labels);
    expect(chartDescription('Klagetyper', rows.slice(0, 1), (row) => `${row.current} (${row.comparison})`)).toBe(
      'Klagetyper: Lang sagsbehandlingstid 40 (35)',
    );
  });
});
