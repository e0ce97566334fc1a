import { MigrationInterface, QueryRunner } from 'typeorm';

/** A tenant admin's free-text note on a unit (what it covers, whom to ask); at most 500 characters. */
export class OrgUnitNote1732300000019 implements MigrationInterface {
  name = 'OrgUnitNote1732300000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE org_unit ADD COLUMN note text CONSTRAINT org_unit_note_length CHECK (length(note) <= 500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE org_unit DROP COLUMN note');
  }
}
