import { Injectable } from '@nestjs/common';
import { archivePackageJobQueueId, BuildArchivePackagePayload, JOBS } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the archives queue. */
@Injectable()
export class ArchiveQueue extends JobQueue<BuildArchivePackagePayload> {
  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.buildArchivePackage);
  }

  /** Enqueues a package's build with the transaction that asked for it; the same package twice gives one job. */
  enqueue(em: EntityManager, { tenantId, packageId }: BuildArchivePackagePayload): Promise<void> {
    return this.add(em, { tenantId, packageId }, { jobId: archivePackageJobQueueId(tenantId, packageId) });
  }
}
