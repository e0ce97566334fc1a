import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const FOLLOW_UP_ATTACHMENT_TABLES = ['recommendation_follow_up_attachment'] as const;

/**
 * Files a department contact attaches to their answer to a recommendation (a plan, minutes, a screenshot). Kept in
 * the database like the report documents, so RLS and the backup cover them; removed with the answer.
 */
export class FollowUpAttachments1732300000010 implements MigrationInterface {
  name = 'FollowUpAttachments1732300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recommendation_follow_up_attachment (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        follow_up_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN (
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'image/png',
          'image/jpeg',
          'text/plain'
        )),
        byte_size int NOT NULL CHECK (byte_size BETWEEN 1 AND 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, follow_up_id) REFERENCES recommendation_follow_up (tenant_id, id) ON DELETE CASCADE
      );
      CREATE INDEX recommendation_follow_up_attachment_idx ON recommendation_follow_up_attachment (tenant_id, follow_up_id, created_at);
    `);
    await enableTenantRls(q, FOLLOW_UP_ATTACHMENT_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS recommendation_follow_up_attachment`);
  }
}
