import { Injectable } from '@nestjs/common';
import { benchmarkRefreshDedupId, benchmarkRefreshDelayFromEnv, JOBS, RefreshBenchmarkPayload } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/**
 * The producer side of the benchmark queue. A change to a tenant's registrations asks for a refresh after a delay;
 * BullMQ's deduplication (keepLastIfActive) keeps at most one refresh per tenant waiting, and while one runs a
 * further change queues exactly one more, so the aggregates always catch up with the last change.
 */
@Injectable()
export class BenchmarkQueue extends JobQueue<RefreshBenchmarkPayload> {
  readonly delayMs = benchmarkRefreshDelayFromEnv(process.env);

  constructor(redis: JobsRedis) {
    super(redis, JOBS.refreshBenchmark);
  }

  /**
   * Asks for the tenant's refresh. Never fails the caller: the registration is stored either way, and the nightly
   * refresh catches up if Redis was away.
   */
  async refreshSoon(tenantId: string): Promise<void> {
    try {
      await this.add({ tenantId }, { delay: this.delayMs, deduplication: { id: benchmarkRefreshDedupId(tenantId), keepLastIfActive: true } });
    } catch (error) {
      this.logger.warn(`Benchmark refresh of tenant ${tenantId} could not be queued: ${(error as Error).message}`);
    }
  }
}
