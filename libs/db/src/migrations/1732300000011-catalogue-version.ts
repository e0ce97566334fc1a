import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables whose rows the API keeps in memory per tenant (CatalogueCache), tagged by tenant.catalogue_version;
 * with the links between units, which decide what a unit filter covers (the inquiry list's cached totals).
 */
export const CATALOGUE_TABLES = ['org_unit', 'org_unit_link', 'category', 'outcome'] as const;

/**
 * A number on each tenant that changes with every change to its units (and their links), categories or outcomes. The inquiry list
 * reads it with each page (one column of the tenant row it already reads) and names units, categories and outcomes
 * by id; the API keeps each tenant's catalogue in memory and reloads it only when the number has moved.
 *
 * Statement-level triggers with transition tables: a statement that adds many rows (an import creating missing
 * categories, the demo seed) moves the number once per tenant, not per row.
 */
export class CatalogueVersion1732300000011 implements MigrationInterface {
  name = 'CatalogueVersion1732300000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenant ADD COLUMN catalogue_version bigint NOT NULL DEFAULT 0;

      -- Runs as the caller: RLS lets a tenant's context (or the operator) update exactly the tenant rows whose
      -- catalogue rows it could change. Should a policy ever hide one, the change fails rather than leave caches stale.
      CREATE FUNCTION tenant_catalogue_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      DECLARE
        moved int;
      BEGIN
        UPDATE tenant SET catalogue_version = catalogue_version + 1 WHERE id IN (SELECT DISTINCT tenant_id FROM changed_rows);
        GET DIAGNOSTICS moved = ROW_COUNT;
        IF moved < (SELECT count(DISTINCT tenant_id) FROM changed_rows) THEN
          RAISE EXCEPTION 'the catalogue version of a changed tenant could not be moved' USING ERRCODE = '42501';
        END IF;
        RETURN NULL;
      END $$;
    `);
    for (const table of CATALOGUE_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_catalogue_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_catalogue_changed();
        CREATE TRIGGER ${table}_catalogue_updated AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_catalogue_changed();
        CREATE TRIGGER ${table}_catalogue_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_catalogue_changed();
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CATALOGUE_TABLES) {
      await q.query(`
        DROP TRIGGER ${table}_catalogue_inserted ON ${table};
        DROP TRIGGER ${table}_catalogue_updated ON ${table};
        DROP TRIGGER ${table}_catalogue_deleted ON ${table};
      `);
    }
    await q.query('DROP FUNCTION tenant_catalogue_changed(); ALTER TABLE tenant DROP COLUMN catalogue_version;');
  }
}
