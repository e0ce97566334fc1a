export * from './load-registrations';
