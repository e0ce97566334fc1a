import { Inject, Injectable } from '@nestjs/common';
import { ImportInquiriesPayload, importJobQueueId, JOBS } from '@raadgiver/domain';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the imports queue. */
@Injectable()
export class ImportQueue extends JobQueue<ImportInquiriesPayload> {
  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    super(config, JOBS.importInquiries);
  }

  /** Enqueues the import; adding the same import twice gives one job (the id is deterministic). */
  enqueue(payload: ImportInquiriesPayload): Promise<void> {
    return this.add({ tenantId: payload.tenantId, importJobId: payload.importJobId }, { jobId: importJobQueueId(payload.tenantId, payload.importJobId) });
  }
}
