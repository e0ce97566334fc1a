import { BoundedLabel, isKnownMetricName, METRIC_NAME_LIST, METRIC_NAMES } from './metric-names';

describe('the metric names', () => {
  it('are exactly the names the dashboards and alerts are written against', () => {
    expect([...METRIC_NAME_LIST].sort()).toEqual(
      [
        'raadgiver_graphql_request_duration_seconds',
        'raadgiver_graphql_errors_total',
        'raadgiver_http_request_duration_seconds',
        'raadgiver_db_pool_connections',
        'raadgiver_queue_jobs',
        'raadgiver_queue_oldest_waiting_seconds',
        'raadgiver_job_duration_seconds',
        'raadgiver_jobs_failed_total',
        'raadgiver_imports_total',
        'raadgiver_reports_generated_total',
        'raadgiver_health_ready',
      ].sort(),
    );
  });

  it('knows a histogram by its series, the default metrics by prefix, and nothing else', () => {
    expect(isKnownMetricName(`${METRIC_NAMES.jobDuration}_bucket`)).toBe(true);
    expect(isKnownMetricName(`${METRIC_NAMES.graphqlRequestDuration}_count`)).toBe(true);
    expect(isKnownMetricName(METRIC_NAMES.queueJobs)).toBe(true);
    expect(isKnownMetricName('process_resident_memory_bytes')).toBe(true);
    expect(isKnownMetricName('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(isKnownMetricName('raadgiver_queue_job')).toBe(false);
    expect(isKnownMetricName('http_requests_total')).toBe(false);
  });
});

describe('BoundedLabel', () => {
  it('keeps identifiers, names a missing value, and counts anything else as "other"', () => {
    const label = new BoundedLabel(10);
    expect(label.of('ReportsPage')).toBe('ReportsPage');
    expect(label.of(undefined)).toBe('anonymous');
    expect(label.of(null, 'none')).toBe('none');
    expect(label.of('Not-A-Name')).toBe('other');
    expect(label.of('x'.repeat(65))).toBe('other');
    expect(label.of('anna@example.dk')).toBe('other');
  });

  it('takes at most its limit of distinct values, and keeps the ones it took', () => {
    const label = new BoundedLabel(3);
    expect(['A', 'B', 'C', 'D', 'A', 'E'].map((value) => label.of(value))).toEqual(['A', 'B', 'C', 'other', 'A', 'other']);
  });
});
