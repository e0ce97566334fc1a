import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { checkAttachment, MAX_ATTACHMENTS_PER_FOLLOW_UP, UploadedAttachmentFile } from './follow-up-attachment-file';
import { attachmentRepository } from './follow-up.repository';
import { FollowUpAttachmentType } from './follow-up.types';
import { NotFoundError, InvalidInputError, UnauthenticatedError, isUuid } from '@raadgiver/domain';

export interface AttachmentDownload {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * The files department contacts attach to their answers. Only the answering unit's contacts add and remove them;
 * the advisor, the contacts who may read the answer and (for published reports) the council viewer download them.
 * Everything else, another tenant's ids included, is not found. The audit log gets ids and sizes, never names.
 */
@Injectable()
export class FollowUpAttachmentsService {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async upload(claims: AuthClaims | undefined, followUpId: string, file: UploadedAttachmentFile | undefined): Promise<FollowUpAttachmentType> {
    const { tenantId, userId } = tenantOf(claims);
    if (!isUuid(followUpId)) throw new NotFoundError('follow_up', 'id');
    return inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const ownFollowUpId = await attachmentRepository.ownFollowUp(em, userId, followUpId);
      if (!ownFollowUpId) throw new NotFoundError('follow_up', 'id');
      const checked = checkAttachment(file);
      if ((await attachmentRepository.count(em, ownFollowUpId)) >= MAX_ATTACHMENTS_PER_FOLLOW_UP) {
        throw InvalidInputError.of('file', 'too_many_attachments', { max: MAX_ATTACHMENTS_PER_FOLLOW_UP });
      }
      const attachment = await attachmentRepository.add(em, tenantId, ownFollowUpId, checked, createHash('sha256').update(checked.content).digest('hex'), userId);
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation_follow_up.attachment_added', subjectType: 'recommendation_follow_up', subjectId: ownFollowUpId,
        details: { attachmentId: attachment.id, byteSize: attachment.byteSize },
      });
      return attachment;
    });
  }

  async download(claims: AuthClaims | undefined, followUpId: string, id: string): Promise<AttachmentDownload> {
    const { tenantId, userId, roles } = tenantOf(claims);
    if (!isUuid(followUpId) || !isUuid(id)) throw new NotFoundError('attachment');
    return inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const row = await attachmentRepository.download(em, userId, id, followUpId, roles.includes('advisor'), roles.includes('council_viewer'));
      if (!row) throw new NotFoundError('attachment');
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation_follow_up.attachment_downloaded', subjectType: 'recommendation_follow_up', subjectId: followUpId,
        details: { attachmentId: id, byteSize: row.byteSize },
      });
      return { fileName: row.fileName, contentType: row.contentType, content: row.content };
    });
  }

  async remove(claims: AuthClaims | undefined, followUpId: string, id: string): Promise<void> {
    const { tenantId, userId } = tenantOf(claims);
    if (!isUuid(followUpId) || !isUuid(id)) throw new NotFoundError('attachment');
    await inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const ownFollowUpId = await attachmentRepository.ownFollowUp(em, userId, followUpId);
      if (!ownFollowUpId) throw new NotFoundError('attachment');
      const byteSize = await attachmentRepository.remove(em, id, ownFollowUpId);
      if (byteSize === undefined) throw new NotFoundError('attachment');
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation_follow_up.attachment_removed', subjectType: 'recommendation_follow_up', subjectId: ownFollowUpId,
        details: { attachmentId: id, byteSize },
      });
    });
  }
}

function tenantOf(claims: AuthClaims | undefined): { tenantId: string; userId: string; roles: AuthClaims['roles'] } {
  if (!claims?.tenantId) throw new UnauthenticatedError();
  return { tenantId: claims.tenantId, userId: claims.userId, roles: claims.roles };
}
