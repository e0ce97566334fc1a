import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A membership's state in its municipality, on each of its role rows: when the tenant admin deactivated it (null while
 * active; a deactivated member cannot work in that municipality) and when the member last logged in to it.
 */
export class MembershipStatus1732300000022 implements MigrationInterface {
  name = 'MembershipStatus1732300000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership ADD COLUMN deactivated_at timestamptz, ADD COLUMN last_login_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE membership DROP COLUMN deactivated_at, DROP COLUMN last_login_at');
  }
}
