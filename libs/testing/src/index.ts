export * from './test-env';
export * from './test-database';
export * from './document-text';
export * from './mail-catcher';
