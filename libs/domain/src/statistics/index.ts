export * from './decided-cases';
export * from './percent';
export * from './registration-columns';
export * from './report-figures';
export * from './counting-rules';
