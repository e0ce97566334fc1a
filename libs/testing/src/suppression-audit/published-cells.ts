import { BENCHMARK_METRIC_NAMES, BENCHMARK_METRICS, BenchmarkFigure, BenchmarkFunnelKind, BenchmarkMetric } from '@raadgiver/domain';

/**
 * One tenant's cell of one year as the public sees it, gathered from every place that shows it: the figure of its
 * year (value, count, rank), the trends of the figures of every other year (value only), and the downloads.
 */
export interface PublishedCell {
  tenantId: string;
  year: number;
  metric: BenchmarkMetric;
  code: string | null;
  /** Undefined where the place shows no such number (a trend point has no count). */
  value?: number | null;
  count?: number | null;
  rank?: number | null;
  suppressed: boolean;
  /** Where it was seen, for the findings. */
  source: string;
}

/** The figure whose count a funnel's point shows: the registrations', or the complaints' (of the complaint share). */
const COUNTED_IN: Record<BenchmarkFunnelKind, BenchmarkMetric> = {
  registrations_per_10000: 'registrations_per_10000',
  complaints_per_10000: 'complaint_share',
  complaint_share: 'complaint_share',
};

/** A funnel point shows its count (and, with the public population, its rate unrounded): the count is what matters. */
function cellsFromFunnels(year: number, figure: Pick<BenchmarkFigure, 'funnels'>, source: string): PublishedCell[] {
  return (figure.funnels ?? []).flatMap((funnel) =>
    funnel.points.map((point) => ({
      tenantId: point.tenantId, year, metric: COUNTED_IN[funnel.kind], code: null, count: point.count, suppressed: false, source: `${source} funnel ${funnel.kind}`,
    })),
  );
}

/** The cells of the public benchmark of one year: each value of a named tenant, each point of its trend and of the funnels. */
export function cellsFromFigures(year: number, figures: readonly BenchmarkFigure[], source = `benchmark(${year})`): PublishedCell[] {
  return figures.flatMap((figure) => [
    ...cellsFromFunnels(year, figure, source),
    ...figure.values.flatMap((v) => [
      { tenantId: v.tenantId, year, metric: figure.metric, code: figure.code, value: v.value, count: v.count, rank: v.rank, suppressed: v.suppressed, source },
      ...v.trend.map((point) => ({
        tenantId: v.tenantId, year: point.year, metric: figure.metric, code: figure.code, value: point.value, suppressed: point.suppressed, source: `${source} trend`,
      })),
    ]),
  ]);
}

/** The metric of a figure named in Danish (a figure of a code: "<metric name>: <code name>"). */
function metricNamed(name: string): BenchmarkMetric {
  const found = BENCHMARK_METRICS.find((m) => name === BENCHMARK_METRIC_NAMES[m][0] || name.startsWith(`${BENCHMARK_METRIC_NAMES[m][0]}: `));
  if (!found) throw new Error(`No benchmark metric is named "${name}"`);
  return found;
}

/**
 * The municipalities' cells from the rows of a download (År, Figur, Kode, Serie, Kommune, Værdi, Antal
 * henvendelser; the statistics rows carry no municipality and are left out). `suppressedLabel` is what a hidden
 * number reads as; a number is a number whether the sheet holds it as text or as a number.
 */
export function cellsFromDownloadRows(
  rows: readonly (readonly (string | number | null)[])[],
  tenantIdOfName: ReadonlyMap<string, string>,
  suppressedLabel: string,
  source: string,
): PublishedCell[] {
  const text = (cell: string | number | null | undefined) => (cell === null || cell === undefined ? '' : String(cell));
  return rows.slice(1).flatMap((row) => {
    const [year, figure, code, series, municipality, value, count] = row.map(text);
    if (series !== 'Kommune' && series !== 'Egen kommune') return [];
    const tenantId = tenantIdOfName.get(municipality);
    if (!tenantId) throw new Error(`The download names a municipality the benchmark does not show: ${municipality}`);
    const number = (cell: string) => (cell === '' || cell === suppressedLabel ? null : Number(cell));
    const suppressed = value === suppressedLabel || count === suppressedLabel;
    return [{ tenantId, year: Number(year), metric: metricNamed(figure), code: code === '' ? null : code, value: number(value), count: number(count), suppressed, source }];
  });
}

export function cellKey(cell: { tenantId: string; year: number; metric: BenchmarkMetric; code: string | null }): string {
  return `${cell.tenantId}|${cell.year}|${cell.metric}|${cell.code ?? ''}`;
}

/** A three-year rolling figure as the public sees it: its count is the sum of its years' counts. */
export interface PublishedRolling {
  tenantId: string;
  metric: BenchmarkMetric;
  fromYear: number;
  toYear: number;
  count: number | null;
  suppressed: boolean;
  source: string;
}

/** The rolling figures of the public benchmark of one year. */
export function rollingsFromFigures(year: number, figures: readonly BenchmarkFigure[], source = `benchmark(${year}) rolling`): PublishedRolling[] {
  return figures.flatMap((figure) =>
    figure.values.flatMap((v) => (v.rolling ? [{ tenantId: v.tenantId, metric: figure.metric, fromYear: v.rolling.fromYear, toYear: v.rolling.toYear, count: v.rolling.count, suppressed: v.rolling.suppressed, source }] : [])),
  );
}
