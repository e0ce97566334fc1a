import { Injectable } from '@nestjs/common';
import { GenerateReportPayload, JOBS, reportJobQueueId } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the reports queue. */
@Injectable()
export class ReportQueue extends JobQueue<GenerateReportPayload> {
  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.generateReport);
  }

  /** Enqueues a version's generation with the transaction that started it; the same version twice gives one job. */
  enqueue(em: EntityManager, { tenantId, reportId, version }: GenerateReportPayload): Promise<void> {
    return this.add(em, { tenantId, reportId, version }, { jobId: reportJobQueueId(tenantId, reportId, version) });
  }
}
