import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../tenancy/roles';

/**
 * Logins through a municipality's own identity provider (OpenID Connect here, SAML beside it).
 *
 * refresh_session.sso_tenant: the municipality whose provider made the session (null for a password login). A
 * municipality that requires SSO is entered only by a session its own provider made; every rotation keeps it.
 *
 * login_providers(): before anyone is logged in, the login page finds a municipality's login by e-mail domain or from
 * a list, and a password login learns which of a person's municipalities require SSO. Owned by the search role (which
 * bypasses row-level security) and reading only the columns it returns: never the configuration or the secret.
 *
 * app_user.user_visible: a person who logged in through the municipality's provider without an invitation has an
 * account and an identity there but no role yet; the municipality's tenant admin sees them ("venter på adgang").
 */
export class SsoSessions1732300000057 implements MigrationInterface {
  name = 'SsoSessions1732300000057';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE refresh_session ADD COLUMN sso_tenant uuid REFERENCES tenant (id) ON DELETE CASCADE;

      GRANT SELECT (tenant_id, kind, email_domains, sso_required, enabled) ON tenant_identity_provider TO ${SEARCH_ROLE};
      GRANT SELECT (id, name, slug) ON tenant TO ${SEARCH_ROLE};
      GRANT SELECT (deactivated_at) ON tenant TO ${SEARCH_ROLE};

      CREATE FUNCTION login_providers()
        RETURNS TABLE (tenant_id uuid, slug text, name text, kind text, email_domains text[], sso_required boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT t.id, t.slug, t.name, p.kind, p.email_domains, p.sso_required
          FROM tenant_identity_provider p JOIN tenant t ON t.id = p.tenant_id
          WHERE p.enabled AND t.deactivated_at IS NULL
          ORDER BY t.name
        $$;
      REVOKE ALL ON FUNCTION login_providers() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION login_providers() TO ${APP_ROLE};
      GRANT CREATE ON SCHEMA public TO ${SEARCH_ROLE};
      ALTER FUNCTION login_providers() OWNER TO ${SEARCH_ROLE};
      REVOKE CREATE ON SCHEMA public FROM ${SEARCH_ROLE};

      DROP POLICY user_visible ON app_user;
      CREATE POLICY user_visible ON app_user FOR SELECT USING (
        id = app_user_id() OR app_is_operator()
        OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id AND m.tenant_id = app_tenant_id())
        OR EXISTS (SELECT 1 FROM user_identity i WHERE i.user_id = app_user.id AND i.tenant_id = app_tenant_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP POLICY user_visible ON app_user;
      CREATE POLICY user_visible ON app_user FOR SELECT USING (
        id = app_user_id() OR app_is_operator()
        OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id AND m.tenant_id = app_tenant_id()));
      DROP FUNCTION login_providers();
      REVOKE SELECT (id, name, slug, deactivated_at) ON tenant FROM ${SEARCH_ROLE};
      GRANT SELECT (id) ON tenant TO ${SEARCH_ROLE};
      REVOKE SELECT (tenant_id, kind, email_domains, sso_required, enabled) ON tenant_identity_provider FROM ${SEARCH_ROLE};
      ALTER TABLE refresh_session DROP COLUMN sso_tenant;
    `);
  }
}
