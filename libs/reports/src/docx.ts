import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type IParagraphStyleOptions,
  type IRunOptions,
  ImageRun,
  type ISectionOptions,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BarChart } from './charts';
import { columnWidths, type MeasureText } from './column-widths';
import { type Block, buildContent, type Cell, cellParts, chartAltText } from './content';
import { fontFiles } from './fonts';
import { labelsFor } from './labels';
import { measureText } from './measure';
import { type DocumentInfo, type Logo, type ReportDocumentModel, reportInfo } from './model';

/** A4 in twips (1/20 pt), with the PDF's margins of 56 pt. */
const PAGE = { width: 11906, height: 16838, margin: 1120 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** docx sizes images in pixels at 96 dpi: 15 twips to the pixel. */
const TWIPS_PER_PIXEL = 15;
const IMAGE_WIDTH = Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL);
/** The logo on the cover is at most this tall, in pixels; wide logos are narrowed to the text width. */
const LOGO_HEIGHT = 96;

/** Font sizes in half-points, as Word stores them. */
const BODY_SIZE = 22;
const TABLE_SIZE = 20;
const NOTE_SIZE = 18;
/** Word's default left and right cell margin, in twips; the column widths leave room for it. */
const CELL_MARGIN = 108;
/** A row estimated at up to this many lines is kept on one page; a longer one may break rather than leave a gap. */
const SHORT_ROW_LINES = 8;

/** The chart as PNG, the fallback Word versions without SVG support show. Rendered with the embedded font. */
export function chartPng(chart: BarChart, scale = 2): Buffer {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: chart.width * scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return Buffer.from(resvg.render().asPng());
}

type RunOptions = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/**
 * How the blocks are drawn for one document. Every run carries the document's language, besides the style defaults:
 * text copied into another document (a council's agenda template) keeps its proofing language and hyphenation.
 */
class DocxWriter {
  private readonly language: RunOptions['language'];

  constructor(private readonly info: DocumentInfo) {
    this.language = { value: labelsFor(info.locale).languageTag };
  }

  /** Text as typed: each line break becomes a Word line break (a bare newline in a run would read as a space). */
  runs(text: string, options: RunOptions = {}): TextRun[] {
    return text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line, i) => new TextRun({ ...options, language: this.language, text: line, break: i > 0 ? 1 : undefined }));
  }

  /** The running header: the municipality and the document's title. */
  header(): Header {
    return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: this.runs(this.info.runningHeader, { size: NOTE_SIZE }) })] });
  }

  /**
   * "Side 3 af 12": the label's words around Word's PAGE and NUMPAGES fields, in the label's word order. The label
   * takes numbers, so it is given two that no label's words contain, and the fields go where they stand.
   */
  footer(): Footer {
    const [page, pages] = [1_000_000_001, 1_000_000_002];
    const fields: Record<string, (typeof PageNumber)[keyof typeof PageNumber]> = { [page]: PageNumber.CURRENT, [pages]: PageNumber.TOTAL_PAGES };
    const parts = labelsFor(this.info.locale)
      .pageOf(page, pages)
      .split(new RegExp(`(${page}|${pages})`))
      .filter((part) => part !== '');
    const run = new TextRun({ size: NOTE_SIZE, language: this.language, children: parts.map((part) => fields[part] ?? part) });
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
  }

  children(block: Block): (Paragraph | Table | TableOfContents)[] {
    switch (block.type) {
      case 'cover':
        return [
          new Paragraph({ spacing: { before: 1280, after: 1600 }, children: block.logo ? [this.logo(block.logo, block.tenantName)] : this.runs(block.tenantName, { bold: true, size: 32 }) }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: this.runs(block.title) }),
          new Paragraph({ children: this.runs(block.period, { size: 26 }) }),
          ...(block.advisor ? [new Paragraph({ children: this.runs(block.advisor, { size: 26 }) })] : []),
        ];
      case 'contents':
        return [
          new Paragraph({ style: 'TOCHeading', children: this.runs(block.heading) }),
          new TableOfContents(block.heading, { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ children: [new PageBreak()] }),
        ];
      case 'title':
        return [new Paragraph({ heading: HeadingLevel.TITLE, children: this.runs(block.text) }), new Paragraph({ spacing: { after: 240 }, children: this.runs(block.subtitle) })];
      case 'heading':
        return [new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1], children: this.runs(block.text) })];
      case 'paragraph':
        return [new Paragraph({ children: this.runs(block.text, { italics: block.note === true, size: block.note ? NOTE_SIZE : undefined }) })];
      case 'list':
        return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: this.runs(item) }));
      case 'table':
        // An empty paragraph after the table, so two tables never merge into one and the text after has air.
        return [this.table(block), new Paragraph({})];
      case 'chart':
        return [new Paragraph({ children: [this.chart(block.chart)] })];
    }
  }

  private logo({ png, width, height }: Logo, tenantName: string): ImageRun {
    const scale = Math.min(LOGO_HEIGHT / height, IMAGE_WIDTH / width);
    return new ImageRun({
      type: 'png',
      data: png,
      transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
      altText: { name: `${tenantName} logo`, description: `${tenantName} logo` },
    });
  }

  /** The chart's SVG with a PNG fallback; its alternative text lists every bar's label and value. */
  private chart(chart: BarChart): ImageRun {
    const width = Math.min(IMAGE_WIDTH, chart.width);
    const height = Math.round((chart.height * width) / chart.width);
    return new ImageRun({
      type: 'svg',
      data: Buffer.from(chart.svg, 'utf8'),
      fallback: { type: 'png', data: chartPng(chart) },
      transformation: { width, height },
      altText: { name: chart.title, title: chart.title, description: chartAltText(chart) },
    });
  }

  /**
   * A Word table with the columns as wide as their content asks (measured in DejaVu Sans, a little wider than the
   * document's Calibri, so the proportions hold), the header row repeated on every page, and short rows kept whole.
   */
  private table(block: Extract<Block, { type: 'table' }>): Table {
    const widths = tableColumnWidths(block, this.info);
    const cell = (cell: Cell, column: number, header: boolean) =>
      new TableCell({
        width: { size: widths[column], type: WidthType.DXA },
        children: cellParts(cell).map(
          (part) =>
            new Paragraph({
              alignment: block.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: this.runs(part.text, { size: TABLE_SIZE, bold: header || part.style === 'bold', italics: part.style === 'note' }),
            }),
        ),
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text, i) => cell(text, i, true)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: rowLines(row, widths) <= SHORT_ROW_LINES, children: row.map((text, i) => cell(text, i, false)) })),
      ],
    });
  }
}

