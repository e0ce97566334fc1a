import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const JOB_OUTBOX_TABLES = ['job_outbox'] as const;

/**
 * The transactional outbox of the API's jobs (issue 19, point 6): a mutation that starts a job (an import, a report's
 * generation, an invitation e-mail, ...) stores the job here in its own transaction, so the job exists exactly when
 * the data it is about does, whether Redis is there or not. The API's relay hands each row to BullMQ (queue, name,
 * payload of ids, options such as the deterministic job id, a delay or a deduplication id) and deletes it once added.
 *
 * A row is written in the tenant's context (the operator's too: a new municipality's first invitation). The relay
 * reads and deletes every tenant's rows in the operator's context, the way the operator's other cross-tenant work
 * does; nothing else reads them. Rows carry ids only, never personal data.
 */
export class JobOutbox1732300000062 implements MigrationInterface {
  name = 'JobOutbox1732300000062';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_outbox (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX job_outbox_created_idx ON job_outbox (created_at);
      ALTER TABLE job_outbox ENABLE ROW LEVEL SECURITY; ALTER TABLE job_outbox FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON job_outbox FOR ALL
        USING (tenant_id = app_tenant_id() OR app_is_operator()) WITH CHECK (tenant_id = app_tenant_id() OR app_is_operator());
      -- UPDATE for the relay's SELECT ... FOR UPDATE only: no statement changes a row.
      GRANT SELECT, INSERT, UPDATE, DELETE ON job_outbox TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE job_outbox');
  }
}
