import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../tenancy/roles';

/**
 * The operator's running of the platform's municipalities.
 *
 * tenant.deactivated_at: when the operator deactivated the municipality (null while active); its users cannot log in
 * to it or use their sessions for it, and it is left out of the national benchmark, until it is reactivated.
 *
 * tenant_usage(): how much each municipality uses the platform, as counts and dates only (active users, inquiries
 * registered since a day, the last login and the last registration), for the operator, who is a member of no tenant
 * and so sees none of their rows. Owned by the search role, which bypasses row-level security and may read only the
 * few columns it counts; it refuses anyone but the operator (app_is_operator()) and returns no case content.
 */
export class TenantOperation1732300000035 implements MigrationInterface {
  name = 'TenantOperation1732300000035';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenant ADD COLUMN deactivated_at timestamptz;

      GRANT SELECT (tenant_id, user_id, deactivated_at, last_login_at) ON membership TO ${SEARCH_ROLE};
      GRANT SELECT (tenant_id, created_at) ON inquiry TO ${SEARCH_ROLE};
      GRANT SELECT (id, disabled) ON app_user TO ${SEARCH_ROLE};
      GRANT SELECT (id) ON tenant TO ${SEARCH_ROLE};
      GRANT EXECUTE ON FUNCTION app_is_operator() TO ${SEARCH_ROLE};

      CREATE FUNCTION tenant_usage(p_since date)
        RETURNS TABLE (tenant_id uuid, active_users int, inquiries_since int, last_login_at timestamptz, last_registration_at timestamptz)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF NOT app_is_operator() THEN
          RAISE EXCEPTION 'only the platform operator reads the municipalities'' use' USING ERRCODE = '42501';
        END IF;
        RETURN QUERY
          SELECT t.id,
            (SELECT count(DISTINCT m.user_id)::int FROM membership m JOIN app_user u ON u.id = m.user_id
              WHERE m.tenant_id = t.id AND m.deactivated_at IS NULL AND NOT u.disabled),
            (SELECT count(*)::int FROM inquiry i WHERE i.tenant_id = t.id AND i.created_at >= p_since),
            (SELECT max(m.last_login_at) FROM membership m WHERE m.tenant_id = t.id),
            (SELECT max(i.created_at) FROM inquiry i WHERE i.tenant_id = t.id)
          FROM tenant t;
      END $$;
      REVOKE ALL ON FUNCTION tenant_usage(date) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION tenant_usage(date) TO ${APP_ROLE};

      -- A new owner needs CREATE on the schema only while taking the function over.
      GRANT CREATE ON SCHEMA public TO ${SEARCH_ROLE};
      ALTER FUNCTION tenant_usage(date) OWNER TO ${SEARCH_ROLE};
      REVOKE CREATE ON SCHEMA public FROM ${SEARCH_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION tenant_usage(date);
      REVOKE EXECUTE ON FUNCTION app_is_operator() FROM ${SEARCH_ROLE};
      REVOKE SELECT (id) ON tenant FROM ${SEARCH_ROLE};
      REVOKE SELECT (id, disabled) ON app_user FROM ${SEARCH_ROLE};
      REVOKE SELECT (tenant_id, created_at) ON inquiry FROM ${SEARCH_ROLE};
      REVOKE SELECT (tenant_id, user_id, deactivated_at, last_login_at) ON membership FROM ${SEARCH_ROLE};
      ALTER TABLE tenant DROP COLUMN deactivated_at;
    `);
  }
}
