import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { DATABASE_TYPES_FILE, databaseTypesOf } from './database-types';

describe('the query builder’s table types', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => db?.drop());

  it('are those of the migrated schema (regenerate with tools/db/database-types.ts)', () => {
    const committed = readFileSync(join(__dirname, '../..', DATABASE_TYPES_FILE), 'utf8');
    expect(databaseTypesOf(db.ownerUrl)).toBe(committed);
  });
});
