import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const NATIONAL_MAPPING_CHANGE_TABLES = ['national_mapping_change'] as const;

/**
 * Why a tenant's benchmark figures of a period are not fully comparable with other years' and other municipalities'
 * (benchmark_period.comparability, written by the refresh), and the history one of the reasons needs: every change of
 * a category's or outcome's national code and of a unit's department area, kept by a trigger so that no code path can
 * remap without it (as catalogue_rename keeps renames). The history starts with this migration. The app role may read
 * and add rows (through the trigger, as the changing user), never change or delete them.
 */
export class BenchmarkComparability1732300000053 implements MigrationInterface {
  name = 'BenchmarkComparability1732300000053';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE national_mapping_change (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('category', 'outcome', 'department_area')),
        entry_id uuid NOT NULL,
        old_code text,
        new_code text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX national_mapping_change_period ON national_mapping_change (tenant_id, changed_at);

      -- Runs as the changing user, so the row is written under the same tenant's row-level security. TG_ARGV: the
      -- kind, then the column that holds the national code.
      CREATE FUNCTION national_mapping_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        INSERT INTO national_mapping_change (tenant_id, kind, entry_id, old_code, new_code)
        VALUES (NEW.tenant_id, TG_ARGV[0], NEW.id, to_jsonb(OLD) ->> TG_ARGV[1], to_jsonb(NEW) ->> TG_ARGV[1]);
        RETURN NULL;
      END $$;
      CREATE TRIGGER category_national_code_changed AFTER UPDATE OF national_code ON category FOR EACH ROW
        WHEN (OLD.national_code IS DISTINCT FROM NEW.national_code) EXECUTE FUNCTION national_mapping_changed('category', 'national_code');
      CREATE TRIGGER outcome_national_code_changed AFTER UPDATE OF national_code ON outcome FOR EACH ROW
        WHEN (OLD.national_code IS DISTINCT FROM NEW.national_code) EXECUTE FUNCTION national_mapping_changed('outcome', 'national_code');
      CREATE TRIGGER org_unit_national_area_changed AFTER UPDATE OF national_area ON org_unit FOR EACH ROW
        WHEN (OLD.national_area IS DISTINCT FROM NEW.national_area) EXECUTE FUNCTION national_mapping_changed('department_area', 'national_area');

      -- The reasons, in this order; none when the figures are comparable.
      ALTER TABLE benchmark_period ADD COLUMN comparability text[] NOT NULL DEFAULT '{}'
        CHECK (comparability <@ ARRAY['mapping_changed', 'units_changed', 'partial_year']::text[]);

      -- A build published before lacks the reasons the schema now promises: the API builds from the aggregates until
      -- the worker publishes anew (the next refresh, or the nightly one).
      DELETE FROM benchmark_snapshot;
    `);
    await enableTenantRls(q, NATIONAL_MAPPING_CHANGE_TABLES, 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE benchmark_period DROP COLUMN comparability;
      DROP TRIGGER org_unit_national_area_changed ON org_unit;
      DROP TRIGGER outcome_national_code_changed ON outcome;
      DROP TRIGGER category_national_code_changed ON category;
      DROP FUNCTION national_mapping_changed();
      DROP TABLE national_mapping_change;
    `);
  }
}
