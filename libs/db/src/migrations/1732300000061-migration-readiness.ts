import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/**
 * The readiness probes (API and worker) read which migrations the database has, as the app role, to answer "not
 * ready" while a migration of their build is missing. The names of migrations are no one's data.
 */
export class MigrationReadiness1732300000061 implements MigrationInterface {
  name = 'MigrationReadiness1732300000061';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT (name) ON schema_migration TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT (name) ON schema_migration FROM ${APP_ROLE}`);
  }
}
