import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BarChart } from './charts';
import { type Block, buildContent, type Cell, cellParts } from './content';
import { fontFiles } from './fonts';
import { type DocumentInfo, type ReportDocumentModel, reportInfo } from './model';

/** Page width between margins in the default A4 layout, in pixels at 96 dpi (docx sizes images in pixels). */
const IMAGE_WIDTH = 620;

/** The chart as PNG, the fallback Word versions without SVG support show. Rendered with the embedded font. */
export function chartPng(chart: BarChart, scale = 2): Buffer {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: chart.width * scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return Buffer.from(resvg.render().asPng());
}

type RunOptions = Omit<ConstructorParameters<typeof TextRun>[0] & object, 'text' | 'break'>;

/** Text as typed: each line break becomes a Word line break (a bare newline in a run would read as a space). */
function runs(text: string, options: RunOptions = {}): TextRun[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

function tableOf(block: Extract<Block, { type: 'table' }>): Table {
  const cell = (cell: Cell, column: number, header: boolean) =>
    new TableCell({
      children: cellParts(cell).map(
        (part) =>
          new Paragraph({
            alignment: block.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: runs(part.text, { bold: header || part.style === 'bold', italics: part.style === 'note' }),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((text, i) => cell(text, i, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

function children(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'cover':
      return [
        new Paragraph({ children: [new TextRun({ text: block.tenantName, bold: true })] }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.title)] }),
        new Paragraph({ children: [new TextRun(block.period)] }),
        ...(block.advisor ? [new Paragraph({ children: [new TextRun(block.advisor)] })] : []),
      ];
    case 'contents':
      return [];
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        new Paragraph({ children: [new TextRun(block.subtitle)] }),
      ];
    case 'heading':
      return [new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1], children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text, { italics: block.note === true, size: block.note ? 18 : undefined }) })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [tableOf(block), new Paragraph({})];
    case 'chart': {
      const width = Math.min(IMAGE_WIDTH, block.chart.width);
      const height = Math.round((block.chart.height * width) / block.chart.width);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: Buffer.from(block.chart.svg, 'utf8'),
              fallback: { type: 'png', data: chartPng(block.chart) },
              transformation: { width, height },
              altText: { name: block.chart.title, title: block.chart.title, description: block.chart.rows.map((r) => `${r.label}: ${r.valueLabel}`).join('; ') },
            }),
          ],
        }),
      ];
    }
  }
}

/** Blocks as DOCX for editing in Word: Word heading styles, Word tables, charts as SVG images with PNG fallback. */
export function docxOfBlocks(blocks: Block[], info: DocumentInfo): Promise<Buffer> {
  const document = new Document({
    creator: info.author,
    title: info.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.flatMap(children) }],
  });
  return Packer.toBuffer(document);
}

/** The report as DOCX for the advisor to edit. */
export function renderDocx(model: ReportDocumentModel): Promise<Buffer> {
  return docxOfBlocks(buildContent(model), reportInfo(model));
}
