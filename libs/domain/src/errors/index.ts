export * from './error-codes';
export * from './language';
export * from './messages';
export * from './field-labels';
export * from './domain-errors';
