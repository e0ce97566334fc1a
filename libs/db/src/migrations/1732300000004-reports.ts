import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** The report tables: written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const REPORT_TABLES = ['report', 'report_version', 'recommendation', 'recommendation_org_unit'] as const;

/**
 * The annual report (beretning): one per tenant and period, draft → generating → ready → published, with the
 * advisor's prose sections, numbered versions holding the figures they were made from, and its recommendations,
 * general or addressed to org units.
 */
export class Reports1732300000004 implements MigrationInterface {
  name = 'Reports1732300000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        period_from date NOT NULL,
        period_to date NOT NULL,
        comparison_from date,
        comparison_to date,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'generating', 'ready', 'published')),
        current_version int NOT NULL DEFAULT 0 CHECK (current_version >= 0),
        foreword text NOT NULL DEFAULT '' CHECK (length(foreword) <= 50000),
        themes text NOT NULL DEFAULT '' CHECK (length(themes) <= 50000),
        examples text NOT NULL DEFAULT '' CHECK (length(examples) <= 50000),
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        CHECK (period_to >= period_from),
        CHECK ((comparison_from IS NULL) = (comparison_to IS NULL)),
        CHECK (comparison_to IS NULL OR comparison_to >= comparison_from),
        CHECK ((status = 'published') = (published_at IS NOT NULL))
      );
      -- One report per tenant and period.
      CREATE UNIQUE INDEX report_period_idx ON report (tenant_id, period_from, period_to);

      CREATE TABLE report_version (
        tenant_id uuid NOT NULL,
        report_id uuid NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'generating' CHECK (status IN ('generating', 'ready', 'failed')),
        figures jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, report_id, version),
        FOREIGN KEY (tenant_id, report_id) REFERENCES report (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE recommendation (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        text text NOT NULL DEFAULT '' CHECK (length(text) <= 20000),
        sort_order int NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, report_id) REFERENCES report (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX recommendation_report_idx ON recommendation (tenant_id, report_id, sort_order);

      CREATE TABLE recommendation_org_unit (
        tenant_id uuid NOT NULL,
        recommendation_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, recommendation_id, org_unit_id),
        FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id)
      );
      CREATE INDEX recommendation_org_unit_unit_idx ON recommendation_org_unit (tenant_id, org_unit_id);
    `);
    await enableTenantRls(q, REPORT_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS recommendation_org_unit, recommendation, report_version, report');
  }
}
