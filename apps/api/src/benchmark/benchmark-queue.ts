import { Injectable } from '@nestjs/common';
import { benchmarkRefreshDedupId, benchmarkRefreshDelayFromEnv, JOBS, RefreshBenchmarkPayload } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/**
 * The producer side of the benchmark queue. A change to a tenant's registrations asks for a refresh after a delay;
 * BullMQ's deduplication (keepLastIfActive) keeps at most one refresh per tenant waiting, and while one runs a
 * further change queues exactly one more, so the aggregates always catch up with the last change.
 */
@Injectable()
export class BenchmarkQueue extends JobQueue<RefreshBenchmarkPayload> {
  readonly delayMs = benchmarkRefreshDelayFromEnv(process.env);

  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.refreshBenchmark);
  }

  /** Asks for the tenant's refresh with the transaction of the change: it follows the commit, also after a Redis outage. */
  refreshSoon(em: EntityManager, tenantId: string): Promise<void> {
    return this.add(em, { tenantId }, { delay: this.delayMs, deduplication: { id: benchmarkRefreshDedupId(tenantId), keepLastIfActive: true } });
  }
}
