import type { EChartsOption } from 'echarts';
import type { FunnelView, RankedRow, StatisticView } from './benchmark-view';

export interface BenchmarkChartLabels {
  /** "Landsmedian 46,2" */
  median: (value: number) => string;
  /** "Kvartiler 40,1–50,3" */
  quartiles: (lower: number, upper: number) => string;
  /** The own municipality's name on the axis: "Norddjurs Kommune (egen)". */
  own: (name: string) => string;
  /** A number on an axis in the page's language: "1.000", "2,5" in Danish. */
  number: (value: number) => string;
}

const BAR_COLOUR = '#9bb7d6';
const OWN_COLOUR = '#1f5fa8';
const MEDIAN_COLOUR = '#a61b1b';
const QUARTILE_COLOUR = 'rgba(166, 27, 27, 0.08)';
const TEXT_COLOUR = '#1d2330';

/** Room for the bars: the axis and the median's label, and a band per municipality. */
export function benchmarkChartHeight(rows: number): number {
  return 76 + Math.max(rows, 1) * 32;
}

/** The value axis reaches the largest bar and the upper quartile, so the national marks are always on the chart. */
export function valueAxisMax(rows: readonly Pick<RankedRow, 'value'>[], national: StatisticView | null): number {
  const largest = Math.max(0, ...rows.map((row) => row.value ?? 0), national?.upperQuartile ?? 0);
  if (largest === 0) return 1;
  // A round end a little past the largest mark: 46.2 → 50, 3.2 → 3.5, 180 → 200.
  const step = 10 ** Math.floor(Math.log10(largest)) / 2;
  return Math.ceil((largest * 1.05) / step) * step;
}

/**
 * A figure's ranked horizontal bar chart: one bar per named municipality, highest first, the own municipality in
 * the strong colour; ".." cells have no bar, only the text. The national median is a line across the bars and the
 * quartiles a shaded band. Names are drawn as SVG text, never as markup; no tooltip: the table holds the figures.
 */
export function benchmarkChartOption(rows: readonly RankedRow[], national: StatisticView | null, labels: BenchmarkChartLabels): EChartsOption {
  const marks = national
    ? {
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: MEDIAN_COLOUR, type: 'solid' as const, width: 2 },
          label: { position: 'start' as const, formatter: labels.median(national.median), color: MEDIAN_COLOUR, fontWeight: 'bold' as const },
          data: [{ xAxis: national.median, name: labels.median(national.median) }],
        },
        markArea: {
          silent: true,
          itemStyle: { color: QUARTILE_COLOUR },
          label: { show: false },
          data: [[{ xAxis: national.lowerQuartile, name: labels.quartiles(national.lowerQuartile, national.upperQuartile) }, { xAxis: national.upperQuartile }]] as [
            { xAxis: number; name: string },
            { xAxis: number },
          ][],
        },
      }
    : {};
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: valueAxisMax(rows, national), axisLabel: { formatter: (value: number) => labels.number(value) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => ({
        // The own municipality's bar stands out by colour and bold type; its name stays short enough for one line.
        value: row.name,
        textStyle: { fontWeight: row.own ? ('bold' as const) : ('normal' as const), color: TEXT_COLOUR },
      })),
      axisLabel: { width: 220, overflow: 'break', interval: 0 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: rows.map((row) => ({
          value: row.value ?? 0,
          itemStyle: { color: row.own ? OWN_COLOUR : BAR_COLOUR },
          label: { show: true, position: 'right' as const, color: TEXT_COLOUR, formatter: row.text, fontWeight: row.own ? ('bold' as const) : ('normal' as const) },
        })),
        ...marks,
      },
    ],
  };
}

/** What a screen reader hears for the chart: the national median, then every municipality's value in rank order. */
export function benchmarkChartDescription(title: string, rows: readonly RankedRow[], national: StatisticView | null, labels: BenchmarkChartLabels): string {
  const parts = rows.map((row) => `${row.own ? labels.own(row.name) : row.name} ${row.text}`);
  const median = national ? `${labels.median(national.median)}, ${labels.quartiles(national.lowerQuartile, national.upperQuartile)}; ` : '';
  return `${title}: ${median}${parts.join('; ')}`;
}

export interface FunnelChartLabels {
  number: (value: number) => string;
  /** The series' names, in the legend: the national value, the 95 % and the 99.8 % limits, the municipalities. */
  target: string;
  limits95: string;
  limits998: string;
  municipalities: string;
  /** The axes: the size (inhabitants, registrations) and the value (per 10,000, per cent). */
  exposureAxis: string;
  valueAxis: string;
}

const LIMIT_95_COLOUR = '#5a6b85';
const LIMIT_998_COLOUR = '#1d2330';
const POINT_COLOUR = '#1f5fa8';

/**
 * A funnel plot: the named municipalities' rates against their size (on a log axis, where the funnel narrows
 * evenly), the national value across, the 95 % limits dashed and the 99.8 % limits dotted. Names are drawn beside
 * the points as SVG text; the table beside the chart holds the figures.
 */
export function funnelChartOption(funnel: FunnelView, names: ReadonlyMap<string, string>, labels: FunnelChartLabels): EChartsOption {
  const limitLine = (name: string, pick: (l: FunnelView['curve'][number]) => number, colour: string, type: 'dashed' | 'dotted') => ({
    type: 'line' as const,
    name,
    showSymbol: false,
    silent: true,
    lineStyle: { color: colour, type, width: 1.5 },
    itemStyle: { color: colour },
    data: funnel.curve.map((l) => [l.exposure, pick(l)]),
  });
  const first = funnel.curve[0]?.exposure ?? 1;
  const last = funnel.curve.at(-1)?.exposure ?? first;
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 28, containLabel: true },
    legend: { top: 0, textStyle: { color: TEXT_COLOUR } },
    xAxis: {
      type: 'log',
      name: labels.exposureAxis,
      nameLocation: 'middle',
      nameGap: 28,
      min: first,
      max: last,
      axisLabel: { formatter: (value: number) => labels.number(value), color: TEXT_COLOUR, hideOverlap: true },
    },
    yAxis: { type: 'value', name: labels.valueAxis, min: 0, axisLabel: { formatter: (value: number) => labels.number(value), color: TEXT_COLOUR } },
    series: [
      limitLine(labels.limits998, (l) => l.upper998, LIMIT_998_COLOUR, 'dotted'),
      { ...limitLine(labels.limits998, (l) => l.lower998, LIMIT_998_COLOUR, 'dotted') },
      limitLine(labels.limits95, (l) => l.upper95, LIMIT_95_COLOUR, 'dashed'),
      { ...limitLine(labels.limits95, (l) => l.lower95, LIMIT_95_COLOUR, 'dashed') },
      {
        type: 'line',
        name: labels.target,
        showSymbol: false,
        silent: true,
        lineStyle: { color: MEDIAN_COLOUR, width: 2 },
        itemStyle: { color: MEDIAN_COLOUR },
        data: [[first, funnel.target], [last, funnel.target]],
      },
      {
        type: 'scatter',
        name: labels.municipalities,
        symbolSize: 9,
        itemStyle: { color: POINT_COLOUR },
        label: { show: true, position: 'right', color: TEXT_COLOUR, fontSize: 11, formatter: (p: { name: string }) => p.name },
        data: funnel.points.map((point) => ({ name: names.get(point.tenantId) ?? '', value: [point.exposure, point.value] })),
      },
    ],
  };
}
