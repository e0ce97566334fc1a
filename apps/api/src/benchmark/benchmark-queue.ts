import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { benchmarkRefreshDedupId, benchmarkRefreshDelayFromEnv, defaultJobOptions, JOBS, RefreshBenchmarkPayload } from '@raadgiver/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { queuePrefixFromEnv } from '../imports/import-queue';

/**
 * The producer side of the benchmark queue. A change to a tenant's registrations asks for a refresh after a delay;
 * BullMQ's deduplication (keepLastIfActive) keeps at most one refresh per tenant waiting, and while one runs a
 * further change queues exactly one more, so the aggregates always catch up with the last change.
 */
@Injectable()
export class BenchmarkQueue implements OnModuleDestroy {
  private readonly logger = new Logger(BenchmarkQueue.name);
  private readonly connection: Redis;
  private readonly queue: Queue<RefreshBenchmarkPayload>;
  readonly delayMs = benchmarkRefreshDelayFromEnv(process.env);

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.queue = new Queue<RefreshBenchmarkPayload>(JOBS.refreshBenchmark.queue, {
      connection: this.connection,
      prefix: queuePrefixFromEnv(process.env),
      defaultJobOptions,
    });
    this.queue.on('error', (error) => this.logger.warn(`Benchmark queue: ${error.message}`));
  }

  /**
   * Asks for the tenant's refresh. Never fails the caller: the registration is stored either way, and the nightly
   * refresh catches up if Redis was away.
   */
  async refreshSoon(tenantId: string): Promise<void> {
    try {
      await this.queue.add(JOBS.refreshBenchmark.name, { tenantId }, {
        delay: this.delayMs,
        deduplication: { id: benchmarkRefreshDedupId(tenantId), keepLastIfActive: true },
      });
    } catch (error) {
      this.logger.warn(`Benchmark refresh of tenant ${tenantId} could not be queued: ${(error as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}
