import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE, RETENTION_ROLE, TENANT_DELETE_ROLE } from '../tenancy/roles';

/**
 * A municipality leaves the platform (GDPR Article 28(3)(g)).
 *
 * tenant_delete(p_tenant): deletes every row of the municipality in one go, in the caller's transaction: every row
 * of every table with a tenant_id (found in the catalogue, so a table added later is included), its audit rows too,
 * the sessions working in it, users' default municipality, and the users who belong to no other municipality and are
 * not operators (unless another municipality's rows still name them). Returns the rows deleted per table. It refuses
 * anyone but the operator, and a municipality without a ready export of everything (archive_package scope
 * 'everything'). Owned by its own role (NOLOGIN, BYPASSRLS), since the app role may not delete audit rows and sees
 * one tenant at a time; a retention function in the sense of the audit log's immutability.
 *
 * tenant_deletion: the operator's own record of each deletion: the municipality's name and code, who deleted it and
 * when, the rows deleted per table and the written account shown to the operator. No personal data; it names the
 * municipality by `deleted_tenant` (no tenant_id: nothing of it is the municipality's own row).
 */
export class TenantDelete1732300000060 implements MigrationInterface {
  name = 'TenantDelete1732300000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_deletion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deleted_tenant uuid NOT NULL,
        tenant_name text NOT NULL,
        kommunekode text NOT NULL,
        deleted_by uuid NOT NULL,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        row_counts jsonb NOT NULL,
        account text NOT NULL CHECK (length(account) BETWEEN 1 AND 20000)
      );
      ALTER TABLE tenant_deletion ENABLE ROW LEVEL SECURITY; ALTER TABLE tenant_deletion FORCE ROW LEVEL SECURITY;
      CREATE POLICY operator_only ON tenant_deletion FOR ALL USING (app_is_operator()) WITH CHECK (app_is_operator());
      GRANT SELECT, INSERT ON tenant_deletion TO ${APP_ROLE};

      GRANT SELECT, DELETE ON ALL TABLES IN SCHEMA public TO ${TENANT_DELETE_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public GRANT SELECT, DELETE ON TABLES TO ${TENANT_DELETE_ROLE};
      GRANT UPDATE (default_tenant_id) ON app_user TO ${TENANT_DELETE_ROLE};
      -- The catalogue's and the inquiries' statement triggers bump tenant_version as rows go; the sweep removes it after.
      GRANT INSERT, UPDATE ON tenant_version TO ${TENANT_DELETE_ROLE};
      GRANT EXECUTE ON FUNCTION app_is_operator() TO ${TENANT_DELETE_ROLE};

      CREATE FUNCTION tenant_delete(p_tenant uuid)
        RETURNS TABLE (table_name text, deleted bigint)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_users uuid[];
        v_tables text[];
        v_left text[];
        v_table text;
        v_count bigint;
        v_counts jsonb := '{}'::jsonb;
        v_user uuid;
        v_users_deleted bigint := 0;
        v_round int := 0;
        v_all text[];
      BEGIN
        IF NOT app_is_operator() THEN
          RAISE EXCEPTION 'only the platform operator deletes a municipality' USING ERRCODE = '42501';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM tenant WHERE id = p_tenant) THEN
          RAISE EXCEPTION 'no such municipality' USING ERRCODE = 'P0002';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM archive_package a WHERE a.tenant_id = p_tenant AND a.scope = 'everything' AND a.status = 'ready') THEN
          RAISE EXCEPTION 'the municipality has no finished export of everything' USING ERRCODE = '55000';
        END IF;

        SELECT coalesce(array_agg(DISTINCT m.user_id), '{}') INTO v_users FROM membership m WHERE m.tenant_id = p_tenant;

        -- Rows that name the municipality from outside it: sessions working in it, users' default municipality.
        DELETE FROM refresh_session s WHERE s.active_tenant = p_tenant;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        v_counts := v_counts || jsonb_build_object('refresh_session', v_count);
        UPDATE app_user u SET default_tenant_id = NULL WHERE u.default_tenant_id = p_tenant;

        -- Every table with a tenant_id, in an order the foreign keys allow: a table still referenced waits a round.
        SELECT array_agg(c.table_name::text ORDER BY c.table_name) INTO v_tables
          FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
          WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id';
        v_all := v_tables;
        -- The inquiries' triggers need not count versions of a municipality that is going.
        PERFORM set_config('app.inquiry_version_deferred', 'on', true);
        WHILE array_length(v_tables, 1) > 0 LOOP
          v_round := v_round + 1;
          IF v_round > 50 THEN
            RAISE EXCEPTION 'the rows of % could not be deleted', array_to_string(v_tables, ', ');
          END IF;
          v_left := '{}';
          FOREACH v_table IN ARRAY v_tables LOOP
            BEGIN
              EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', v_table) USING p_tenant;
              GET DIAGNOSTICS v_count = ROW_COUNT;
              v_counts := v_counts || jsonb_build_object(v_table, coalesce((v_counts ->> v_table)::bigint, 0) + v_count);
            EXCEPTION WHEN foreign_key_violation THEN
              v_left := v_left || v_table;
            END;
          END LOOP;
          v_tables := v_left;
        END LOOP;
        -- A sweep for rows a trigger wrote while others went (tenant_version).
        FOREACH v_table IN ARRAY v_all LOOP
          EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', v_table) USING p_tenant;
          GET DIAGNOSTICS v_count = ROW_COUNT;
          v_counts := v_counts || jsonb_build_object(v_table, coalesce((v_counts ->> v_table)::bigint, 0) + v_count);
        END LOOP;

        PERFORM set_config('app.inquiry_version_deferred', '', true);
        DELETE FROM tenant WHERE id = p_tenant;
        v_counts := v_counts || jsonb_build_object('tenant', 1);

        -- Users of no other municipality, and not operators, go too, unless another municipality's rows name them.
        FOREACH v_user IN ARRAY v_users LOOP
          CONTINUE WHEN EXISTS (SELECT 1 FROM membership m WHERE m.user_id = v_user)
            OR EXISTS (SELECT 1 FROM app_user u WHERE u.id = v_user AND u.is_operator);
          BEGIN
            DELETE FROM app_user u WHERE u.id = v_user;
            GET DIAGNOSTICS v_count = ROW_COUNT;
            v_users_deleted := v_users_deleted + v_count;
          EXCEPTION WHEN foreign_key_violation THEN
            NULL;
          END;
        END LOOP;
        v_counts := v_counts || jsonb_build_object('app_user', v_users_deleted);

        RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(v_counts) ORDER BY key;
      END $$;
      REVOKE ALL ON FUNCTION tenant_delete(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION tenant_delete(uuid) TO ${APP_ROLE};

      -- A new owner needs CREATE on the schema only while taking the function over.
      GRANT CREATE ON SCHEMA public TO ${TENANT_DELETE_ROLE};
      ALTER FUNCTION tenant_delete(uuid) OWNER TO ${TENANT_DELETE_ROLE};
      REVOKE CREATE ON SCHEMA public FROM ${TENANT_DELETE_ROLE};

      -- Audit events stay unchangeable (migration 0059); a leaving municipality's go with it, through tenant_delete only.
      CREATE OR REPLACE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_user IN ('${RETENTION_ROLE}', '${TENANT_DELETE_ROLE}') THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_user = '${RETENTION_ROLE}' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
      END $$;
      DROP FUNCTION tenant_delete(uuid);
      REVOKE EXECUTE ON FUNCTION app_is_operator() FROM ${TENANT_DELETE_ROLE};
      REVOKE INSERT, UPDATE ON tenant_version FROM ${TENANT_DELETE_ROLE};
      REVOKE UPDATE (default_tenant_id) ON app_user FROM ${TENANT_DELETE_ROLE};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public REVOKE SELECT, DELETE ON TABLES FROM ${TENANT_DELETE_ROLE};
      REVOKE SELECT, DELETE ON ALL TABLES IN SCHEMA public FROM ${TENANT_DELETE_ROLE};
      DROP TABLE tenant_deletion;
    `);
  }
}
