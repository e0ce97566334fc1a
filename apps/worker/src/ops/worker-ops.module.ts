import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { ProcessMetrics, Readiness } from '@raadgiver/db';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { registerCertificateExpiry } from './certificate-expiry';
import { WorkerHttpServer } from './worker-http';
import { WorkerMetrics } from './worker-metrics';

/** The readiness probe's own Redis connection: one PING per probe, failing fast while Redis is away. */
@Injectable()
export class ProbeRedis implements OnApplicationShutdown {
  readonly connection: Redis;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.connection = new Redis({ ...redisConnectionOptions(config.redisUrl), lazyConnect: true, maxRetriesPerRequest: 1, connectionName: `raadgiver-worker-probe-${process.pid}` });
    this.connection.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.connection.disconnect();
  }
}

/** The worker's health probes and metrics, and the HTTP listener that serves them (main.ts starts it). */
@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  providers: [
    ProbeRedis,
    {
      provide: Readiness,
      inject: [HealthCheckService, HealthIndicatorService, DataSource, ProbeRedis],
      useFactory: (health: HealthCheckService, indicators: HealthIndicatorService, dataSource: DataSource, redis: ProbeRedis) =>
        new Readiness(health, indicators, { dataSource, pingRedis: () => redis.connection.ping() }),
    },
    {
      provide: WorkerMetrics,
      inject: [WORKER_CONFIG, DataSource, Readiness],
      useFactory: (config: WorkerConfig, dataSource: DataSource, readiness: Readiness) => {
        const processMetrics = new ProcessMetrics('worker', dataSource, readiness, { defaultMetrics: Boolean(config.http) });
        registerCertificateExpiry(processMetrics.registry, dataSource);
        return new WorkerMetrics(processMetrics, config);
      },
    },
    WorkerHttpServer,
  ],
  exports: [Readiness, WorkerMetrics, WorkerHttpServer],
})
export class WorkerOpsModule {}
