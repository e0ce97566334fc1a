import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type Block, buildContent, type CellPart, cellParts } from './content';
import { fontBold, fontRegular } from './fonts';
import { type DocumentInfo, type ReportDocumentModel, reportInfo } from './model';

const MARGIN = 56;
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const CELL_PAD = 4;
const PART_GAP = 3;

function partFont(doc: Doc, part: CellPart, header: boolean): Doc {
  return doc
    .font(header || part.style === 'bold' ? BOLD : REGULAR)
    .fontSize(9)
    .fillColor(part.style === 'note' ? '#555555' : '#000000');
}

/** A cell's paragraphs one below the other; line breaks in the text are kept by pdfkit. */
function cellHeight(doc: Doc, parts: CellPart[], width: number, header: boolean): number {
  return parts.reduce((sum, part, i) => sum + partFont(doc, part, header).heightOfString(part.text, { width }) + (i > 0 ? PART_GAP : 0), 0);
}

function drawTable(doc: Doc, block: Extract<Block, { type: 'table' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  const columns = block.header.map(() => width / block.header.length);
  const drawRow = (cells: CellPart[][], header: boolean) => {
    const height = Math.max(...cells.map((parts, i) => cellHeight(doc, parts, columns[i] - 2 * CELL_PAD, header))) + 2 * CELL_PAD;
    ensureRoom(doc, Math.min(height, doc.page.height - doc.page.margins.top - doc.page.margins.bottom));
    const top = doc.y;
    const page = doc.page;
    let x = MARGIN;
    cells.forEach((parts, i) => {
      let y = top + CELL_PAD;
      for (const part of parts) {
        partFont(doc, part, header).text(part.text, x + CELL_PAD, y, { width: columns[i] - 2 * CELL_PAD, align: block.numeric[i] ? 'right' : 'left' });
        y = doc.y + PART_GAP;
      }
      x += columns[i];
    });
    // A cell taller than a page runs on to the next page (pdfkit breaks it); the rule then goes under its end.
    const bottom = doc.page === page ? top + height : doc.y + CELL_PAD;
    doc.fillColor('#000000');
    doc
      .moveTo(MARGIN, bottom)
      .lineTo(MARGIN + width, bottom)
      .lineWidth(header ? 0.8 : 0.3)
      .strokeColor('#888888')
      .stroke();
    doc.x = MARGIN;
    doc.y = bottom;
  };
  drawRow(block.header.map((text) => [{ text }]), true);
  for (const row of block.rows) drawRow(row.map(cellParts), false);
  doc.moveDown(0.8);
}

const chartScale = (doc: Doc, chartWidth: number) => Math.min(1, (doc.page.width - 2 * MARGIN) / chartWidth);

function drawBlock(doc: Doc, block: Block): void {
  const width = doc.page.width - 2 * MARGIN;
  switch (block.type) {
    case 'cover':
      doc.font(BOLD).fontSize(14).text(block.tenantName, MARGIN, 120, { width });
      doc.font(BOLD).fontSize(24).text(block.title, MARGIN, 200, { width });
      doc.moveDown(0.5).font(REGULAR).fontSize(13).text(block.period, { width });
      if (block.advisor) doc.moveDown(0.3).text(block.advisor, { width });
      doc.addPage();
      return;
    case 'contents':
      return;
    case 'title':
      doc.font(BOLD).fontSize(18).text(block.text, MARGIN, doc.y, { width });
      doc.moveDown(0.3).font(REGULAR).fontSize(11).fillColor('#444444').text(block.subtitle, { width });
      doc.fillColor('#000000').moveDown(1);
      return;
    case 'heading':
      ensureRoom(doc, block.level === 1 ? 60 : 40);
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      doc.font(BOLD).fontSize([17, 13, 11][block.level - 1]).text(block.text, MARGIN, doc.y, { width });
      doc.moveDown(0.4);
      return;
    case 'paragraph':
      doc
        .font(REGULAR)
        .fontSize(block.note ? 9 : 11)
        .fillColor(block.note ? '#444444' : '#000000')
        .text(block.text, MARGIN, doc.y, { width });
      doc.fillColor('#000000').moveDown(0.5);
      return;
    case 'list':
      for (const item of block.items) {
        doc.font(REGULAR).fontSize(11).text(`•  ${item}`, MARGIN + 12, doc.y, { width: width - 12 });
        doc.moveDown(0.2);
      }
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'chart': {
      const scale = chartScale(doc, block.chart.width);
      const height = block.chart.height * scale;
      ensureRoom(doc, height);
      const top = doc.y;
      SVGtoPDF(doc, block.chart.svg, MARGIN, top, {
        width: block.chart.width * scale,
        height,
        assumePt: true,
        fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : REGULAR),
      });
      doc.x = MARGIN;
      doc.y = top + height;
      doc.moveDown(0.8);
      return;
    }
  }
}

/** Blocks as an A4 PDF: DejaVu Sans embedded (Danish letters and most symbols), charts as vectors. */
export function pdfOfBlocks(blocks: Block[], info: DocumentInfo): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      lang: info.locale === 'da' ? 'da-DK' : 'en-GB',
      info: { Title: info.title, Author: info.author, CreationDate: new Date(`${info.date}T00:00:00Z`) },
      bufferPages: false,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont(REGULAR, fontRegular());
      doc.registerFont(BOLD, fontBold());
      doc.font(REGULAR);
      blocks.forEach((block, i) => {
        // Keep a heading on the page of the chart that follows it.
        const next = blocks[i + 1];
        if (block.type === 'heading' && next?.type === 'chart') ensureRoom(doc, 50 + next.chart.height * chartScale(doc, next.chart.width));
        drawBlock(doc, block);
      });
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** The report to publish, as PDF. */
export function renderPdf(model: ReportDocumentModel): Promise<Buffer> {
  return pdfOfBlocks(buildContent(model), reportInfo(model));
}
