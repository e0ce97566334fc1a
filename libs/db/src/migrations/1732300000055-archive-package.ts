import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const ARCHIVE_PACKAGE_TABLES = ['archive_package'] as const;

/**
 * An archive of a period for the municipality's archive authority (modelled on an arkiveringsversion, not a
 * certified one): every inquiry of the period with its personal data, the learning entries, the documents and the
 * audit trail, built by a worker job into one ZIP. The tenant admin marks it delivered; by default the nightly
 * retention run removes personal data of a period only once a delivered archive covers it.
 * `scope` is 'period' for an archive and 'everything' for the operator's export before a municipality leaves.
 */
export class ArchivePackage1732300000055 implements MigrationInterface {
  name = 'ArchivePackage1732300000055';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE archive_package (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        scope text NOT NULL DEFAULT 'period' CHECK (scope IN ('period', 'everything')),
        period_from date NOT NULL,
        period_to date NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'ready', 'failed')),
        requested_by uuid REFERENCES app_user (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        error_code text CHECK (error_code IS NULL OR length(error_code) BETWEEN 1 AND 100),
        content bytea,
        size_bytes bigint,
        sha256 text CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$'),
        delivered_at timestamptz,
        delivered_by uuid REFERENCES app_user (id),
        PRIMARY KEY (tenant_id, id),
        CHECK (period_from <= period_to),
        CHECK (delivered_at IS NULL OR status = 'ready')
      );
      CREATE INDEX archive_package_delivered_idx ON archive_package (tenant_id, period_from, period_to) WHERE delivered_at IS NOT NULL;
    `);
    await enableTenantRls(q, ARCHIVE_PACKAGE_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE archive_package');
  }
}
