import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type Block, buildContent } from './content';
import { fontBold, fontRegular } from './fonts';
import type { ReportDocumentModel } from './model';

const MARGIN = 56;
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawTable(doc: Doc, block: Extract<Block, { type: 'table' }>): void {
  const width = doc.page.width - 2 * MARGIN;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const columns = block.widths.map((w) => (w / total) * width);
  const pad = 4;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : REGULAR).fontSize(9);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i] - 2 * pad }))) + 2 * pad;
    ensureRoom(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x + pad, top + pad, { width: columns[i] - 2 * pad, align: block.numeric[i] ? 'right' : 'left' });
      x += columns[i];
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(bold ? 0.8 : 0.3)
      .strokeColor('#888888')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(block.header, true);
  for (const row of block.rows) drawRow(row, false);
  doc.moveDown(0.8);
}

const chartScale = (doc: Doc, chartWidth: number) => Math.min(1, (doc.page.width - 2 * MARGIN) / chartWidth);

function drawBlock(doc: Doc, block: Block): void {
  const width = doc.page.width - 2 * MARGIN;
  switch (block.type) {
    case 'title':
      doc.font(BOLD).fontSize(24).text(block.text, MARGIN, 200, { width });
      doc.moveDown(0.5).font(REGULAR).fontSize(13).text(block.subtitle, { width });
      doc.addPage();
      return;
    case 'heading':
      ensureRoom(doc, block.level === 1 ? 60 : 40);
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      doc.font(BOLD).fontSize(block.level === 1 ? 17 : 13).text(block.text, MARGIN, doc.y, { width });
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
    case 'bullet':
      doc.font(REGULAR).fontSize(11).text(`•  ${block.text}`, MARGIN + 12, doc.y, { width: width - 12 });
      doc.moveDown(0.2);
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

/** The report to publish, as PDF: DejaVu Sans embedded (Danish letters and most symbols), charts as vectors. */
export function renderPdf(model: ReportDocumentModel): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      lang: model.locale === 'da' ? 'da-DK' : 'en-GB',
      info: { Title: model.title, Author: model.tenantName, CreationDate: new Date(`${model.period.to}T00:00:00Z`) },
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
      const blocks = buildContent(model);
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
