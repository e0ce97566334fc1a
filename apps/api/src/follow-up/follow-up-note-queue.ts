import { Injectable } from '@nestjs/common';
import { followUpNoteJobQueueId, GenerateFollowUpNotePayload, JOBS } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the follow-up queue's note generation. */
@Injectable()
export class FollowUpNoteQueue extends JobQueue<GenerateFollowUpNotePayload> {
  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.generateFollowUpNote);
  }

  /** Enqueues a note version's generation with the transaction that started it; the same version twice gives one job. */
  enqueue(em: EntityManager, { tenantId, reportId, version }: GenerateFollowUpNotePayload): Promise<void> {
    return this.add(em, { tenantId, reportId, version }, { jobId: followUpNoteJobQueueId(tenantId, reportId, version) });
  }
}
