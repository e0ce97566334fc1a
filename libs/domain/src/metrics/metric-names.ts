/**
 * The names of every metric the API and the worker export at /metrics (Prometheus text format). The one list: the
 * dashboards and alert rules (infra/) may use only these names and prom-client's default metrics (process_*, nodejs_*).
 * Labels never carry personal data or unbounded values (boundedLabel).
 */
export const METRIC_NAMES = {
  /** Histogram; labels operation (the GraphQL operation's name, "anonymous" or "other"), status (ok|error). */
  graphqlRequestDuration: 'raadgiver_graphql_request_duration_seconds',
  /** Counter; labels operation, code (the error's extensions.code). */
  graphqlErrors: 'raadgiver_graphql_errors_total',
  /** Histogram; labels method, route (the matched route pattern, never the raw URL), status. */
  httpRequestDuration: 'raadgiver_http_request_duration_seconds',
  /** Gauge; label state (total|idle|waiting): the PostgreSQL pool under TypeORM. */
  dbPoolConnections: 'raadgiver_db_pool_connections',
  /** Gauge (worker); labels queue, state (waiting|active|delayed|failed); counted on scrape. */
  queueJobs: 'raadgiver_queue_jobs',
  /** Gauge (worker); label queue: age of the oldest waiting job, 0 when none waits. */
  queueOldestWaiting: 'raadgiver_queue_oldest_waiting_seconds',
  /** Histogram (worker); labels queue, name, outcome (completed|failed). */
  jobDuration: 'raadgiver_job_duration_seconds',
  /** Counter (worker); labels queue, name: every failed attempt. */
  jobsFailed: 'raadgiver_jobs_failed_total',
  /** Counter (worker); label outcome (done|failed): imports that ended. */
  imports: 'raadgiver_imports_total',
  /** Counter (worker); label format (pdf|docx|xlsx). */
  reportsGenerated: 'raadgiver_reports_generated_total',
  /** Gauge; label process (api|worker): 1 while the process's readiness checks pass, else 0. */
  healthReady: 'raadgiver_health_ready',
  /**
   * Gauge (worker); label kind (saml_idp_certificate|saml_sp_certificate): when the earliest certificate of that kind
   * expires over every enabled municipal SAML login, Unix seconds.
   */
  secretExpiry: 'raadgiver_secret_expiry_timestamp_seconds',
} as const;

export type MetricName = (typeof METRIC_NAMES)[keyof typeof METRIC_NAMES];

/** Every name above, for the dashboards' and alerts' checks. */
export const METRIC_NAME_LIST: readonly MetricName[] = Object.values(METRIC_NAMES);

/** The prefixes of prom-client's default metrics, which dashboards may use too. */
export const DEFAULT_METRIC_PREFIXES = ['process_', 'nodejs_'] as const;

/** Is `name` a metric this product exports (one of the list, or a default metric, or a histogram's series)? */
export function isKnownMetricName(name: string): boolean {
  const base = name.replace(/_(bucket|sum|count)$/, '');
  return METRIC_NAME_LIST.some((known) => known === name || known === base) || DEFAULT_METRIC_PREFIXES.some((prefix) => name.startsWith(prefix));
}

const LABEL_VALUE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A label value from outside (an operation's name, an error code), bounded: a value that is not an identifier of at
 * most 64 characters, or one more than `limit` distinct values, is counted as "other", so no client can grow the
 * number of series without bound.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 200) {}

  of(value: string | null | undefined, absent = 'anonymous'): string {
    if (value === null || value === undefined || value === '') return absent;
    if (!LABEL_VALUE.test(value)) return 'other';
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return 'other';
    this.seen.add(value);
    return value;
  }
}
