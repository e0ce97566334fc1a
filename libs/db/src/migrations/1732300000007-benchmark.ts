import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';
import { NATIONAL_TAXONOMY_V1 } from '../benchmark/national-taxonomy-v1';
import { enableTenantRls } from './tenant-rls';

/** The benchmark's tenant tables: written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const BENCHMARK_TABLES = ['benchmark_period', 'benchmark_count', 'benchmark_comment'] as const;

/**
 * Tenant tables every tenant, and the public, may read in full: the benchmark aggregates and comments, and the
 * population (public statistics from Danmarks Statistik). Their only other policy is tenant_isolation.
 */
export const PUBLIC_READ_TENANT_TABLES = [...BENCHMARK_TABLES, 'tenant_population'] as const;

const PEER_GROUPS = `('hovedstad', 'storby', 'provinsby', 'opland', 'land')`;
const CODE = `~ '^[a-z][a-z0-9_]{0,39}$'`;

/**
 * The national benchmark: the operator's versioned national taxonomy, each tenant's opt-in and peer group, the
 * department area of org units, the aggregates the worker precomputes per tenant and period, and the tenants'
 * comments on their figures.
 *
 * The aggregates hold no personal data: ids, periods, national codes, counts and medians. Every tenant (and the
 * anonymous public query, which runs without a tenant) may read all of them, for the national comparison; a tenant
 * may write only its own (tenant_isolation: tenant_id = app_tenant_id()). We chose plain policies over a SECURITY
 * DEFINER writer: the worker refreshes under the tenant's own context like every other write, so a bug in the
 * refresh can never touch another tenant's rows, and there is no owner-privileged code path to review.
 */
