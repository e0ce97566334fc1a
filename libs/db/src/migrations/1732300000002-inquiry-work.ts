import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/**
 * What the advisor's daily work needs beyond the foundation: the advisor's own reference for a
 * citizen, fast free-text search, learning entries, and imports that run as jobs.
 */
export class InquiryWork1732300000002 implements MigrationInterface {
  name = 'InquiryWork1732300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Trusted extension: the database owner may create it.
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      ALTER TABLE citizen ADD COLUMN reference text;
      UPDATE citizen SET reference = id::text WHERE reference IS NULL;
      ALTER TABLE citizen ALTER COLUMN reference SET NOT NULL;
      ALTER TABLE citizen ADD CONSTRAINT citizen_reference_check CHECK (length(btrim(reference)) BETWEEN 1 AND 100);
      CREATE UNIQUE INDEX citizen_reference_idx ON citizen (tenant_id, reference);

      ALTER TABLE inquiry ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE inquiry ADD CONSTRAINT inquiry_dates_check CHECK (
        (first_contact_on IS NULL OR first_contact_on >= received_on) AND (closed_on IS NULL OR closed_on >= received_on));
      CREATE INDEX inquiry_list_idx ON inquiry (tenant_id, received_on DESC, id DESC);
      CREATE INDEX inquiry_kind_idx ON inquiry (tenant_id, kind, received_on);
      CREATE INDEX inquiry_outcome_idx ON inquiry (tenant_id, outcome_id);
      CREATE INDEX inquiry_main_idx ON inquiry (tenant_id, main_inquiry_id) WHERE main_inquiry_id IS NOT NULL;
      CREATE INDEX inquiry_summary_trgm_idx ON inquiry USING gin (summary gin_trgm_ops);
      CREATE INDEX inquiry_reference_trgm_idx ON inquiry USING gin (reference gin_trgm_ops);

      CREATE TABLE learning_entry (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        inquiry_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        what_went_wrong text NOT NULL CHECK (length(what_went_wrong) <= 10000),
        why text NOT NULL DEFAULT '' CHECK (length(why) <= 10000),
        what_was_learnt text NOT NULL DEFAULT '' CHECK (length(what_was_learnt) <= 10000),
        can_recur text NOT NULL DEFAULT 'unknown' CHECK (can_recur IN ('yes', 'no', 'unknown')),
        prevention text NOT NULL DEFAULT '' CHECK (length(prevention) <= 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, inquiry_id) REFERENCES inquiry (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id)
      );
      CREATE INDEX learning_entry_inquiry_idx ON learning_entry (tenant_id, inquiry_id);

      -- An uploaded file waiting to be imported; the job payload carries only the ids.
      CREATE TABLE import_job (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        content bytea,
        create_missing boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        total_rows int,
        processed_rows int NOT NULL DEFAULT 0,
        inserted_rows int NOT NULL DEFAULT 0,
        skipped_rows int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        PRIMARY KEY (tenant_id, id)
      );
    `);
    await enableTenantRls(q, ['learning_entry', 'import_job']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS import_job, learning_entry;
      DROP INDEX IF EXISTS inquiry_reference_trgm_idx, inquiry_summary_trgm_idx, inquiry_main_idx, inquiry_outcome_idx, inquiry_kind_idx, inquiry_list_idx;
      ALTER TABLE inquiry DROP CONSTRAINT IF EXISTS inquiry_dates_check, DROP COLUMN IF EXISTS updated_at;
      DROP INDEX IF EXISTS citizen_reference_idx;
      ALTER TABLE citizen DROP CONSTRAINT IF EXISTS citizen_reference_check, DROP COLUMN IF EXISTS reference;
    `);
  }
}
