import { AuditAction } from '@raadgiver/domain';
import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A table of numbered versions of a report's documents, and the table of their files. */
type VersionTable = 'report_version' | 'follow_up_note';
type DocumentTable = 'report_document' | 'follow_up_note_document';

/** The queries every versioned document job runs on its two tables (a report's, a follow-up note's). */
export function versionedDocumentQueries(versions: VersionTable, documents: DocumentTable) {
  return {
    status: defineQuery([ID, 1, false], (reportId: string, version: number, lock: boolean) => {
      const query = qb.selectFrom(versions).select('status').where('report_id', '=', reportId).where('version', '=', version);
      return lock ? query.forUpdate() : query;
    }),
    progress: defineQuery([ID, 1, 50, false], (reportId: string, version: number, progress: number, clearError: boolean) =>
      qb
        .updateTable(versions)
        .set(clearError ? { progress, error: null } : { progress })
        .where('report_id', '=', reportId)
        .where('version', '=', version)
        .where('status', '=', 'generating'),
    ),
    removeDocuments: defineQuery([ID, 1], (reportId: string, version: number) =>
      qb.deleteFrom(documents).where('report_id', '=', reportId).where('version', '=', version),
    ),
    addDocument: defineQuery([ID, ID, 1, 'pdf', Buffer.from('%PDF'), 'sha256'], (tenantId: string, reportId: string, version: number, format: string, content: Buffer, sha256: string) =>
      qb.insertInto(documents).values({ tenant_id: tenantId, report_id: reportId, version, format, content, byte_size: content.length, sha256 }),
    ),
    markReady: defineQuery([ID, 1], (reportId: string, version: number) =>
      qb.updateTable(versions).set({ status: 'ready', progress: 100, error: null }).where('report_id', '=', reportId).where('version', '=', version),
    ),
    markFailed: defineQuery([ID, 1, 'reason'], (reportId: string, version: number, reason: string) =>
      qb
        .updateTable(versions)
        .set({ status: 'failed', error: reason })
        .where('report_id', '=', reportId)
        .where('version', '=', version)
        .where('status', '=', 'generating')
        .returning('version'),
    ),
    sizes: defineQuery([ID, 1], (reportId: string, version: number) =>
      qb.selectFrom(documents).select(['format', 'byte_size']).where('report_id', '=', reportId).where('version', '=', version),
    ),
    audit: defineQuery([ID, 'report.generated', ID, '{}'], (tenantId: string, action: string, reportId: string, details: string) =>
      qb.insertInto('audit_event').values({ tenant_id: tenantId, user_id: null, action, subject_type: 'report', subject_id: reportId, details: sql`${details}::jsonb` }),
    ),
  };
}

/** A versioned document job's reads and writes, each in the caller's transaction under the tenant's RLS. */
export function versionedDocumentRepository(queries: ReturnType<typeof versionedDocumentQueries>) {
  return {
    async status(em: EntityManager, reportId: string, version: number, lock = false): Promise<string | undefined> {
      const [row] = await runQuery(em, queries.status(reportId, version, lock));
      return row?.status;
    },
    /** Sets the progress of a version still generating (clearing an earlier attempt's error when asked). */
    async progress(em: EntityManager, reportId: string, version: number, progress: number, clearError = false): Promise<void> {
      await runWrite(em, queries.progress(reportId, version, progress, clearError));
    },
    /** Replaces the version's documents and marks it ready, with an audit entry `action`. */
    async storeReady(em: EntityManager, tenantId: string, reportId: string, version: number, files: Record<string, Buffer>, action: AuditAction): Promise<void> {
      await runWrite(em, queries.removeDocuments(reportId, version));
      for (const [format, content] of Object.entries(files)) {
        await runWrite(em, queries.addDocument(tenantId, reportId, version, format, content, createHash('sha256').update(content).digest('hex')));
      }
      await runWrite(em, queries.markReady(reportId, version));
      const bytes = Object.fromEntries(Object.entries(files).map(([format, content]) => [format, content.length]));
      await runWrite(em, queries.audit(tenantId, action, reportId, JSON.stringify({ version, bytes })));
    },
    /** Marks a version still generating failed; false when it was not generating. */
    async markFailed(em: EntityManager, reportId: string, version: number, reason: string): Promise<boolean> {
      return (await runQuery(em, queries.markFailed(reportId, version, reason.slice(0, 2_000)))).length > 0;
    },
    /** The stored documents' sizes by format. */
    async sizes(em: EntityManager, reportId: string, version: number): Promise<Record<string, number>> {
      return Object.fromEntries((await runQuery(em, queries.sizes(reportId, version))).map((row) => [row.format, row.byte_size]));
    },
  };
}