export class Benchmark1732300000007 implements MigrationInterface {
  name = 'Benchmark1732300000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE national_taxonomy_version (
        version int PRIMARY KEY CHECK (version >= 1),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE national_taxonomy_entry (
        version int NOT NULL REFERENCES national_taxonomy_version (version),
        kind text NOT NULL CHECK (kind IN ('category', 'outcome', 'department_area')),
        code text NOT NULL CHECK (code ${CODE}),
        name_da text NOT NULL CHECK (length(btrim(name_da)) BETWEEN 1 AND 200),
        name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 200),
        sort_order int NOT NULL DEFAULT 0,
        PRIMARY KEY (version, kind, code)
      );

      ALTER TABLE tenant
        ADD COLUMN benchmark_opt_in boolean NOT NULL DEFAULT false,
        ADD COLUMN benchmark_peer_group text CHECK (benchmark_peer_group IN ${PEER_GROUPS});

      -- A tenant may update its own row (name, settings, opt-in), but its peer group is the operator's to set.
      CREATE FUNCTION tenant_peer_group_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.benchmark_peer_group IS DISTINCT FROM OLD.benchmark_peer_group AND NOT app_is_operator() THEN
          RAISE EXCEPTION 'only the platform operator sets a municipality''s peer group' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER tenant_peer_group_guard BEFORE UPDATE OF benchmark_peer_group ON tenant
        FOR EACH ROW EXECUTE FUNCTION tenant_peer_group_guard();

      ALTER TABLE org_unit ADD COLUMN national_area text CHECK (national_area ${CODE});

      -- One tenant's figures of one period: a calendar year with registrations, or a report's period.
      CREATE TABLE benchmark_period (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        period_kind text NOT NULL CHECK (period_kind IN ('year', 'report')),
        year int NOT NULL CHECK (year BETWEEN 1970 AND 2100),
        registrations int NOT NULL CHECK (registrations >= 0),
        distinct_citizens int NOT NULL CHECK (distinct_citizens >= 0),
        complaints int NOT NULL CHECK (complaints >= 0),
        first_contact_count int NOT NULL CHECK (first_contact_count >= 0),
        first_contact_median_days numeric,
        closed_count int NOT NULL CHECK (closed_count >= 0),
        close_median_days numeric,
        taxonomy_version int NOT NULL REFERENCES national_taxonomy_version (version),
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, period_from, period_to),
        CHECK (period_to >= period_from)
      );
      CREATE INDEX benchmark_period_year_idx ON benchmark_period (period_kind, year);

      -- Registrations of a period per kind, national category, national outcome or department area (with the
      -- area's decided cases in that year, where the tenant gave them).
      CREATE TABLE benchmark_count (
        tenant_id uuid NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        dimension text NOT NULL CHECK (dimension IN ('kind', 'category', 'outcome', 'area')),
        code text NOT NULL CHECK (code ${CODE}),
        registrations int NOT NULL CHECK (registrations >= 0),
        decided_cases int CHECK (decided_cases >= 0),
        PRIMARY KEY (tenant_id, period_from, period_to, dimension, code),
        FOREIGN KEY (tenant_id, period_from, period_to) REFERENCES benchmark_period (tenant_id, period_from, period_to) ON DELETE CASCADE,
        CHECK (decided_cases IS NULL OR dimension = 'area')
      );

      -- A tenant's short public comment on its figures of a year, shown beside them.
      CREATE TABLE benchmark_comment (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        year int NOT NULL CHECK (year BETWEEN 1970 AND 2100),
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 500),
        written_by uuid NOT NULL REFERENCES app_user (id),
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, year)
      );
    `);
    await enableTenantRls(q, BENCHMARK_TABLES);
    for (const table of PUBLIC_READ_TENANT_TABLES) {
      await q.query(`CREATE POLICY national_comparison ON ${table} FOR SELECT USING (true)`);
    }

    // Version 1 of the taxonomy, so the codes the catalogues already use exist on a fresh database.
    await q.query(`INSERT INTO national_taxonomy_version (version) VALUES (1)`);
    await q.query(
      `INSERT INTO national_taxonomy_entry (version, kind, code, name_da, name_en, sort_order)
       SELECT 1, * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
      [
        NATIONAL_TAXONOMY_V1.map((e) => e.kind),
        NATIONAL_TAXONOMY_V1.map((e) => e.code),
        NATIONAL_TAXONOMY_V1.map((e) => e.nameDa),
        NATIONAL_TAXONOMY_V1.map((e) => e.nameEn),
        NATIONAL_TAXONOMY_V1.map((e) => e.sortOrder),
      ],
    );
    // After the seed: the owner is under forced row-level security too.
    await q.query(`
      -- Platform data: everybody reads it, only the operator adds versions; a version is never changed.
      ALTER TABLE national_taxonomy_version ENABLE ROW LEVEL SECURITY; ALTER TABLE national_taxonomy_version FORCE ROW LEVEL SECURITY;
      CREATE POLICY taxonomy_read ON national_taxonomy_version FOR SELECT USING (true);
      CREATE POLICY taxonomy_create ON national_taxonomy_version FOR INSERT WITH CHECK (app_is_operator());
      ALTER TABLE national_taxonomy_entry ENABLE ROW LEVEL SECURITY; ALTER TABLE national_taxonomy_entry FORCE ROW LEVEL SECURITY;
      CREATE POLICY taxonomy_read ON national_taxonomy_entry FOR SELECT USING (true);
      CREATE POLICY taxonomy_create ON national_taxonomy_entry FOR INSERT WITH CHECK (app_is_operator());
      GRANT SELECT, INSERT ON national_taxonomy_version, national_taxonomy_entry TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY IF EXISTS national_comparison ON tenant_population;
      DROP TABLE IF EXISTS benchmark_comment, benchmark_count, benchmark_period, national_taxonomy_entry, national_taxonomy_version;
      ALTER TABLE org_unit DROP COLUMN IF EXISTS national_area;
      DROP TRIGGER IF EXISTS tenant_peer_group_guard ON tenant;
      DROP FUNCTION IF EXISTS tenant_peer_group_guard();
      ALTER TABLE tenant DROP COLUMN IF EXISTS benchmark_peer_group, DROP COLUMN IF EXISTS benchmark_opt_in;
    `);
  }
}
