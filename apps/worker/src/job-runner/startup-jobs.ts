import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobDefinition, JOBS, MISSING_BENCHMARK_SNAPSHOT_JOB_ID, MISSING_REPORT_DOCUMENTS_JOB_ID } from '@raadgiver/domain';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { withQueue } from './with-queue';

/** A job run once when a worker starts, under a stable id. */
export interface StartupJob {
  id: string;
  job: JobDefinition;
}

export const STARTUP_JOBS: readonly StartupJob[] = [
  // A new user sees the documents of every published report, also the ones the demo seed published.
  { id: MISSING_REPORT_DOCUMENTS_JOB_ID, job: JOBS.generateMissingReportDocuments },
  // The public benchmark answers from a snapshot: one is made at once where none is (after an upgrade, too).
  { id: MISSING_BENCHMARK_SNAPSHOT_JOB_ID, job: JOBS.publishMissingBenchmark },
];

/**
 * Adds the start-up jobs. The stable id makes workers that start together add one job; the job is removed when it is
 * done (or has failed for good), so the next start adds it again. The jobs themselves are idempotent.
 */
@Injectable()
export class StartupJobs {
  private readonly logger = new Logger(StartupJobs.name);

  constructor(@Inject(WORKER_CONFIG) private readonly config: WorkerConfig) {}

  async enqueue(jobs: readonly StartupJob[] = STARTUP_JOBS): Promise<void> {
    for (const { id, job } of jobs) {
      await withQueue(this.config, job.queue, (queue) =>
        queue.add(job.name, {}, { jobId: id, attempts: 3, backoff: { type: 'exponential', delay: 2_000 }, removeOnComplete: true, removeOnFail: true }),
      );
      this.logger.debug(`Start-up job ${job.name} added as ${id}`);
    }
  }
}
