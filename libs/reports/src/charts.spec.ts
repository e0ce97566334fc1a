import { chartRows, complaintCategoriesChart, complaintOutcomesChart, escapeXml, renderBarChartSvg } from './charts';
import { lejreModel, smallModel } from './test-fixtures';

describe('bar charts', () => {
  const { figures } = lejreModel();

  it('has a bar per shown category, largest first, then "other" with how much it folded', () => {
    const rows = chartRows(figures.complaintCategories, 'da');
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => r.value).slice(0, -1)].sort((a, b) => b - a).concat(rows[rows.length - 1].value));
    const other = figures.complaintCategories.other;
    expect(rows[rows.length - 1].label).toBe(`Øvrige (${other.count.current} i ${other.foldedEntries.current} typer)`);
    expect(rows[0].valueLabel).toBe(`${rows[0].value} (${rows[0].comparison})`);
  });

  it('contains every category label, the values with the comparison in parentheses, and is an SVG', () => {
    const chart = complaintCategoriesChart(figures.complaintCategories, 'da');
    expect(chart.svg.startsWith('<svg')).toBe(true);
    expect(chart.rows.length).toBe(figures.complaintCategories.rows.length + 1);
    for (const row of figures.complaintCategories.rows) {
      expect(chart.svg).toContain(escapeXml(row.name));
      expect(chart.svg).toContain(`&gt;${row.count.current} (${row.count.comparison})<`.replace('&gt;', '>'));
    }
    expect(chart.svg).toContain('Øvrige (');
    const outcomes = complaintOutcomesChart(figures.complaintOutcomes, 'da');
    for (const row of figures.complaintOutcomes.rows) expect(outcomes.svg).toContain(escapeXml(row.name));
  });

  it('is deterministic: the same input gives the same SVG', () => {
    const first = complaintCategoriesChart(figures.complaintCategories, 'da').svg;
    complaintOutcomesChart(figures.complaintOutcomes, 'da');
    const second = complaintCategoriesChart(lejreModel().figures.complaintCategories, 'da').svg;
    expect(second).toBe(first);
    expect(first).not.toMatch(/zr\d/);
  });

  it('escapes markup in labels, so it shows as typed', () => {
    const chart = renderBarChartSvg('Titel & <b>', [{ label: '<script>&"\' æøå', value: 2, comparison: null, valueLabel: '2' }]);
    expect(chart.svg).not.toContain('<script>');
    expect(chart.svg).toContain('&lt;script&gt;&amp;&quot;&#39; æøå');
  });

  it('labels the folded row in English with the English locale', () => {
    const rows = chartRows(smallModel('en').figures.complaintCategories, 'en');
    expect(rows.some((r) => /^Other \(\d+ in \d+ types?\)$/.test(r.label))).toBe(true);
  });

  it('reads in black and white: bars and text stand out from white paper in luminance alone', () => {
    const svg = complaintCategoriesChart(figures.complaintCategories, 'da').svg;
    const fills = (tag: string) => [...svg.matchAll(new RegExp(`<${tag} [^>]*fill="(#[0-9a-f]{6})"`, 'g'))].map((m) => m[1]);
    const bars = fills('path');
    const texts = fills('text');
    expect(bars.length).toBe(chartRows(figures.complaintCategories, 'da').length);
    expect(texts.length).toBeGreaterThan(0);
    // WCAG contrast against white, from relative luminance, which is all a black-and-white print keeps.
    for (const bar of new Set(bars)) expect(contrastWithWhite(bar)).toBeGreaterThanOrEqual(4.5);
    for (const text of new Set(texts)) expect(contrastWithWhite(text)).toBeGreaterThanOrEqual(4.5);
  });
});

/** The WCAG contrast ratio of a colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}
