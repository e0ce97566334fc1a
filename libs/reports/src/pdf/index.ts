import { type Block, buildContent } from '../content';
import { type DocumentInfo, type ReportDocumentModel, reportInfo } from '../model';
import { BlockRenderer } from './blocks';
import { documentBytes } from './document';
import { Flow } from './flow';
import { drawPageFurniture } from './furniture';

/**
 * Blocks as an accessible A4 PDF (PDF/UA): tagged in reading order, DejaVu Sans embedded, charts as vectors with
 * alternative text, a table of contents with page numbers, bookmarks, running header and page numbers.
 */
export function pdfOfBlocks(blocks: Block[], info: DocumentInfo): Promise<Buffer> {
  return documentBytes(info, (doc) => {
    const root = doc.struct('Document');
    doc.addStructure(root);
    const flow = new Flow(doc, root);
    const renderer = new BlockRenderer(flow, info.locale);
    blocks.forEach((block, i) => renderer.draw(block, blocks.slice(i + 1)));
    renderer.finish();
    drawPageFurniture(flow, info, renderer.coverPages);
    root.end();
  });
}

/** The report to publish, as PDF. */
export function renderPdf(model: ReportDocumentModel): Promise<Buffer> {
  return pdfOfBlocks(buildContent(model), reportInfo(model));
}
