import { Inject, Injectable } from '@nestjs/common';
import { followUpNoteJobQueueId, GenerateFollowUpNotePayload, JOBS } from '@raadgiver/domain';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the follow-up queue's note generation. */
@Injectable()
export class FollowUpNoteQueue extends JobQueue<GenerateFollowUpNotePayload> {
  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    super(config, JOBS.generateFollowUpNote);
  }

  /** Enqueues a note version's generation; adding the same version twice gives one job (the id is deterministic). */
  enqueue(payload: GenerateFollowUpNotePayload): Promise<void> {
    const { tenantId, reportId, version } = payload;
    return this.add({ tenantId, reportId, version }, { jobId: followUpNoteJobQueueId(tenantId, reportId, version) });
  }
}
