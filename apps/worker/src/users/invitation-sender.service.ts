import { Inject, Injectable, Logger } from '@nestjs/common';
import { inContext, newInvitationToken } from '@raadgiver/db';
import { isTenantRole, isUuid, JOBS, SendInvitationPayload } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { Mailer } from '../mail/mailer';
import { adminUrlOf, WORKER_CONFIG, type WorkerConfig } from '../worker-config';
import { invitationMail } from './invitation-mail';
import { invitationRepository } from './invitation.repository';

/** What a run did (the job's result): no address, no link. */
export interface SendInvitationResult {
  /** False when the invitation was accepted, revoked or expired before the e-mail went. */
  sent: boolean;
}

/** The admin's page that takes the link: a hash route, so the secret never reaches a server log. */
export function invitationLink(adminUrl: string, token: string): string {
  return `${adminUrl.replace(/\/+$/, '')}/#/invitation/${encodeURIComponent(token)}`;
}

/**
 * The users.send-invitation job: makes the invitation's link secret, keeps its hash and e-mails the link to the
 * invited address, in one transaction that commits only once the SMTP server took the mail (a failed send keeps the
 * earlier link, and the retry makes a new one). The secret exists only in the e-mail.
 */
@Injectable()
export class InvitationSender {
  private readonly logger = new Logger(InvitationSender.name);
  private readonly adminUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(WORKER_CONFIG) config: WorkerConfig,
  ) {
    this.adminUrl = adminUrlOf(config);
  }

  @JobHandler(JOBS.sendInvitation)
  handle(job: Job<SendInvitationPayload>): Promise<SendInvitationResult> {
    const { tenantId, invitationId } = job.data ?? {};
    if (!isUuid(tenantId) || !isUuid(invitationId)) throw new UnrecoverableError('The job payload needs tenantId and invitationId');
    return this.send(tenantId, invitationId);
  }

  async send(tenantId: string, invitationId: string): Promise<SendInvitationResult> {
    if (!this.mailer.enabled) throw new UnrecoverableError('SMTP_URL is not set: the invitation cannot be e-mailed');
    // The new link's hash is committed before the e-mail goes, so the link works the moment it arrives; a failed send
    // is retried with a new link (the one that failed to go is never seen), and only a sent one is marked as sent.
    const prepared = await inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      const invitation = await invitationRepository.lockOpen(em, invitationId);
      if (!invitation) return null;
      const { token, secretHash } = newInvitationToken(tenantId, invitationId);
      await invitationRepository.setTokenHash(em, invitationId, secretHash);
      return { invitation, token };
    });
    if (prepared) {
      const { invitation, token } = prepared;
      const mail = invitationMail({ tenantName: invitation.tenantName, roles: invitation.roles.filter(isTenantRole), lastDay: invitation.lastDay }, invitationLink(this.adminUrl, token));
      await this.mailer.send({ to: invitation.email, ...mail });
      await inContext(this.dataSource, { tenantId, userId: null }, (em) => invitationRepository.markSent(em, invitationId));
    }
    const sent = prepared !== null;
    this.logger.log(`Invitation ${invitationId} of tenant ${tenantId}: ${sent ? 'sent' : 'no longer open, not sent'}`);
    return { sent };
  }
}
