import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const CATALOGUE_RENAME_TABLES = ['catalogue_rename'] as const;

/**
 * Every rename of a category or outcome, kept by a trigger so that no code path can rename without it: the annual
 * report's "Sådan er tallene opgjort" names the entries renamed during its period. The app role may read and add
 * rows (through the trigger, as the renaming user), never change or delete them.
 */
export class CatalogueRenames1732300000051 implements MigrationInterface {
  name = 'CatalogueRenames1732300000051';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE catalogue_rename (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('category', 'outcome')),
        entry_id uuid NOT NULL,
        old_name text NOT NULL,
        new_name text NOT NULL,
        renamed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX catalogue_rename_period ON catalogue_rename (tenant_id, renamed_at);

      -- Runs as the renaming user, so the row is written under the same tenant's row-level security.
      CREATE FUNCTION catalogue_renamed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        INSERT INTO catalogue_rename (tenant_id, kind, entry_id, old_name, new_name) VALUES (NEW.tenant_id, TG_ARGV[0], NEW.id, OLD.name, NEW.name);
        RETURN NULL;
      END $$;
      CREATE TRIGGER category_renamed AFTER UPDATE OF name ON category FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION catalogue_renamed('category');
      CREATE TRIGGER outcome_renamed AFTER UPDATE OF name ON outcome FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION catalogue_renamed('outcome');
    `);
    await enableTenantRls(q, CATALOGUE_RENAME_TABLES, 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER outcome_renamed ON outcome;
      DROP TRIGGER category_renamed ON category;
      DROP FUNCTION catalogue_renamed();
      DROP TABLE catalogue_rename;
    `);
  }
}
