import { DatabaseError } from 'pg';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { MAX_PREPARED_PER_CONNECTION, statementInContext } from './statement-in-context';

describe('statementInContext', () => {
  let db: TestDatabase;
  let lejre: { tenantId: string; userId: null };
  let lejreInquiries: number;

  beforeAll(async () => {
    // One connection, so every statement meets what the ones before it left behind.
    db = await createTestDatabase({ poolSize: 1 });
    const [{ id }] = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows;
    lejre = { tenantId: id, userId: null };
    [{ count: lejreInquiries }] = (await db.admin.query('SELECT count(*)::int AS count FROM inquiry WHERE tenant_id = $1', [id])).rows;
  });

  afterAll(() => db?.drop());

  it("runs the statement in the tenant's context, under RLS, and leaves no setting behind", async () => {
    const [row] = await statementInContext<{ tenant: string; count: number }>(
      db.app,
      lejre,
      `SELECT current_setting('app.tenant_id') AS tenant, (SELECT count(*)::int FROM inquiry WHERE $1::text IS NOT NULL) AS count`,
      ['x'],
    );
    expect(row).toEqual({ tenant: lejre.tenantId, count: lejreInquiries });
    const [after] = await db.app.query(`SELECT coalesce(current_setting('app.tenant_id', true), '') AS tenant, (SELECT count(*)::int FROM inquiry) AS count`);
    expect(after).toEqual({ tenant: '', count: 0 });
  });

  it('commits its writes with it, and rolls them back when the statement fails', async () => {
    const audit = (action: string) =>
      `WITH a AS (INSERT INTO audit_event (tenant_id, action, subject_type, details) VALUES ($1::uuid, '${action}', 'test', '{}'::jsonb)) SELECT 1 / $2::int AS one`;
    await statementInContext(db.app, lejre, audit('test.kept'), [lejre.tenantId, 1]);
    await expect(statementInContext(db.app, lejre, audit('test.rolled_back'), [lejre.tenantId, 0])).rejects.toBeInstanceOf(DatabaseError);
    const { rows } = await db.admin.query(`SELECT action FROM audit_event WHERE action LIKE 'test.%'`);
    expect(rows.map((r) => r.action)).toEqual(['test.kept']);
  });

  it('prepares a statement once per connection and prepares it again after a failed batch', async () => {
    const text = 'SELECT 10 / $1::int AS value';
    expect(await statementInContext(db.app, lejre, text, [2])).toEqual([{ value: 5 }]);
    await expect(statementInContext(db.app, lejre, text, [0])).rejects.toThrow(/division by zero/);
    expect(await statementInContext(db.app, lejre, text, [5])).toEqual([{ value: 2 }]);
    await expect(statementInContext(db.app, lejre, 'SELECT FROM WHERE', [])).rejects.toBeInstanceOf(DatabaseError);
    expect(await statementInContext(db.app, lejre, text, [10])).toEqual([{ value: 1 }]);
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} prepared statements on a connection`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 5; i++) await statementInContext(db.app, lejre, `SELECT ${i} + $1::int AS value`, [1]);
    const [{ prepared }] = await statementInContext<{ prepared: number }>(db.app, lejre, 'SELECT count(*)::int AS prepared FROM pg_prepared_statements WHERE $1::int = 1', [1]);
    expect(prepared).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
  });

  it('sends parameters as pg does: arrays, null and JSON', async () => {
    const [row] = await statementInContext<{ kinds: string[]; missing: null; details: unknown }>(
      db.app,
      lejre,
      'SELECT $1::text[] AS kinds, $2::uuid AS missing, $3::jsonb AS details',
      [['complaint', 'it\'s "quoted", {braced}'], null, JSON.stringify({ a: [1] })],
    );
    expect(row).toEqual({ kinds: ['complaint', 'it\'s "quoted", {braced}'], missing: null, details: { a: [1] } });
  });

  it('sends values that look like SQL as values: quotes, backslashes, $1 and semicolons', async () => {
    const values = ["it's", "'); DROP TABLE inquiry; --", 'C:\\path\\n', '$1', 'a; b', '\\x00', 'E\'\\\'\''];
    for (const value of values) {
      expect(await statementInContext(db.app, lejre, 'SELECT $1::text AS value, $2::text AS other', [value, value])).toEqual([{ value, other: value }]);
    }
    const [{ count }] = (await db.admin.query('SELECT count(*)::int AS count FROM inquiry WHERE tenant_id = $1', [lejre.tenantId])).rows;
    expect(count).toBe(lejreInquiries);
  });

  it('sends arrays with quotes, commas, NULLs and nesting, dates, numbers, booleans and bytea', async () => {
    const day = new Date('2031-03-10T12:30:00.000Z');
    const [row] = await statementInContext<{ names: (string | null)[]; grid: number[][]; at: Date; n: number; yes: boolean; bytes: Buffer; empty: string[] }>(
      db.app,
      lejre,
      'SELECT $1::text[] AS names, $2::int[] AS grid, $3::timestamptz AS at, $4::int AS n, $5::boolean AS yes, $6::bytea AS bytes, $7::text[] AS empty',
      [['a,b', null, 'say "hi"', 'back\\slash', "it's", 'NULL', '{}'], [[1, 2], [3, 4]], day, 7, true, Buffer.from([0, 1, 255]), []],
    );
    expect(row).toEqual({
      names: ['a,b', null, 'say "hi"', 'back\\slash', "it's", 'NULL', '{}'], grid: [[1, 2], [3, 4]], at: day, n: 7, yes: true,
      bytes: Buffer.from([0, 1, 255]), empty: [],
    });
  });

  it('answers a good statement after an error on the same pool, in the right context', async () => {
    await expect(statementInContext(db.app, lejre, 'SELECT 1 / $1::int AS value', [0])).rejects.toThrow(/division by zero/);
    await expect(statementInContext(db.app, lejre, 'SELECT $1::int AS value', ['not a number'])).rejects.toBeInstanceOf(DatabaseError);
    const [row] = await statementInContext<{ tenant: string; count: number }>(
      db.app,
      lejre,
      `SELECT current_setting('app.tenant_id') AS tenant, (SELECT count(*)::int FROM inquiry WHERE $1::int = 1) AS count`,
      [1],
    );
    expect(row).toEqual({ tenant: lejre.tenantId, count: lejreInquiries });
  });

  it('refuses an invalid date before anything is sent', async () => {
    await expect(statementInContext(db.app, lejre, 'SELECT $1::date AS day', [new Date('no date')])).rejects.toThrow(TypeError);
    expect(await statementInContext(db.app, lejre, 'SELECT $1::date::text AS day', ['2031-03-10'])).toEqual([{ day: '2031-03-10' }]);
  });
});
