export * from './recommendation-status';
export * from './follow-up-note';
export * from './department-order';
export * from './compliance';
