export * from './model';
export * from './format';
export * from './labels';
export * from './charts';
export * from './content';
export { renderPdf } from './pdf';
export { renderDocx, chartPng } from './docx';
export { renderXlsx } from './xlsx';
