import { benchmarkChartDescription, benchmarkChartHeight, benchmarkChartOption, funnelChartOption, valueAxisMax, type BenchmarkChartLabels } from './benchmark-chart-options';
import type { RankedRow } from './benchmark-view';

const row = (name: string, value: number | null, text: string, own = false): RankedRow => ({
  tenantId: name,
  name,
  own,
  value,
  suppressed: value === null,
  text,
  rank: null,
  position: '',
  rolling: '',
  count: '',
  trend: [],
  peerGroup: null,
  peerMedian: null,
  comparability: [],
});

const rows = [row('Lejre Kommune', 65.5, '65,5'), row('Norddjurs Kommune', 46.2, '46,2', true), row('Aarhus <b>Kommune</b>', null, '..')];
const national = { lowerQuartile: 45.8, median: 46.2, upperQuartile: 55.9, tenantCount: 3 };
const labels: BenchmarkChartLabels = {
  median: (value) => `Landsmedian ${value}`,
  quartiles: (lower, upper) => `kvartiler ${lower}–${upper}`,
  own: (name) => `${name} (egen kommune)`,
  number: (value) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value),
};

type Series = { data: { value: number; itemStyle: { color: string }; label: { formatter: string } }[]; markLine?: { data: { xAxis: number }[]; label: { formatter: string } }; markArea?: { data: [{ xAxis: number }, { xAxis: number }][] } };

describe('benchmark chart options', () => {
  const option = benchmarkChartOption(rows, national, labels);
  const series = (option.series as Series[])[0];

  it('draws one bar per municipality in rank order, the own one in the strong colour, ".." without a bar', () => {
    expect((option.yAxis as { data: { value: string }[] }).data.map((d) => d.value)).toEqual(['Lejre Kommune', 'Norddjurs Kommune', 'Aarhus <b>Kommune</b>']);
    expect(series.data.map((d) => d.value)).toEqual([65.5, 46.2, 0]);
    expect(series.data.map((d) => d.label.formatter)).toEqual(['65,5', '46,2', '..']);
    expect(series.data[1].itemStyle.color).not.toBe(series.data[0].itemStyle.color);
  });

  it('marks the national median as a line and the quartiles as a band', () => {
    expect(series.markLine?.data).toEqual([{ xAxis: 46.2, name: 'Landsmedian 46.2' }]);
    expect(series.markLine?.label.formatter).toBe('Landsmedian 46.2');
    expect(series.markArea?.data[0].map((end) => end.xAxis)).toEqual([45.8, 55.9]);
  });

  it('has no national marks without a national median', () => {
    const without = (benchmarkChartOption(rows, null, labels).series as Series[])[0];
    expect(without.markLine).toBeUndefined();
    expect(without.markArea).toBeUndefined();
  });

  it('makes the value axis reach the largest bar and the upper quartile, at a round number', () => {
    expect(valueAxisMax(rows, national)).toBe(70);
    expect(valueAxisMax([row('a', 3.2, '3,2')], null)).toBe(3.5);
    expect(valueAxisMax([row('a', 10, '10')], { ...national, upperQuartile: 180 })).toBe(200);
    expect(valueAxisMax([row('a', null, '..')], null)).toBe(1);
  });

  it('writes the axis in Danish: decimal commas and thousands points', () => {
    const formatter = (option.xAxis as { axisLabel: { formatter: (value: number) => string } }).axisLabel.formatter;
    expect([formatter(2.5), formatter(12000)]).toEqual(['2,5', '12.000']);
  });

  it('draws a funnel: its limits, the national value across, and the named points at their size', () => {
    const funnel = {
      kind: 'registrations_per_10000' as const, target: 40, tenantCount: 5, overdispersionAdjusted: false,
      curve: [{ exposure: 10_000, lower998: 22, lower95: 28, upper95: 53, upper998: 61 }, { exposure: 50_000, lower998: 32, lower95: 35, upper95: 45, upper998: 49 }],
      points: [{ tenantId: 'lejre', value: 65.5, count: 180, exposure: 27_500, position: 'above_998' as const }],
    };
    const option = funnelChartOption(funnel, new Map([['lejre', 'Lejre Kommune']]), {
      ...labels, target: 'Landsgennemsnit', limits95: '95 %-grænser', limits998: '99,8 %-grænser', municipalities: 'Kommuner', exposureAxis: 'Indbyggere', valueAxis: 'Pr. 10.000',
    });
    const drawn = option.series as { name: string; type: string; data: unknown[] }[];
    expect(drawn.map((s) => s.name)).toEqual(['99,8 %-grænser', '99,8 %-grænser', '95 %-grænser', '95 %-grænser', 'Landsgennemsnit', 'Kommuner']);
    expect(drawn[2].data).toEqual([[10_000, 53], [50_000, 45]]);
    expect(drawn[4].data).toEqual([[10_000, 40], [50_000, 40]]);
    expect(drawn[5].data).toEqual([{ name: 'Lejre Kommune', value: [27_500, 65.5] }]);
    expect((option.xAxis as { type: string; axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter(10_000)).toBe('10.000');
  });

  it('grows with the number of municipalities', () => {
    expect(benchmarkChartHeight(6)).toBeGreaterThan(benchmarkChartHeight(3));
  });

  it('tells a screen reader the median, the quartiles and every value in rank order', () => {
    expect(benchmarkChartDescription('Henvendelser', rows, national, labels)).toBe(
      'Henvendelser: Landsmedian 46.2, kvartiler 45.8–55.9; Lejre Kommune 65,5; Norddjurs Kommune (egen kommune) 46,2; Aarhus <b>Kommune</b> ..',
    );
  });
});
