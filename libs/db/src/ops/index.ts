export * from './health.repository';
export * from './readiness';
export * from './process-metrics';
export * from './ops-settings';
