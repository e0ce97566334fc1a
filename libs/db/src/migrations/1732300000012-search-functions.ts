import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE, SEARCH_ROLE } from '../tenancy/roles';

/**
 * Free-text search of inquiries (reference, summary) and citizens (reference, name) through the
 * trigram indexes. Under row-level security PostgreSQL applies the policy before any condition
 * whose operator is not leakproof, and ILIKE is not, so the indexes were never used: every search
 * read all of the tenant's rows (0.2–0.3 s at 100,000 inquiries).
 *
 * Each function returns the ids of the current tenant's rows (app_tenant_id()) that match a
 * pattern, and is owned by the search role, which bypasses row-level security, so its one query
 * can use the indexes. The caller's own query then reads those ids from the table under its
 * policies as always: the functions give candidates, never rows past RLS.
 */
export class SearchFunctions1732300000012 implements MigrationInterface {
  name = 'SearchFunctions1732300000012';

  async up(q: QueryRunner): Promise<void> {
    const [role] = await q.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [SEARCH_ROLE]);
    if (!role) {
      throw new Error(`The role ${SEARCH_ROLE} is missing: create it as infra/postgres/10-roles.sh does (NOLOGIN BYPASSRLS, granted to ${OWNER_ROLE}) before migrating`);
    }
    await q.query(`
      GRANT USAGE ON SCHEMA public TO ${SEARCH_ROLE};
      GRANT SELECT (tenant_id, id, reference, summary) ON inquiry TO ${SEARCH_ROLE};
      GRANT SELECT (tenant_id, id, reference, display_name) ON citizen TO ${SEARCH_ROLE};
      GRANT EXECUTE ON FUNCTION app_tenant_id() TO ${SEARCH_ROLE};

      CREATE FUNCTION inquiry_ids_matching(p_pattern text) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 100
        AS $$ SELECT i.id FROM inquiry i WHERE i.tenant_id = app_tenant_id() AND (i.reference ILIKE p_pattern OR i.summary ILIKE p_pattern) $$;
      CREATE FUNCTION citizen_ids_matching(p_pattern text) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 100
        AS $$ SELECT c.id FROM citizen c WHERE c.tenant_id = app_tenant_id() AND (c.reference ILIKE p_pattern OR c.display_name ILIKE p_pattern) $$;
      REVOKE ALL ON FUNCTION inquiry_ids_matching(text), citizen_ids_matching(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION inquiry_ids_matching(text), citizen_ids_matching(text) TO ${APP_ROLE};

      -- A new owner needs CREATE on the schema only while taking the functions over.
      GRANT CREATE ON SCHEMA public TO ${SEARCH_ROLE};
      ALTER FUNCTION inquiry_ids_matching(text) OWNER TO ${SEARCH_ROLE};
      ALTER FUNCTION citizen_ids_matching(text) OWNER TO ${SEARCH_ROLE};
      REVOKE CREATE ON SCHEMA public FROM ${SEARCH_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION inquiry_ids_matching(text);
      DROP FUNCTION citizen_ids_matching(text);
      REVOKE SELECT (tenant_id, id, reference, summary) ON inquiry FROM ${SEARCH_ROLE};
      REVOKE SELECT (tenant_id, id, reference, display_name) ON citizen FROM ${SEARCH_ROLE};
      REVOKE EXECUTE ON FUNCTION app_tenant_id() FROM ${SEARCH_ROLE};
      REVOKE USAGE ON SCHEMA public FROM ${SEARCH_ROLE};
    `);
  }
}
