import { createTestDatabase, TestDatabase } from '@raadgiver/testing';

/** Entities are written by hand beside hand-written SQL migrations: this keeps the two in step. */
describe('entities and migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
  });

  afterAll(() => db.drop());

  const TYPE_ALIASES: Record<string, string> = {
    uuid: 'uuid', text: 'text', int: 'integer', integer: 'integer', boolean: 'boolean', date: 'date',
    timestamptz: 'timestamp with time zone', jsonb: 'jsonb', char: 'character', bytea: 'bytea',
  };

  it('agree on every table, column, type and nullability', async () => {
    const columns = await db.admin.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: 'YES' | 'NO' }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const inDb = new Map(columns.rows.map((c) => [`${c.table_name}.${c.column_name}`, c]));
    const problems: string[] = [];
    for (const entity of db.app.entityMetadatas) {
      const dbColumns = columns.rows.filter((c) => c.table_name === entity.tableName).map((c) => c.column_name);
      if (!dbColumns.length) problems.push(`table ${entity.tableName} is missing`);
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        const actual = inDb.get(key);
        if (!actual) {
          problems.push(`${key} is missing in the database`);
          continue;
        }
        const expected = TYPE_ALIASES[String(column.type)] ?? String(column.type);
        // An array column is "ARRAY" to information_schema; its element type is the udt name after the underscore.
        const actualType = actual.data_type === 'ARRAY' ? `${TYPE_ALIASES[actual.udt_name.slice(1)] ?? actual.udt_name.slice(1)}[]` : actual.data_type;
        const expectedType = column.isArray ? `${expected}[]` : expected;
        if (actualType !== expectedType) problems.push(`${key}: entity ${expectedType}, database ${actualType}`);
        if ((actual.is_nullable === 'YES') !== column.isNullable) problems.push(`${key}: nullable differs`);
      }
      const mapped = new Set(entity.columns.map((c) => c.databaseName));
      for (const name of dbColumns) if (!mapped.has(name)) problems.push(`${entity.tableName}.${name} has no entity column`);
    }
    expect(problems).toEqual([]);
  });
});
