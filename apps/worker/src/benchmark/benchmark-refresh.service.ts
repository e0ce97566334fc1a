import { Injectable, Logger } from '@nestjs/common';
import { BenchmarkRefreshResult, benchmarkSnapshotRepository, inContext, NO_CONTEXT, publishBenchmarkSnapshotInContext, refreshAndPublishBenchmark, refreshTenantBenchmarkInContext, tenantRepository } from '@raadgiver/db';
import { isUuid, JOBS, RefreshBenchmarkPayload } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';

/**
 * The benchmark's jobs: a tenant's refresh (added, debounced, when its registrations change) and the nightly
 * refresh of every tenant (scheduled in JOB_SCHEDULES), each followed by the public snapshot the API answers from. Two refreshes of one
 * tenant never overlap: the refresh takes a per-tenant advisory lock in its transaction.
 */
@Injectable()
export class BenchmarkRefreshService {
  private readonly logger = new Logger(BenchmarkRefreshService.name);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.refreshBenchmark)
  async refresh(job: Job<RefreshBenchmarkPayload>): Promise<BenchmarkRefreshResult> {
    const tenantId = job.data?.tenantId;
    if (!isUuid(tenantId)) throw new UnrecoverableError('The job payload needs tenantId');
    return refreshAndPublishBenchmark(this.dataSource, tenantId);
  }

  /**
   * The start-up job: every tenant refreshed and published when no snapshot exists, so the public benchmark and the
   * figures' comparability do not wait for the nightly run after an installation or an upgrade.
   */
  @JobHandler(JOBS.publishMissingBenchmark)
  async publishIfMissing(): Promise<{ refreshed: boolean }> {
    const newest = await inContext(this.dataSource, NO_CONTEXT, (em) => benchmarkSnapshotRepository.newest(em));
    if (newest !== null) return { refreshed: false };
    await this.refreshAll();
    return { refreshed: true };
  }

  @JobHandler(JOBS.refreshAllBenchmarks)
  async refreshAll(): Promise<{ tenants: number; periods: number }> {
    const tenants = await inContext(this.dataSource, NO_CONTEXT, (em) => tenantRepository.all(em));
    let periods = 0;
    for (const { id } of tenants) periods += (await refreshTenantBenchmarkInContext(this.dataSource, id)).periods;
    // Published once, after every tenant: the snapshot of the whole country, not 98 intermediate ones.
    const { version } = await publishBenchmarkSnapshotInContext(this.dataSource);
    this.logger.log(`Benchmark refreshed for ${tenants.length} tenants (${periods} periods), published as ${version}`);
    return { tenants: tenants.length, periods };
  }
}
