import { inContext } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { NotFoundError, Subject, UnauthenticatedError, isUuid } from '@raadgiver/domain';

/** Where a kind of versioned report document lives: a report version's documents, or a follow-up note's. */
export interface VersionedDocumentKind<F extends string> {
  /** What a missing document is called in the not-found message. */
  subject: Subject;
  documentTable: 'report_document' | 'follow_up_note_document';
  versionTable: 'report_version' | 'follow_up_note';
  contentTypes: Record<F, string>;
  auditAction: string;
  /** File name without year, version and extension, e.g. "beretning". */
  fileStem: string;
}

export interface StoredDocument {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * A stored document of a READY version, for a download endpoint. Another tenant's report (hidden by RLS), a council
 * viewer's unpublished one, a version not ready, a bad id or a missing document are all not found. Audited.
 */
export function readVersionedDocument<F extends string>(
  dataSource: DataSource,
  audit: AuditService,
  kind: VersionedDocumentKind<F>,
  claims: AuthClaims | undefined,
  reportId: string,
  versionParam: string,
  format: F,
): Promise<StoredDocument> {
  if (!claims?.tenantId) throw new UnauthenticatedError();
  const { tenantId, userId } = { tenantId: claims.tenantId, userId: claims.userId };
  const version = /^[1-9][0-9]{0,8}$/.test(versionParam) ? Number(versionParam) : NaN;
  if (!isUuid(reportId) || !Number.isInteger(version) || !(format in kind.contentTypes)) throw new NotFoundError(kind.subject);
  const publishedOnly = !claims.roles.includes('advisor');
  return inContext(dataSource, { tenantId, userId }, async (em) => {
    const [row] = await em.query<{ content: Buffer; period_to: string }[]>(
      `SELECT d.content, r.period_to::text
         FROM ${kind.documentTable} d
         JOIN ${kind.versionTable} v ON v.tenant_id = d.tenant_id AND v.report_id = d.report_id AND v.version = d.version
         JOIN report r ON r.tenant_id = d.tenant_id AND r.id = d.report_id
        WHERE d.report_id = $1 AND d.version = $2 AND d.format = $3 AND v.status = 'ready'
          AND ($4::boolean = false OR r.status = 'published')`,
      [reportId, version, format, publishedOnly],
    );
    if (!row) throw new NotFoundError(kind.subject);
    await audit.record(em, { tenantId, userId, action: kind.auditAction, subjectType: 'report', subjectId: reportId, details: { version, format } });
    return { content: row.content, contentType: kind.contentTypes[format], fileName: `${kind.fileStem}-${row.period_to.slice(0, 4)}-v${version}.${format}` };
  });
}
