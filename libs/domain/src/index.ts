export * from './access/roles';
export * from './catalog/inquiry-kind';
export * from './catalog/text-limits';
export * from './errors/error-codes';
export * from './jobs/queues';
export * from './org-units/org-unit';
export * from './inquiries';
export * from './import-export';
