import { inContext } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { AuditAction, NotFoundError, Subject, UnauthenticatedError, isUuid } from '@raadgiver/domain';
import { reportRepository, VersionedDocumentTables } from './report.repository';

/** Where a kind of versioned report document lives: a report version's documents, or a follow-up note's. */
export interface VersionedDocumentKind<F extends string> extends VersionedDocumentTables {
  /** What a missing document is called in the not-found message. */
  subject: Subject;
  contentTypes: Record<F, string>;
  auditAction: AuditAction;
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
    const row = await reportRepository.document(em, kind, reportId, version, format, publishedOnly);
    if (!row) throw new NotFoundError(kind.subject);
    await audit.record(em, { tenantId, userId, action: kind.auditAction, subjectType: 'report', subjectId: reportId, details: { version, format } });
    return { content: row.content, contentType: kind.contentTypes[format], fileName: `${kind.fileStem}-${row.period_to.slice(0, 4)}-v${version}.${format}` };
  });
}
