export * from './inquiry-columns';
export * from './org-unit-names';
export * from './spreadsheet-formula';
export * from './import-problems';
