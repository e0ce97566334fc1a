import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const TENANT_LOGO_TABLES = ['tenant_logo'] as const;

/**
 * The municipality's logo in the admin's header: one per tenant, as the API re-encoded it (always PNG, never the
 * uploaded bytes), with its size so the header reserves its place.
 */
export class TenantLogo1732300000050 implements MigrationInterface {
  name = 'TenantLogo1732300000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_logo (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
        png bytea NOT NULL CHECK (octet_length(png) BETWEEN 8 AND 8388608),
        width int NOT NULL CHECK (width BETWEEN 1 AND 2000),
        height int NOT NULL CHECK (height BETWEEN 1 AND 2000),
        updated_by uuid NOT NULL REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
    await enableTenantRls(q, TENANT_LOGO_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tenant_logo');
  }
}
