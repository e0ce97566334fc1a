import { BoundedLabel, METRIC_NAMES } from '@raadgiver/domain';
import { ProcessMetrics } from '@raadgiver/db';
import { Counter, Histogram } from 'prom-client';

/** The API's metrics: the process's (ProcessMetrics) and its requests'. Label values are bounded (BoundedLabel). */
export class ApiMetrics {
  readonly graphqlRequestDuration: Histogram<'operation' | 'status'>;
  readonly graphqlErrors: Counter<'operation' | 'code'>;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  /** Operation names come from the client's documents: at most 200 of them, the rest "other". */
  readonly operations = new BoundedLabel(200);
  /** Error codes are the catalogue's and GraphQL's: bounded too, in case a new one slips through. */
  readonly errorCodes = new BoundedLabel(100);

  constructor(readonly processMetrics: ProcessMetrics) {
    const registers = [processMetrics.registry];
    this.graphqlRequestDuration = new Histogram({
      name: METRIC_NAMES.graphqlRequestDuration,
      help: 'GraphQL requests by operation name and outcome',
      labelNames: ['operation', 'status'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.graphqlErrors = new Counter({ name: METRIC_NAMES.graphqlErrors, help: 'GraphQL errors by operation name and code', labelNames: ['operation', 'code'], registers });
    this.httpRequestDuration = new Histogram({
      name: METRIC_NAMES.httpRequestDuration,
      help: 'HTTP requests by method, matched route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
  }

  /** One finished HTTP request, by method, matched route pattern (never its URL) and status. */
  observeHttpRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpRequestDuration.observe({ method, route, status: String(status) }, seconds);
  }
}
