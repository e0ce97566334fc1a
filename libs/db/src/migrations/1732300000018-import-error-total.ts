import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * import_job.errors keeps the first bad rows only (MAX_STORED_IMPORT_ERRORS); error_total counts them all, so a file
 * of 200,000 bad rows is answered with a list a person can read and the true number.
 */
export class ImportErrorTotal1732300000018 implements MigrationInterface {
  name = 'ImportErrorTotal1732300000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job ADD COLUMN error_total int NOT NULL DEFAULT 0`);
    await q.query(`UPDATE import_job SET error_total = jsonb_array_length(errors) WHERE jsonb_array_length(errors) > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE import_job DROP COLUMN error_total');
  }
}
