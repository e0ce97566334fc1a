export * from './test-env';
export * from './test-database';
export * from './document-text';
export * from './mail-catcher';
export * from './suppression-audit/linear-bounds';
export * from './suppression-audit/published-cells';
export * from './suppression-audit/suppression-audit';
export * from './factories/builders';
