import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's rows no longer reference tenant by foreign key. Every read is audited, so the insert is on the
 * path of every list page and search; the foreign key check took a KEY SHARE lock on the tenant's row each time, and
 * concurrent requests of one tenant turned that into a multixact per insert. The row-level security policy's
 * WITH CHECK (tenant_id = app_tenant_id()) already holds every row to the tenant the request runs as, and tenants
 * are never deleted.
 */
export class AuditWithoutTenantLock1732300000008 implements MigrationInterface {
  name = 'AuditWithoutTenantLock1732300000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_event DROP CONSTRAINT audit_event_tenant_id_fkey');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_event ADD CONSTRAINT audit_event_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenant (id)');
  }
}
