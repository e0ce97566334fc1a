import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const INVITATION_TABLES = ['tenant_invitation'] as const;

/**
 * A tenant admin adds a person by inviting their e-mail address; the person joins by accepting the invitation with the
 * link sent to that address. Nothing about accounts outside the tenant is read or shown while inviting: the invitation
 * holds what the tenant admin typed, and the link's secret (only its SHA-256 is kept) is made when the e-mail is sent.
 *
 * app_user.default_tenant_id: the municipality a login starts in. Set when a user first joins one, so joining another
 * later never moves it; existing users keep the one they logged in to so far (the first membership by name).
 */
export class TenantInvitation1732300000014 implements MigrationInterface {
  name = 'TenantInvitation1732300000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenant_invitation (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        roles text[] NOT NULL CHECK (cardinality(roles) BETWEEN 1 AND 4
          AND roles <@ ARRAY['advisor', 'tenant_admin', 'department_contact', 'council_viewer']),
        org_unit_ids uuid[] NOT NULL DEFAULT '{}',
        invited_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        token_hash text UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        sent_at timestamptz,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user (id),
        revoked_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      );
      -- One open invitation per address and tenant: inviting again renews it.
      CREATE UNIQUE INDEX tenant_invitation_open_idx ON tenant_invitation (tenant_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL;
    `);
    await enableTenantRls(q, INVITATION_TABLES);
    await q.query(`
      ALTER TABLE app_user ADD COLUMN default_tenant_id uuid REFERENCES tenant (id);
      UPDATE app_user u SET default_tenant_id = (
        SELECT m.tenant_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = u.id ORDER BY t.name LIMIT 1);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user DROP COLUMN default_tenant_id');
    await q.query('DROP TABLE tenant_invitation');
  }
}
