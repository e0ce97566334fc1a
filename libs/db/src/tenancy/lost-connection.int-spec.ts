import { aTenant, createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { inContext, isDatabaseUnavailable, RequestTransaction } from '../index';

/** A request transaction whose connection the server cuts (pg_terminate_backend, as a crash or a restart does). */
describe('a request transaction that loses its connection', () => {
  const POOL_SIZE = 2;
  let db: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: POOL_SIZE });
    tenantId = (await aTenant(db).named('Cut').withKommunekode('101').build()).id;
  });

  afterAll(() => db.drop());

  const stored = async (name: string) => (await db.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM org_unit WHERE name = $1', [name])).rows[0].n;

  /** A request transaction that wrote a unit named `name`, and then lost its connection. */
  const cutAfterWriting = async (name: string): Promise<RequestTransaction> => {
    const tx = new RequestTransaction(db.app, () => ({ tenantId, userId: null }));
    const [{ pid }] = await tx.run((em) => em.query('SELECT pg_backend_pid() AS pid'));
    await tx.run((em) => em.query(`INSERT INTO org_unit (tenant_id, name, kind, valid_from) VALUES ($1, $2, 'center', '2020-01-01')`, [tenantId, name]));
    await db.admin.query('SELECT pg_terminate_backend($1)', [pid]);
    // Gone, and its last word (FATAL) sent.
    while ((await db.admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount) await new Promise((resolve) => setTimeout(resolve, 20));
    return tx;
  };

  const errorOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error);

  it('fails its next statement and its commit as the database away, and stores nothing', async () => {
    const tx = await cutAfterWriting('Cut before commit');
    expect(isDatabaseUnavailable(await errorOf(tx.run((em) => em.query('SELECT 1'))))).toBe(true);
    expect(isDatabaseUnavailable(await errorOf(tx.finish(true)))).toBe(true);
    expect(await stored('Cut before commit')).toBe(0);
  });

  it('ends quietly when the request failed anyway: there was nothing to keep', async () => {
    const tx = await cutAfterWriting('Cut, failed');
    await expect(tx.finish(false)).resolves.toBeUndefined();
    expect(await stored('Cut, failed')).toBe(0);
  });

  it('leaves the pool serving: the cut connections are dropped, not handed out again', async () => {
    for (let i = 0; i < POOL_SIZE; i++) await (await cutAfterWriting(`Cut ${i}`)).finish(false);
    // More transactions than the pool has connections, each with its tenant context.
    for (let i = 0; i < POOL_SIZE * 2; i++) {
      const rows = await inContext(db.app, { tenantId, userId: null }, (em) => em.query("SELECT current_setting('app.tenant_id') AS tenant"));
      expect(rows).toEqual([{ tenant: tenantId }]);
    }
  });
});
