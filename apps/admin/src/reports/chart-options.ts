import type { EChartsOption } from 'echarts';
import type { FoldedCountsView } from './report-view';

export interface BarChartLabels {
  /** The legend's names of the two periods ("2019", "2018"). */
  current: string;
  comparison: string;
  /** The "other" bar's name, saying how many types were folded into it. */
  other: (foldedEntries: number) => string;
}

export interface BarRow {
  name: string;
  current: number;
  comparison: number | null;
}

/** The rows a bar chart shows: largest first as the API sends them, then "other" when anything was folded. */
export function barRows(counts: FoldedCountsView, labels: Pick<BarChartLabels, 'other'>): BarRow[] {
  const rows: BarRow[] = counts.rows.map((row) => ({ name: row.name, current: row.count.current, comparison: row.count.comparison ?? null }));
  const { other } = counts;
  const folded = other.foldedEntries.current;
  if (other.count.current > 0 || (other.count.comparison ?? 0) > 0 || folded > 0) {
    rows.push({ name: labels.other(folded), current: other.count.current, comparison: other.count.comparison ?? null });
  }
  return rows;
}

/** Room for the bars: a fixed part for the axis and legend and a band per row. */
export function barChartHeight(rows: number, compared: boolean): number {
  return 72 + Math.max(rows, 1) * (compared ? 44 : 30);
}

const CURRENT_COLOUR = '#1f5fa8';
const COMPARISON_COLOUR = '#9bb7d6';

/**
 * A horizontal bar chart of folded counts (complaint categories or outcomes): one bar per row for the
 * period and, with a comparison, one beside it for the comparison period. The largest row is at the top.
 * Names are drawn as SVG text, never as markup; no tooltip, as the tables below hold the same figures.
 */
export function foldedCountsChartOption(counts: FoldedCountsView, labels: BarChartLabels): EChartsOption {
  const rows = barRows(counts, labels);
  const compared = rows.some((row) => row.comparison !== null) || (counts.total.comparison ?? null) !== null;
  const barLabel = { show: true, position: 'right' as const, color: '#1d2330' };
  const series: EChartsOption['series'] = [
    { type: 'bar', name: labels.current, data: rows.map((row) => row.current), itemStyle: { color: CURRENT_COLOUR }, label: barLabel },
  ];
  if (compared) {
    series.push({
      type: 'bar',
      name: labels.comparison,
      data: rows.map((row) => row.comparison ?? 0),
      itemStyle: { color: COMPARISON_COLOUR },
      label: barLabel,
    });
  }
  return {
    animation: false,
    legend: { show: compared, top: 0, data: compared ? [labels.current, labels.comparison] : [labels.current] },
    grid: { left: 8, right: 48, top: compared ? 32 : 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      axisLabel: { width: 260, overflow: 'break', interval: 0 },
    },
    series,
  };
}

/** What a screen reader hears for the chart: every bar's name and figures. */
export function chartDescription(title: string, rows: readonly BarRow[], format: (row: BarRow) => string): string {
  return `${title}: ${rows.map((row) => `${row.name} ${format(row)}`).join('; ')}`;
}
