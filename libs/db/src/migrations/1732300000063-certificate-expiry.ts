import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, SEARCH_ROLE } from '../tenancy/roles';

/**
 * saml_certificates(): the public certificates of every enabled SAML login of an active municipality, one row each
 * (the IdP's signing certificates and our SP certificate), so the worker's /metrics can tell when the earliest expires
 * (raadgiver_secret_expiry_timestamp_seconds) and the operator which municipality's it is. Owned by the search role
 * (which bypasses row-level security; the worker reads across municipalities) and reading only the certificates out
 * of the provider's configuration: never the sealed secret. Only the app role may execute it.
 */
export class CertificateExpiry1732300000063 implements MigrationInterface {
  name = 'CertificateExpiry1732300000063';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      GRANT SELECT (config) ON tenant_identity_provider TO ${SEARCH_ROLE};

      CREATE FUNCTION saml_certificates()
        RETURNS TABLE (tenant_id uuid, slug text, kind text, certificate text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT t.id, t.slug, c.kind, c.certificate
          FROM tenant_identity_provider p
          JOIN tenant t ON t.id = p.tenant_id
          CROSS JOIN LATERAL (
            SELECT 'saml_idp_certificate', idp.certificate
            FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(p.config->'idpCertificates') = 'array' THEN p.config->'idpCertificates' ELSE '[]'::jsonb END) AS idp (certificate)
            UNION ALL
            SELECT 'saml_sp_certificate', p.config->>'spCertificate' WHERE jsonb_typeof(p.config->'spCertificate') = 'string'
          ) AS c (kind, certificate)
          WHERE p.kind = 'saml' AND p.enabled AND t.deactivated_at IS NULL
          ORDER BY t.slug, c.kind
        $$;
      REVOKE ALL ON FUNCTION saml_certificates() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION saml_certificates() TO ${APP_ROLE};
      GRANT CREATE ON SCHEMA public TO ${SEARCH_ROLE};
      ALTER FUNCTION saml_certificates() OWNER TO ${SEARCH_ROLE};
      REVOKE CREATE ON SCHEMA public FROM ${SEARCH_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION saml_certificates();
      REVOKE SELECT (config) ON tenant_identity_provider FROM ${SEARCH_ROLE};
    `);
  }
}
