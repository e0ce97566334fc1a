import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** The follow-up tables: written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const FOLLOW_UP_TABLES = [
  'recommendation_status_change',
  'recommendation_follow_up',
  'follow_up_note',
  'follow_up_note_document',
  'decided_case_volume',
  'reminder_sent',
] as const;

const STATUSES = `('open', 'in_progress', 'implemented', 'partly_implemented', 'not_taken_up')`;

/**
 * How the departments follow up a report's recommendations: a due date and a status over time (who set it and
 * when), the departments' written follow-ups, the municipality's follow-up note (opfølgningsnotat) made by the
 * worker, the departments' decided cases per year, and the reminders already sent (one per contact, recommendation
 * and day).
 */
export class FollowUp1732300000006 implements MigrationInterface {
  name = 'FollowUp1732300000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE recommendation
        ADD COLUMN due_on date,
        ADD COLUMN status text NOT NULL DEFAULT 'open' CHECK (status IN ${STATUSES}),
        ADD COLUMN status_set_by uuid REFERENCES app_user (id),
        ADD COLUMN status_set_at timestamptz;
      CREATE INDEX recommendation_due_idx ON recommendation (tenant_id, due_on) WHERE status IN ('open', 'in_progress');

      ALTER TABLE report
        ADD COLUMN follow_up_intro text NOT NULL DEFAULT '' CHECK (length(follow_up_intro) <= 50000),
        ADD COLUMN follow_up_version int NOT NULL DEFAULT 0 CHECK (follow_up_version >= 0);

      -- Every status a recommendation has had, newest last; recommendation.status is the latest.
      CREATE TABLE recommendation_status_change (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ${STATUSES}),
        set_by uuid NOT NULL REFERENCES app_user (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX recommendation_status_change_idx ON recommendation_status_change (tenant_id, recommendation_id, set_at);

      -- A department's answer to a recommendation addressed to it: one per recommendation and unit, kept current.
      CREATE TABLE recommendation_follow_up (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 20000),
        proposed_status text CHECK (proposed_status IN ${STATUSES}),
        written_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, recommendation_id, org_unit_id),
        FOREIGN KEY (tenant_id, recommendation_id, org_unit_id)
          REFERENCES recommendation_org_unit (tenant_id, recommendation_id, org_unit_id) ON DELETE CASCADE
      );

      -- The follow-up note of a report, one numbered generation at a time, made by the worker.
      CREATE TABLE follow_up_note (
        tenant_id uuid NOT NULL,
        report_id uuid NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'generating' CHECK (status IN ('generating', 'ready', 'failed')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, report_id, version),
        FOREIGN KEY (tenant_id, report_id) REFERENCES report (tenant_id, id) ON DELETE CASCADE
      );

      CREATE TABLE follow_up_note_document (
        tenant_id uuid NOT NULL,
        report_id uuid NOT NULL,
        version int NOT NULL,
        format text NOT NULL CHECK (format IN ('pdf', 'docx')),
        content bytea NOT NULL,
        byte_size int NOT NULL CHECK (byte_size >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, report_id, version, format),
        FOREIGN KEY (tenant_id, report_id, version) REFERENCES follow_up_note (tenant_id, report_id, version) ON DELETE CASCADE
      );

      -- A department's number of decided cases in a year, entered by the tenant admin.
      CREATE TABLE decided_case_volume (
        tenant_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        decided_cases int NOT NULL CHECK (decided_cases >= 0),
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, org_unit_id, year),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id)
      );

      -- A reminder e-mail sent: the key makes a second run of the job on the same day send nothing.
      CREATE TABLE reminder_sent (
        tenant_id uuid NOT NULL,
        recommendation_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id),
        sent_on date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, recommendation_id, user_id, sent_on),
        FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
      );
    `);
    await enableTenantRls(q, FOLLOW_UP_TABLES.filter((t) => t !== 'reminder_sent'));
    // What was sent is a record, like the audit log: the app may add to it, never change it.
    await enableTenantRls(q, ['reminder_sent'], 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS reminder_sent, decided_case_volume, follow_up_note_document, follow_up_note, recommendation_follow_up, recommendation_status_change;
      ALTER TABLE report DROP COLUMN IF EXISTS follow_up_version, DROP COLUMN IF EXISTS follow_up_intro;
      DROP INDEX IF EXISTS recommendation_due_idx;
      ALTER TABLE recommendation DROP COLUMN IF EXISTS status_set_at, DROP COLUMN IF EXISTS status_set_by,
        DROP COLUMN IF EXISTS status, DROP COLUMN IF EXISTS due_on;
    `);
  }
}
