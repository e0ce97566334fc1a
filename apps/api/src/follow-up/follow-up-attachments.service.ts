import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { checkAttachment, MAX_ATTACHMENTS_PER_FOLLOW_UP, UploadedAttachmentFile } from './follow-up-attachment-file';
import { ATTACHMENT_COLUMNS, CONTACT_SCOPE, RECOMMENDATION_IN_SCOPE } from './follow-up.repository';
import { FollowUpAttachmentType } from './follow-up.types';
import { NotFoundError, InvalidInputError, UnauthenticatedError, isUuid } from '@raadgiver/domain';

/**
 * A follow-up the caller may change attachments of: their own unit's answer to a recommendation in their scope,
 * locked so that two uploads at once cannot pass the per-answer limit together. $1 user, $2 the follow-up.
 */
const OWN_FOLLOW_UP = `SELECT f.id FROM recommendation_follow_up f JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id
  WHERE f.id = $2 AND f.org_unit_id IN (${CONTACT_SCOPE}) AND ${RECOMMENDATION_IN_SCOPE} FOR UPDATE OF f`;

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
      const [followUp] = await em.query<{ id: string }[]>(OWN_FOLLOW_UP, [userId, followUpId]);
      if (!followUp) throw new NotFoundError('follow_up', 'id');
      const checked = checkAttachment(file);
      const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM recommendation_follow_up_attachment WHERE follow_up_id = $1`, [followUp.id]);
      if (n >= MAX_ATTACHMENTS_PER_FOLLOW_UP) {
        throw InvalidInputError.of('file', 'too_many_attachments', { max: MAX_ATTACHMENTS_PER_FOLLOW_UP });
      }
      const [attachment] = await em.query<FollowUpAttachmentType[]>(
        `INSERT INTO recommendation_follow_up_attachment AS a (tenant_id, follow_up_id, file_name, content_type, byte_size, sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${ATTACHMENT_COLUMNS}`,
        [tenantId, followUp.id, checked.fileName, checked.contentType, checked.content.length, createHash('sha256').update(checked.content).digest('hex'), checked.content, userId],
      );
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation_follow_up.attachment_added', subjectType: 'recommendation_follow_up', subjectId: followUp.id,
        details: { attachmentId: attachment.id, byteSize: attachment.byteSize },
      });
      return attachment;
    });
  }

  async download(claims: AuthClaims | undefined, followUpId: string, id: string): Promise<AttachmentDownload> {
    const { tenantId, userId, roles } = tenantOf(claims);
    if (!isUuid(followUpId) || !isUuid(id)) throw new NotFoundError('attachment');
    return inContext(this.dataSource, { tenantId, userId }, async (em) => {
      const [row] = await em.query<(AttachmentDownload & { byteSize: number })[]>(
        `SELECT a.file_name AS "fileName", a.content_type AS "contentType", a.content, a.byte_size AS "byteSize"
           FROM recommendation_follow_up_attachment a
           JOIN recommendation_follow_up f ON f.tenant_id = a.tenant_id AND f.id = a.follow_up_id
           JOIN recommendation r ON r.tenant_id = f.tenant_id AND r.id = f.recommendation_id
          WHERE a.id = $2 AND a.follow_up_id = $3 AND ($4::boolean
            OR ($5::boolean AND EXISTS (SELECT 1 FROM report p WHERE p.tenant_id = r.tenant_id AND p.id = r.report_id AND p.status = 'published'))
            OR (${RECOMMENDATION_IN_SCOPE}))`,
        [userId, id, followUpId, roles.includes('advisor'), roles.includes('council_viewer')],
      );
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
      const [followUp] = await em.query<{ id: string }[]>(OWN_FOLLOW_UP, [userId, followUpId]);
      if (!followUp) throw new NotFoundError('attachment');
      const [removed] = await em.query<{ byteSize: number }[]>(
        `WITH removed AS (DELETE FROM recommendation_follow_up_attachment WHERE id = $1 AND follow_up_id = $2 RETURNING byte_size)
         SELECT byte_size AS "byteSize" FROM removed`,
        [id, followUp.id],
      );
      if (!removed) throw new NotFoundError('attachment');
      await this.audit.record(em, {
        tenantId, userId, action: 'recommendation_follow_up.attachment_removed', subjectType: 'recommendation_follow_up', subjectId: followUp.id,
        details: { attachmentId: id, byteSize: removed.byteSize },
      });
    });
  }
}

function tenantOf(claims: AuthClaims | undefined): { tenantId: string; userId: string; roles: AuthClaims['roles'] } {
  if (!claims?.tenantId) throw new UnauthenticatedError();
  return { tenantId: claims.tenantId, userId: claims.userId, roles: claims.roles };
}
