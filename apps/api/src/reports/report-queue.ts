import { Injectable } from '@nestjs/common';
import { GenerateReportPayload, JOBS, reportJobQueueId } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/** The producer side of the reports queue. */
@Injectable()
export class ReportQueue extends JobQueue<GenerateReportPayload> {
  constructor(redis: JobsRedis) {
    super(redis, JOBS.generateReport);
  }

  /** Enqueues a version's generation; adding the same version twice gives one job (the id is deterministic). */
  enqueue(payload: GenerateReportPayload): Promise<void> {
    const { tenantId, reportId, version } = payload;
    return this.add({ tenantId, reportId, version }, { jobId: reportJobQueueId(tenantId, reportId, version) });
  }
}
