export * from './model';
export * from './format';
export * from './labels';
export * from './charts';
export * from './content';
export { pdfOfBlocks, renderPdf } from './pdf';
export { docxOfBlocks, renderDocx, chartPng } from './docx';
export { renderXlsx } from './xlsx';
export { buildFollowUpNoteContent, renderFollowUpNoteDocx, renderFollowUpNotePdf } from './follow-up-note';
