import { Injectable } from '@nestjs/common';
import { JOBS, SendInvitationPayload } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { JobOutbox } from '../jobs/job-outbox';
import { JobQueue } from '../jobs/job-queue';

/** The producer side of the invitation e-mails. */
@Injectable()
export class InvitationQueue extends JobQueue<SendInvitationPayload> {
  constructor(outbox: JobOutbox) {
    super(outbox, JOBS.sendInvitation);
  }

  /** Enqueues the e-mail with the transaction that made the invitation, so it is sent once that commits, Redis or not. */
  enqueue(em: EntityManager, { tenantId, invitationId }: SendInvitationPayload): Promise<void> {
    return this.add(em, { tenantId, invitationId }, { jobId: `invitation:${tenantId}:${invitationId}` });
  }
}
