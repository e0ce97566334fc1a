import { Injectable } from '@nestjs/common';
import { archivePackageJobQueueId, BuildArchivePackagePayload, JOBS } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/** The producer side of the archives queue. */
@Injectable()
export class ArchiveQueue extends JobQueue<BuildArchivePackagePayload> {
  constructor(redis: JobsRedis) {
    super(redis, JOBS.buildArchivePackage);
  }

  /** Enqueues a package's build; the same package twice gives one job. */
  enqueue({ tenantId, packageId }: BuildArchivePackagePayload): Promise<void> {
    return this.add({ tenantId, packageId }, { jobId: archivePackageJobQueueId(tenantId, packageId) });
  }
}
