import PDFDocument from 'pdfkit';
import { escapeXml } from '../charts';
import { fontBold, fontRegular } from '../fonts';
import type { DocumentInfo, ReportLocale } from '../model';
import type { Doc } from './flow';
import { BOLD, PAGE, REGULAR } from './styles';

export const languageTag = (locale: ReportLocale): string => (locale === 'da' ? 'da-DK' : 'en-GB');

/**
 * pdfkit copies the title and author into the XMP metadata without escaping them, so a title with "&" or "<" would
 * make the metadata invalid XML; they go in escaped (the document information dictionary keeps them as typed).
 */
function escapeXmpInfo(doc: Doc): void {
  const target = doc as unknown as { info: Record<string, unknown>; _addInfo: () => void };
  const addInfo = target._addInfo;
  target._addInfo = function (this: typeof target) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/**
 * A tagged PDF/UA document: PDF 1.7 with a structure tree, the language, the title shown instead of the file name,
 * and XMP metadata with `pdfuaid:part` 1 and `dc:title`. The creation date is the document's own date, so the same
 * content gives the same bytes (pdfkit derives the file ID from the information dictionary).
 */
function createDocument(info: DocumentInfo): Doc {
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    pdfVersion: '1.7',
    tagged: true,
    // pdfkit 0.20 knows PDF/UA; its type declarations (for 0.17) list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    displayTitle: true,
    lang: languageTag(info.locale),
    // Footers need the page count, and the table of contents the headings' pages: both are written at the end.
    bufferPages: true,
    info: { Title: info.title, Author: info.author, CreationDate: new Date(`${info.date}T00:00:00Z`) },
  });
  doc.registerFont(REGULAR, fontRegular());
  doc.registerFont(BOLD, fontBold());
  escapeXmpInfo(doc);
  return doc;
}

/** The bytes of a document that `draw` fills. */
export function documentBytes(info: DocumentInfo, draw: (doc: Doc) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = createDocument(info);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
