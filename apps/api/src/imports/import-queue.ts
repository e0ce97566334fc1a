import { Injectable } from '@nestjs/common';
import { ImportInquiriesPayload, importJobQueueId, JOBS } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/** The producer side of the imports queue. */
@Injectable()
export class ImportQueue extends JobQueue<ImportInquiriesPayload> {
  constructor(redis: JobsRedis) {
    super(redis, JOBS.importInquiries);
  }

  /** Enqueues the import; adding the same import twice gives one job (the id is deterministic). */
  enqueue(payload: ImportInquiriesPayload): Promise<void> {
    return this.add({ tenantId: payload.tenantId, importJobId: payload.importJobId }, { jobId: importJobQueueId(payload.tenantId, payload.importJobId) });
  }
}
