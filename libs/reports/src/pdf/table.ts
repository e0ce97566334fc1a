import { type Block, cellParts, type CellPart } from '../content';
import { columnWidths } from '../column-widths';
import { hyphenate } from '../hyphenate';
import type { ReportLocale } from '../model';
import type { Flow, StructElement } from './flow';
import { lineHeight, RULE, STYLES, type TextStyle } from './styles';

type TableBlock = Extract<Block, { type: 'table' }>;

const PADDING = 4;
/** Between the paragraphs of a cell. */
const PART_GAP = 3;
const LINE = lineHeight(STYLES.cell);

interface CellLine {
  text: string;
  style: TextStyle;
  /** From the top of the cell's text. */
  offset: number;
}

interface Row {
  cells: CellLine[][];
  /** With the padding above and below. */
  height: number;
}

export interface TableLayout {
  widths: number[];
  numeric: boolean[];
  header: Row;
  rows: Row[];
}

const partStyle = (part: CellPart, header: boolean): TextStyle => {
  if (header || part.style === 'bold') return STYLES.cellBold;
  return part.style === 'note' ? STYLES.cellNote : STYLES.cell;
};

/**
 * A cell's paragraphs one below the other, hyphenated and broken to the column's width; figures ("130 (132)") are
 * not broken, their column is made wide enough.
 */
function cellLines(flow: Flow, parts: CellPart[], width: number, numeric: boolean, header: boolean, locale: ReportLocale): CellLine[] {
  const lines: CellLine[] = [];
  let offset = 0;
  parts.forEach((part, i) => {
    if (i > 0) offset += PART_GAP;
    const style = partStyle(part, header);
    // Header labels are broken inside a word only where a word is wider than the column.
    const texts = numeric && !header ? part.text.split('\n') : flow.wrap(hyphenate(part.text, locale), style, width - 2 * PADDING, header ? 0 : undefined);
    for (const text of texts) {
      lines.push({ text, style, offset });
      offset += LINE;
    }
  });
  return lines;
}

function rowOf(cells: CellLine[][]): Row {
  const content = Math.max(...cells.map((lines) => (lines.length === 0 ? 0 : lines[lines.length - 1].offset + LINE)));
  return { cells, height: content + 2 * PADDING };
}

/** Column widths from the content (words break only at spaces and hyphenation points), and every row's lines. */
export function layoutTable(flow: Flow, block: TableBlock, locale: ReportLocale): TableLayout {
  const rows = block.rows.map((row) => row.map(cellParts));
  const header = block.header.map((text): CellPart[] => [{ text }]);
  const columns = block.header.map((_, i) => ({
    texts: [header[i], ...rows.map((row) => row[i])].flatMap((parts, r) => parts.map((part) => ({ text: part.text, bold: r === 0 || part.style === 'bold', nowrap: r > 0 && block.numeric[i] }))),
  }));
  const measure = (text: string, bold: boolean) => flow.measure(bold ? STYLES.cellBold : STYLES.cell)(text);
  const widths = columnWidths(columns, flow.width, measure, locale, PADDING);
  const layoutRow = (cells: CellPart[][], isHeader: boolean) => rowOf(cells.map((parts, i) => cellLines(flow, parts, widths[i], block.numeric[i], isHeader, locale)));
  return { widths, numeric: block.numeric, header: layoutRow(header, true), rows: rows.map((row) => layoutRow(row, false)) };
}

/** The height the table needs where it starts: the header and the first row (or as much of it as one page takes). */
export function tableStartHeight(flow: Flow, layout: TableLayout): number {
  const first = layout.rows[0]?.height ?? 0;
  return layout.header.height + Math.min(first, flow.bodyHeight / 2);
}

/** Draws each cell's `lines` in a band starting at `top`, the first of them at the band's top; `tag` wraps each cell's drawing. */
function drawCells(flow: Flow, layout: TableLayout, cells: CellLine[][], top: number, tag: (i: number, draw: () => void) => void): void {
  let x = flow.left;
  cells.forEach((lines, i) => {
    const left = x;
    if (lines.length > 0) {
      const start = lines[0].offset;
      tag(i, () => {
        for (const line of lines) flow.drawLine(line.text, line.style, left + PADDING, top + PADDING + line.offset - start, layout.widths[i] - 2 * PADDING, layout.numeric[i] ? 'right' : 'left');
      });
    }
    x += layout.widths[i];
  });
}

/** The header row with a rule under it; `tag` wraps each cell's drawing. */
function drawHeader(flow: Flow, layout: TableLayout, tag: (i: number, draw: () => void) => void): void {
  const top = flow.doc.y;
  drawCells(flow, layout, layout.header.cells, top, tag);
  flow.doc.y = top + layout.header.height;
  flow.rule(flow.left, flow.doc.y, flow.width, 0.8, RULE);
}

/**
 * A body row: on this page if it fits, else on the next (under the repeated header) if it fits on a page, else split
 * line by line over as many pages as it takes.
 */
function drawRow(flow: Flow, layout: TableLayout, row: Row, table: StructElement): void {
  const continuePage = () => {
    flow.newPage();
    // The header again at the top of the page: a repetition, so an artifact rather than content.
    drawHeader(flow, layout, (_, draw) => flow.artifact('Pagination', draw));
  };
  const fitsOnAPage = row.height <= flow.bodyHeight - layout.header.height;
  if (row.height > flow.room && (fitsOnAPage || flow.room < 2 * PADDING + LINE)) continuePage();
  const element = flow.container(table, 'TR');
  const cells = row.cells.map(() => flow.container(element, 'TD'));
  const drawn = row.cells.map(() => 0);
  for (;;) {
    const top = flow.doc.y;
    const room = flow.room - 2 * PADDING;
    const shown = row.cells.map((lines, i) => {
      const rest = lines.slice(drawn[i]);
      const start = rest[0]?.offset ?? 0;
      return rest.filter((line) => line.offset - start + LINE <= room);
    });
    drawCells(flow, layout, shown, top, (i, draw) => cells[i].add(draw));
    const height = Math.max(...shown.map((lines) => (lines.length === 0 ? 0 : lines[lines.length - 1].offset - lines[0].offset + LINE))) + 2 * PADDING;
    shown.forEach((lines, i) => (drawn[i] += lines.length));
    flow.doc.y = top + height;
    flow.rule(flow.left, flow.doc.y, flow.width, 0.3, RULE);
    if (row.cells.every((lines, i) => drawn[i] >= lines.length)) break;
    continuePage();
  }
  for (const cell of cells) cell.end();
  element.end();
}

/** A table as Table/TR/TH/TD, header cells scoped to their column; broken across pages row by row. */
export function drawTable(flow: Flow, layout: TableLayout): void {
  flow.keepTogether(tableStartHeight(flow, layout));
  const table = flow.container(flow.root, 'Table');
  flow.rule(flow.left, flow.doc.y, flow.width, 0.8, RULE);
  const header = flow.container(table, 'TR');
  drawHeader(flow, layout, (_, draw) => flow.tag(header, 'TH', draw, { scope: 'Column' }));
  header.end();
  for (const row of layout.rows) drawRow(flow, layout, row, table);
  table.end();
  flow.doc.y += STYLES.body.size;
}
