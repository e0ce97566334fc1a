import { MigrationInterface, QueryRunner } from 'typeorm';
import { MUNICIPALITIES } from '../reference/municipalities';

export class Municipalities1732300000001 implements MigrationInterface {
  name = 'Municipalities1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO municipality (code, name, region)
       SELECT * FROM unnest($1::char(3)[], $2::text[], $3::text[])
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, region = excluded.region`,
      [MUNICIPALITIES.map((m) => m.code), MUNICIPALITIES.map((m) => m.name), MUNICIPALITIES.map((m) => m.region)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM municipality');
  }
}
