import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/**
 * A second factor for password logins: a TOTP secret per user (sealed by the API's SecretBox with the user id as
 * context) and one-time recovery codes, stored as hashes only.
 *
 * Both belong to the person, not to a municipality (like app_user): the user reads and writes their own rows; the
 * operator, and a municipality's context for its members, may see whether a factor exists and remove it (a reset).
 * `last_used_step` is the TOTP time step last accepted: a code of that step or an earlier one is refused, so a
 * code cannot be replayed. `refresh_session.second_factor_setup` marks a session that may do nothing but set a
 * second factor up (a tenant admin or the operator without one), so a refresh keeps it so.
 */
export class SecondFactor1732300000056 implements MigrationInterface {
  name = 'SecondFactor1732300000056';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_second_factor (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        sealed_secret text NOT NULL CHECK (length(sealed_secret) BETWEEN 1 AND 1000),
        confirmed_at timestamptz,
        last_used_step bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE user_recovery_code (
        user_id uuid NOT NULL REFERENCES user_second_factor (user_id) ON DELETE CASCADE,
        code_hash text NOT NULL CHECK (length(code_hash) = 64),
        used_at timestamptz,
        PRIMARY KEY (user_id, code_hash)
      );

      ALTER TABLE refresh_session ADD COLUMN second_factor_setup boolean NOT NULL DEFAULT false;

      ALTER TABLE user_second_factor ENABLE ROW LEVEL SECURITY; ALTER TABLE user_second_factor FORCE ROW LEVEL SECURITY;
      CREATE POLICY own_factor ON user_second_factor FOR ALL USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
      CREATE POLICY operator_sees_factor ON user_second_factor FOR SELECT USING (app_is_operator());
      CREATE POLICY member_factor_visible ON user_second_factor FOR SELECT USING (
        EXISTS (SELECT 1 FROM membership m WHERE m.user_id = user_second_factor.user_id AND m.tenant_id = app_tenant_id()));
      CREATE POLICY member_factor_reset ON user_second_factor FOR DELETE USING (
        EXISTS (SELECT 1 FROM membership m WHERE m.user_id = user_second_factor.user_id AND m.tenant_id = app_tenant_id()));

      ALTER TABLE user_recovery_code ENABLE ROW LEVEL SECURITY; ALTER TABLE user_recovery_code FORCE ROW LEVEL SECURITY;
      CREATE POLICY own_recovery_codes ON user_recovery_code FOR ALL USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());

      GRANT SELECT, INSERT, UPDATE, DELETE ON user_second_factor, user_recovery_code TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE refresh_session DROP COLUMN second_factor_setup;
      DROP TABLE user_recovery_code, user_second_factor;
    `);
  }
}