/** Text width in points at the tables' font size, in DejaVu Sans. */
const measureTable: MeasureText = (text, bold) => measureText(text, `${bold ? 'bold ' : ''}${TABLE_SIZE / 2}px DejaVu Sans`).width;

/** The columns' widths in twips, from their texts (the header set bold), summing to the text width. */
function tableColumnWidths(block: Extract<Block, { type: 'table' }>, info: DocumentInfo): number[] {
  const columns = block.header.map((header, i) => ({
    texts: [{ text: header, bold: true }, ...block.rows.flatMap((row) => cellParts(row[i]).map((part) => ({ text: part.text, bold: part.style === 'bold' })))],
  }));
  const points = columnWidths(columns, TEXT_WIDTH / 20, measureTable, info.locale, CELL_MARGIN / 20);
  return points.map((width) => Math.floor(width * 20));
}

/** About how many lines the row's tallest cell takes at the given column widths (in twips). */
function rowLines(row: Cell[], widths: number[]): number {
  const lines = (cell: Cell, width: number) =>
    cellParts(cell).reduce(
      (sum, part) => sum + part.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(measureTable(line, part.style === 'bold') / width)), 0),
      0,
    );
  return Math.max(...row.map((cell, i) => lines(cell, (widths[i] - 2 * CELL_MARGIN) / 20)));
}

/**
 * Word's built-in heading styles, by their built-in names (a Danish Word shows them as Overskrift 1–3), with the
 * outline levels the navigation pane, the table of contents and a PDF export's bookmarks are built from.
 */
const HEADING_STYLES: IParagraphStyleOptions[] = [32, 26, 24].map((size, level) => ({
  id: `Heading${level + 1}`,
  name: `heading ${level + 1}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before: level === 0 ? 360 : 240, after: 120 } },
  run: { bold: true, size, color: '1F3864' },
}));

/** Word's "TOC Heading": like a heading, but outside the outline, so the contents don't list themselves. */
const TOC_HEADING_STYLE: IParagraphStyleOptions = {
  id: 'TOCHeading',
  name: 'TOC Heading',
  basedOn: 'Heading1',
  next: 'Normal',
  quickFormat: true,
  paragraph: { outlineLevel: 9 },
};

/**
 * The cover alone, without header or footer, then the rest of the document with the running header and "Side X af
 * Y" (page numbers count the cover, as a PDF reader does).
 */
function sections(blocks: Block[], writer: DocxWriter): ISectionOptions[] {
  const properties = { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } };
  const body = (content: Block[]): ISectionOptions => ({
    properties,
    headers: { default: writer.header() },
    footers: { default: writer.footer() },
    children: content.flatMap((block) => writer.children(block)),
  });
  if (blocks[0]?.type !== 'cover') return [body(blocks)];
  return [{ properties, children: writer.children(blocks[0]) }, body(blocks.slice(1))];
}

/**
 * Blocks as DOCX to edit in Word and publish: Word's heading styles with outline levels, a table of contents Word
 * updates on opening, Word tables, charts as SVG images with a PNG fallback and alternative text, the document's
 * language on every run and Word's automatic hyphenation for it.
 */
export function docxOfBlocks(blocks: Block[], info: DocumentInfo): Promise<Buffer> {
  const writer = new DocxWriter(info);
  const document = new Document({
    creator: info.author,
    lastModifiedBy: info.author,
    title: info.title,
    features: { updateFields: true },
    hyphenation: { autoHyphenation: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: BODY_SIZE, language: { value: labelsFor(info.locale).languageTag } }, paragraph: { spacing: { after: 120 } } } },
      paragraphStyles: [...HEADING_STYLES, TOC_HEADING_STYLE],
    },
    sections: sections(blocks, writer),
  });
  return Packer.toBuffer(document);
}

/** The report as DOCX. */
export function renderDocx(model: ReportDocumentModel): Promise<Buffer> {
  return docxOfBlocks(buildContent(model), reportInfo(model));
}
