import * as echarts from 'echarts';
import type { FoldedCounts } from '@raadgiver/domain';
import { comparedCount, formatInteger } from './format';
import { labelsFor } from './labels';
import { measureText } from './measure';
import type { ReportLocale } from './model';

export interface ChartRow {
  label: string;
  value: number;
  comparison: number | null;
  /** The bar's label: "151 (123)". */
  valueLabel: string;
}

export interface BarChart {
  title: string;
  rows: ChartRow[];
  svg: string;
  width: number;
  height: number;
}

/** Points in the PDF (the A4 text width), pixels in SVG and DOCX. */
export const CHART_WIDTH = 480;
const FONT_SIZE = 10;
const ROW_HEIGHT = 34;
const CHART_PADDING = 24;
export const CHART_FONT = 'DejaVu Sans';

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };
/** Text as SVG/XML character data, the same escaping ECharts uses for its labels. */
export const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => XML_ESCAPES[c]);

/** The bars of a folded count: the shown rows largest first, then "other" with how much it folded. */
export function chartRows(counts: FoldedCounts, locale: ReportLocale): ChartRow[] {
  const labels = labelsFor(locale);
  const rows: ChartRow[] = counts.rows.map((row) => ({
    label: row.name,
    value: row.count.current,
    comparison: row.count.comparison,
    valueLabel: comparedCount(row.count, locale),
  }));
  const other = counts.other;
  if (other.count.current > 0 || (other.count.comparison ?? 0) > 0) {
    rows.push({
      label: labels.other(formatInteger(other.count.current, locale), formatInteger(other.foldedEntries.current, locale)),
      value: other.count.current,
      comparison: other.count.comparison,
      valueLabel: comparedCount(other.count, locale),
    });
  }
  return rows;
}

/**
 * zrender numbers its instances, CSS classes and ids process-wide ("zr3-cls-17"); renumber them in order of
 * appearance so the SVG does not depend on what was drawn before it.
 */
function stableClassNames(svg: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-[\w-]+/g, (name) => {
    let stable = names.get(name);
    if (stable === undefined) {
      stable = `rg-${names.size}`;
      names.set(name, stable);
    }
    return stable;
  });
}

/**
 * A horizontal bar chart as SVG, drawn by ECharts' server-side SVG renderer (the admin draws the same with
 * the same library). Deterministic: the same rows give the same SVG, byte for byte.
 */
export function renderBarChartSvg(title: string, rows: ChartRow[], width = CHART_WIDTH): BarChart {
  const height = CHART_PADDING * 2 + Math.max(1, rows.length) * ROW_HEIGHT;
  echarts.setPlatformAPI({ measureText });
  const valueLabelWidth = Math.max(0, ...rows.map((row) => measureText(row.valueLabel, `${FONT_SIZE}px ${CHART_FONT}`).width));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: FONT_SIZE },
      grid: { left: 4, right: Math.ceil(valueLabelWidth) + 12, top: CHART_PADDING / 2, bottom: CHART_PADDING, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: CHART_FONT, fontSize: FONT_SIZE } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.label),
        axisTick: { show: false },
        axisLabel: { width: Math.round(width * 0.4), overflow: 'break', lineHeight: Math.round(FONT_SIZE * 1.3), fontFamily: CHART_FONT, fontSize: FONT_SIZE, color: '#222222' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          itemStyle: { color: '#1f5f8b' },
          data: rows.map((row) => row.value),
          label: {
            show: true,
            position: 'right',
            fontFamily: CHART_FONT,
            fontSize: FONT_SIZE,
            color: '#222222',
            formatter: (params: { dataIndex: number }) => rows[params.dataIndex]?.valueLabel ?? '',
          },
        },
      ],
    });
    // zrender numbers its instances process-wide; the class prefix must not depend on how many came before.
    const drawn = stableClassNames(chart.renderToSVGString());
    // The full labels (the axis breaks long ones over several lines) as the SVG's title and description.
    const description = rows.map((row) => `${row.label}: ${row.valueLabel}`).join('; ');
    const svg = drawn.replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`);
    return { title, rows, svg, width, height };
  } finally {
    chart.dispose();
  }
}

export function complaintCategoriesChart(counts: FoldedCounts, locale: ReportLocale): BarChart {
  return renderBarChartSvg(labelsFor(locale).categoriesChart, chartRows(counts, locale));
}

export function complaintOutcomesChart(counts: FoldedCounts, locale: ReportLocale): BarChart {
  return renderBarChartSvg(labelsFor(locale).outcomesChart, chartRows(counts, locale));
}
