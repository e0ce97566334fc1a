import { aTenant, createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { AddressInfo, connect, createServer, Socket } from 'node:net';
import { createDataSource, inContext, isDatabaseUnavailable, RequestTransaction, statementInContext } from '../index';

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

  it('fails a single-round-trip statement whose connection is cut as the database away, and goes on', async () => {
    // The network between the API and the server cut (no last word from the server): through a proxy of the test's own.
    const server = new URL(db.appUrl);
    const sockets = new Set<Socket>();
    const proxy = createServer((socket) => {
      const upstream = connect(Number(server.port || 5432), server.hostname);
      for (const end of [socket, upstream]) {
        sockets.add(end);
        end.on('error', () => undefined);
        end.on('close', () => sockets.delete(end));
      }
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const viaProxy = new URL(db.appUrl);
    viaProxy.host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const app = createDataSource({ url: viaProxy.toString(), poolSize: 1 });
    await app.initialize();
    try {
      const running = statementInContext(app, { tenantId, userId: null }, 'SELECT pg_sleep(30) AS slept', []);
      while (!(await db.admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'SELECT pg_sleep(30)%'", [db.name])).rowCount);
      for (const socket of sockets) socket.destroy();
      expect(isDatabaseUnavailable(await errorOf(running))).toBe(true);
      // The broken connection's error had a listener (else it would have ended the process), and the pool connects anew.
      expect(await statementInContext(app, { tenantId, userId: null }, "SELECT current_setting('app.tenant_id') AS tenant", [])).toEqual([{ tenant: tenantId }]);
    } finally {
      await app.destroy();
      proxy.close();
    }
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
