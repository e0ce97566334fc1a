import { QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/**
 * Puts tenant tables under forced row-level security keyed on app_tenant_id() and grants the app role what it
 * may do with them. Every tenant table added after the first migration goes through here.
 */
export async function enableTenantRls(q: QueryRunner, tables: readonly string[], privileges = 'SELECT, INSERT, UPDATE, DELETE'): Promise<void> {
  for (const table of tables) {
    await q.query(`
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON ${table} FOR ALL USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
      GRANT ${privileges} ON ${table} TO ${APP_ROLE};
    `);
  }
}
