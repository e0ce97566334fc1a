import { wordFragments } from './hyphenate';
import type { ReportLocale } from './model';

/** Width of `text` in the document's font, bold or not, at the table's font size. */
export type MeasureText = (text: string, bold: boolean) => number;

export interface ColumnText {
  /**
   * Every text of the column, the header first; each with whether it is set bold, and whether it is never broken
   * (a figure such as "130 (132)"), so that its whole line is the narrowest the column may be.
   */
  texts: { text: string; bold: boolean; nowrap?: boolean }[];
}

/** The narrowest and the widest a column's text asks for: its longest unbreakable piece, and its longest line. */
function columnBounds(texts: ColumnText['texts'], measure: MeasureText, locale: ReportLocale): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const { text, bold, nowrap } of texts) {
    for (const line of text.split('\n')) {
      max = Math.max(max, measure(line, bold));
      if (nowrap) min = Math.max(min, measure(line, bold));
      for (const word of line.split(/\s+/)) {
        const fragments = wordFragments(word, locale);
        // A piece broken off at a hyphenation point carries its hyphen.
        fragments.forEach((fragment, i) => (min = Math.max(min, measure(i < fragments.length - 1 ? `${fragment}-` : fragment, bold))));
      }
    }
  }
  return { min, max };
}

/**
 * Column widths from the content, as a browser lays out an automatic table: every column at least as wide as its
 * longest word piece (words break only at spaces and hyphenation points), the room left shared by how much more
 * each column would take to set its text on one line. `padding` is added on both sides of each column.
 */
export function columnWidths(columns: ColumnText[], available: number, measure: MeasureText, locale: ReportLocale, padding = 0): number[] {
  const bounds = columns.map((column) => {
    const { min, max } = columnBounds(column.texts, measure, locale);
    return { min: min + 2 * padding, max: max + 2 * padding };
  });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const maxTotal = sum(bounds.map((b) => b.max));
  if (maxTotal <= available) return bounds.map((b) => b.max + ((available - maxTotal) * b.max) / maxTotal);
  const minTotal = sum(bounds.map((b) => b.min));
  if (minTotal >= available) return bounds.map((b) => (available * b.min) / minTotal);
  const slack = sum(bounds.map((b) => b.max - b.min));
  return bounds.map((b) => b.min + ((available - minTotal) * (b.max - b.min)) / slack);
}
