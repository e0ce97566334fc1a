export * from './benchmark.repository';
export * from './demo-benchmark';
export * from './load-benchmark';
export * from './national-taxonomy-v1';
export * from './refresh-benchmark';
export * from './benchmark-snapshot';
export * from './benchmark-snapshot.repository';
