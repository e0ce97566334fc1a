import PDFDocument from 'pdfkit';
import { fontBold, fontRegular } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;
let measurer: Doc | null = null;

/**
 * Width of `text` in the embedded DejaVu Sans, for a CSS font string ("bold 11px DejaVu Sans"). ECharts lays out
 * labels with it, so the SVG, the PDF and the PNG agree on where text ends (its own server-side estimate is
 * for a narrower font and cut long Danish labels).
 */
export function measureText(text: string, font?: string): { width: number } {
  if (measurer === null) {
    measurer = new PDFDocument({ autoFirstPage: false });
    measurer.registerFont('regular', fontRegular());
    measurer.registerFont('bold', fontBold());
  }
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const bold = /\b(bold|[6-9]00)\b/.test(font ?? '');
  return { width: measurer.font(bold ? 'bold' : 'regular').fontSize(size).widthOfString(text) };
}
