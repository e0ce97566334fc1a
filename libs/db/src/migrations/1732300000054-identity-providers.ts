import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const IDENTITY_PROVIDER_TABLES = ['tenant_identity_provider', 'user_identity'] as const;

/**
 * The municipality's own login (OpenID Connect or SAML 2.0) and the identities it vouched for.
 *
 * `tenant_identity_provider` keeps what is not secret as JSON (an OIDC issuer and client id, a SAML IdP's entity id,
 * endpoint and certificates, the privilege-to-role map) and the one secret (the OIDC client secret or the SAML SP's
 * private key) sealed by the API's SecretBox: the database never holds it in clear, and the API never returns it.
 * `email_domains` lets the login page find the municipality from an e-mail address.
 *
 * `user_identity` is a person's identity at a provider: the pair (issuer, subject) and nothing else. It belongs to the
 * municipality whose provider vouched for it, so a login reads it in that municipality's context (RLS).
 */
export class IdentityProviders1732300000054 implements MigrationInterface {
  name = 'IdentityProviders1732300000054';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_identity_provider (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
        kind text NOT NULL CHECK (kind IN ('oidc', 'saml')),
        config jsonb NOT NULL DEFAULT '{}'::jsonb,
        sealed_secret text CHECK (sealed_secret IS NULL OR length(sealed_secret) BETWEEN 1 AND 65536),
        email_domains text[] NOT NULL DEFAULT '{}',
        sso_required boolean NOT NULL DEFAULT false,
        enabled boolean NOT NULL DEFAULT true,
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE user_identity (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 2000),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 1000),
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        PRIMARY KEY (tenant_id, issuer, subject)
      );
      CREATE INDEX user_identity_user_idx ON user_identity (tenant_id, user_id);
    `);
    await enableTenantRls(q, IDENTITY_PROVIDER_TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE user_identity, tenant_identity_provider');
  }
}
