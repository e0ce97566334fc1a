import { MigrationInterface, QueryRunner } from 'typeorm';

/** The citizen picker searches name and reference as the advisor types: trigram indexes keep that fast. */
export class CitizenSearch1732300000003 implements MigrationInterface {
  name = 'CitizenSearch1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX citizen_display_name_trgm_idx ON citizen USING gin (display_name gin_trgm_ops);
      CREATE INDEX citizen_reference_trgm_idx ON citizen USING gin (reference gin_trgm_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS citizen_reference_trgm_idx, citizen_display_name_trgm_idx');
  }
}
