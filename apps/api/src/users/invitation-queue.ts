import { Injectable } from '@nestjs/common';
import { JOBS, SendInvitationPayload } from '@raadgiver/domain';
import { JobQueue } from '../jobs/job-queue';
import { JobsRedis } from '../jobs/jobs-redis';

/** The producer side of the invitation e-mails. */
@Injectable()
export class InvitationQueue extends JobQueue<SendInvitationPayload> {
  constructor(redis: JobsRedis) {
    super(redis, JOBS.sendInvitation);
  }

  /** Runs after the invitation's commit: a Redis outage leaves it unsent (the admin sees no sentAt and invites again). */
  async enqueue(payload: SendInvitationPayload): Promise<void> {
    const { tenantId, invitationId } = payload;
    try {
      await this.add({ tenantId, invitationId }, { jobId: `invitation:${tenantId}:${invitationId}` });
    } catch (error) {
      this.logger.warn(`Invitation ${invitationId} of tenant ${tenantId} could not be queued: ${(error as Error).message}`);
    }
  }
}
