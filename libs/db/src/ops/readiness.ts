import { ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckResult, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { healthRepository } from './health.repository';

/** How long one check may take before it counts as down (a hung server answers nothing at all). */
const CHECK_TIMEOUT_MS = 2_000;

/** What a process's readiness depends on. */
export interface ReadinessSources {
  dataSource: DataSource;
  /** Resolves when Redis answers (a PING on a connection the process uses). */
  pingRedis: () => Promise<unknown>;
}

/** The names of the migrations this build knows, as TypeORM records them in schema_migration. */
export function knownMigrationNames(): string[] {
  return MIGRATIONS.map((migration) => new migration().name ?? migration.name);
}

/** `work`, or a rejection once `ms` have passed without its end. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A process's readiness (terminus): PostgreSQL answers, Redis answers, every migration of this build is applied, and
 * the process is not shutting down. A failed check is named with "down" and nothing more: no message, no URL. Each
 * check runs anew, so readiness returns by itself when a server comes back (the pool opens new connections).
 */
export class Readiness {
  private stopping = false;
  private migrationsApplied = false;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly sources: ReadinessSources,
  ) {}

  /** From now on readiness fails, so that a load balancer stops sending new requests while the running ones end. */
  beginShutdown(): void {
    this.stopping = true;
  }

  /** The checks' result; throws terminus's ServiceUnavailableException (503, the same body) when one is down. */
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.probe('shutdown', async () => {
        if (this.stopping) throw new Error('shutting down');
      }),
      () => this.probe('database', () => healthRepository.ping(this.sources.dataSource)),
      () => this.probe('migrations', () => this.checkMigrations()),
      () => this.probe('redis', () => this.sources.pingRedis()),
    ]);
  }

  /** The checks' result and whether all are up, for an answer with 200 or 503 and the result as its body. */
  async report(): Promise<{ ready: boolean; result: HealthCheckResult }> {
    try {
      return { ready: true, result: await this.check() };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { ready: false, result: error.getResponse() as HealthCheckResult };
      throw error;
    }
  }

  async isReady(): Promise<boolean> {
    return (await this.report()).ready;
  }

  private async probe(key: string, check: () => Promise<unknown>) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(check(), CHECK_TIMEOUT_MS);
      return indicator.up();
    } catch {
      return indicator.down();
    }
  }

  /** Once every known migration was seen applied, it stays so: migrations are never rolled back in operation. */
  private async checkMigrations(): Promise<void> {
    if (this.migrationsApplied) return;
    const applied = new Set(await healthRepository.appliedMigrationNames(this.sources.dataSource));
    const missing = knownMigrationNames().filter((name) => !applied.has(name));
    if (missing.length > 0) throw new Error(`${missing.length} migration(s) not applied`);
    this.migrationsApplied = true;
  }
}
