import { ProcessMetrics } from '@raadgiver/db';
import { METRIC_NAMES } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { workerConfigFromEnv } from '../worker-config';
import { WorkerMetrics } from './worker-metrics';

describe('WorkerMetrics', () => {
  it('registers the job, queue, import and report metrics, the pool and readiness under their names', () => {
    const config = workerConfigFromEnv({ DATABASE_URL: 'postgres://raadgiver_app@127.0.0.1/raadgiver' });
    const metrics = new WorkerMetrics(new ProcessMetrics('worker', new DataSource({ type: 'postgres' }), { isReady: async () => true }, { defaultMetrics: false }), config);
    const names = metrics.processMetrics.registry.getMetricsAsArray().map((metric) => metric.name);
    expect(names.sort()).toEqual(
      [
        METRIC_NAMES.jobDuration,
        METRIC_NAMES.jobsFailed,
        METRIC_NAMES.imports,
        METRIC_NAMES.reportsGenerated,
        METRIC_NAMES.queueJobs,
        METRIC_NAMES.queueOldestWaiting,
        METRIC_NAMES.dbPoolConnections,
        METRIC_NAMES.healthReady,
      ].sort(),
    );
  });
});
