export * from './load-follow-up';
