export * from './retention.repository';
export * from './run-retention';
