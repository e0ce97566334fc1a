import { ProcessMetrics } from '@raadgiver/db';
import { METRIC_NAMES } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { ApiMetrics } from './api-metrics';

describe('ApiMetrics', () => {
  it('registers the request metrics, the pool and readiness under their names', () => {
    const metrics = new ApiMetrics(new ProcessMetrics('api', new DataSource({ type: 'postgres' }), { isReady: async () => true }, { defaultMetrics: false }));
    const names = metrics.processMetrics.registry.getMetricsAsArray().map((metric) => metric.name);
    expect(names.sort()).toEqual(
      [METRIC_NAMES.graphqlRequestDuration, METRIC_NAMES.graphqlErrors, METRIC_NAMES.httpRequestDuration, METRIC_NAMES.dbPoolConnections, METRIC_NAMES.healthReady].sort(),
    );
  });
});
