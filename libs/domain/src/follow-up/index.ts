export * from './recommendation-status';
