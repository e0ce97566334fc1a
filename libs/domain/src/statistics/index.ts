export * from './percent';
export * from './report-figures';
