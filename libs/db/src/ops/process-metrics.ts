import { METRIC_NAMES } from '@raadgiver/domain';
import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

export type ProcessName = 'api' | 'worker';

/** The pg pool TypeORM's postgres driver keeps (`master`), or undefined before it connected. */
function poolOf(dataSource: DataSource): Pool | undefined {
  return (dataSource.driver as unknown as { master?: Pool }).master;
}

/**
 * One process's metrics registry (its own, not prom-client's global one, so that tests may build several apps in one
 * process): prom-client's default metrics, the PostgreSQL pool and readiness, collected when scraped. The API and the
 * worker add their own metrics to `registry`.
 */
export class ProcessMetrics {
  readonly registry = new Registry();

  /** `defaultMetrics`: prom-client's process_* and nodejs_* too (they watch the event loop and GC from then on). */
  constructor(processName: ProcessName, dataSource: DataSource, readiness: { isReady(): Promise<boolean> }, options: { defaultMetrics: boolean }) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: METRIC_NAMES.dbPoolConnections,
      help: 'Connections of the PostgreSQL pool by state (waiting: clients waiting for a connection)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = poolOf(dataSource);
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: METRIC_NAMES.healthReady,
      help: '1 while the process is ready (PostgreSQL, Redis, migrations), else 0',
      labelNames: ['process'],
      registers: [this.registry],
      async collect() {
        this.set({ process: processName }, (await readiness.isReady()) ? 1 : 0);
      },
    });
  }

  /** The Prometheus text exposition of every metric. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** Does the Authorization header carry `Bearer <token>`? Compared in constant time; no token configured: never. */
export function bearerTokenMatches(authorization: string | undefined, token: string | null): boolean {
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
