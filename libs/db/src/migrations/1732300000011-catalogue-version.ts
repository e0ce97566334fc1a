import { MigrationInterface, QueryRunner } from 'typeorm';
import { changedRowsTriggersSql, dropChangedRowsTriggersSql } from './statement-triggers';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const TENANT_VERSION_TABLES = ['tenant_version'] as const;

/**
 * The tables whose rows the API keeps in memory per tenant (CatalogueCache), tagged by tenant_version.catalogue_version;
 * with the links between units, which decide what a unit filter covers (the inquiry list's held totals).
 */
export const CATALOGUE_TABLES = ['org_unit', 'org_unit_link', 'category', 'outcome'] as const;

/**
 * Numbers per tenant that change with its data, so the API can keep what it derived from that data until it
 * changes. Their own table, under the tenant's row-level security: the tenant row is readable by everyone (the
 * public benchmark names tenants), and how often another municipality changes its data is not everyone's business.
 * The app role may add and move them, never delete them (a restarted count could meet a version still held).
 *
 * This migration: catalogue_version, which moves with every change to the tenant's units (and their links),
 * categories or outcomes. The inquiry list reads it with each page and names units, categories and outcomes by id;
 * the API keeps each tenant's catalogue in memory and reloads it only when the number has moved.
 *
 * Statement-level triggers with transition tables: a statement that adds many rows (an import creating missing
 * categories, the demo seed) moves the number once per tenant, not per row. A missing row reads as 0.
 */
export class CatalogueVersion1732300000011 implements MigrationInterface {
  name = 'CatalogueVersion1732300000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_version (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
        catalogue_version bigint NOT NULL DEFAULT 0
      );

      -- Runs as the caller, whose row-level security admits only the tenant rows it could change.
      CREATE FUNCTION tenant_catalogue_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        INSERT INTO tenant_version AS v (tenant_id, catalogue_version) SELECT DISTINCT tenant_id, 1 FROM changed_rows
          ON CONFLICT (tenant_id) DO UPDATE SET catalogue_version = v.catalogue_version + 1;
        RETURN NULL;
      END $$;
    `);
    await enableTenantRls(q, TENANT_VERSION_TABLES, 'SELECT, INSERT, UPDATE');
    for (const table of CATALOGUE_TABLES) await q.query(changedRowsTriggersSql(table, 'catalogue', 'tenant_catalogue_changed'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CATALOGUE_TABLES) await q.query(dropChangedRowsTriggersSql(table, 'catalogue'));
    await q.query('DROP FUNCTION tenant_catalogue_changed(); DROP TABLE tenant_version;');
  }
}
