import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** The report document table: written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const REPORT_DOCUMENT_TABLES = ['report_document'] as const;

/**
 * The documents the worker makes of a report version (PDF, DOCX, XLSX), stored together with the version's
 * status change in one transaction, and the version's progress and error for the admin's progress bar.
 */
export class ReportDocuments1732300000005 implements MigrationInterface {
  name = 'ReportDocuments1732300000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_version
        ADD COLUMN progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        ADD COLUMN error text;

      CREATE TABLE report_document (
        tenant_id uuid NOT NULL,
        report_id uuid NOT NULL,
        version int NOT NULL,
        format text NOT NULL CHECK (format IN ('pdf', 'docx', 'xlsx')),
        content bytea NOT NULL,
        byte_size int NOT NULL CHECK (byte_size >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, report_id, version, format),
        FOREIGN KEY (tenant_id, report_id, version) REFERENCES report_version (tenant_id, report_id, version) ON DELETE CASCADE
      );
    `);
    await enableTenantRls(q, REPORT_DOCUMENT_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS report_document');
    await q.query('ALTER TABLE report_version DROP COLUMN IF EXISTS progress, DROP COLUMN IF EXISTS error');
  }
}
