import { Injectable } from '@nestjs/common';
import { ImportInquiriesPayload, importJobQueueId, JOBS } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the imports queue. */
@Injectable()
export class ImportQueue extends JobQueue<ImportInquiriesPayload> {
  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.importInquiries);
  }

  /** Enqueues the import with the transaction that stored it; the same import twice gives one job (the id is deterministic). */
  enqueue(em: EntityManager, { tenantId, importJobId }: ImportInquiriesPayload): Promise<void> {
    return this.add(em, { tenantId, importJobId }, { jobId: importJobQueueId(tenantId, importJobId) });
  }
}
