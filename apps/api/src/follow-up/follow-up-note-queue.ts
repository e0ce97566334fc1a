import { Injectable } from '@nestjs/common';
import { followUpNoteJobQueueId, GenerateFollowUpNotePayload, JOBS } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/** The producer side of the follow-up queue's note generation. */
@Injectable()
export class FollowUpNoteQueue extends JobQueue<GenerateFollowUpNotePayload> {
  constructor(redis: JobsRedis) {
    super(redis, JOBS.generateFollowUpNote);
  }

  /** Enqueues a note version's generation; adding the same version twice gives one job (the id is deterministic). */
  enqueue(payload: GenerateFollowUpNotePayload): Promise<void> {
    const { tenantId, reportId, version } = payload;
    return this.add({ tenantId, reportId, version }, { jobId: followUpNoteJobQueueId(tenantId, reportId, version) });
  }
}
