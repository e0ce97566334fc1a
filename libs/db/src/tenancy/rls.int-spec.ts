import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { ALL_TENANT_TABLES, APP_ROLE, inContext, PUBLIC_READ_TENANT_TABLES, RequestTransaction, statementInContext, uuidLiteral } from '../index';

describe('tenant isolation in the database', () => {
  let db: TestDatabase;
  let tenants: string[];

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    const created = await db.admin.query<{ id: string }>(
      `INSERT INTO tenant (name, kommunekode, slug) VALUES ('Test A', '101', 'test-a'), ('Test B', '147', 'test-b') RETURNING id`,
    );
    tenants = created.rows.map((r) => r.id);
    for (const [i, tenantId] of tenants.entries()) {
      await inContext(db.app, { tenantId, userId: null }, (em) =>
        em.query(`INSERT INTO org_unit (tenant_id, name, kind, valid_from) VALUES ($1, $2, 'center', '2020-01-01')`, [tenantId, `Unit ${i}`]),
      );
    }
  });

  afterAll(() => db.drop());

  it('forces row-level security with USING and WITH CHECK on every table that has a tenant_id', async () => {
    const tables = await db.admin.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`,
    );
    expect(tables.rows.map((r) => r.table_name).sort()).toEqual([...ALL_TENANT_TABLES].sort());
    for (const { table_name } of tables.rows) {
      const rel = await db.admin.query(`SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = $1::regclass`, [table_name]);
      expect({ table_name, ...rel.rows[0] }).toEqual({ table_name, relrowsecurity: true, relforcerowsecurity: true });
      const policies = await db.admin.query<{ cmd: string; qual: string | null; with_check: string | null }>(
        `SELECT cmd, qual, with_check FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`,
        [table_name],
      );
      expect(policies.rows.length).toBeGreaterThan(0);
      for (const p of policies.rows) {
        // Only the tables declared public-readable (benchmark aggregates, population) may have a read-all policy.
        const publicRead = p.cmd === 'SELECT' && p.qual === 'true' && (PUBLIC_READ_TENANT_TABLES as readonly string[]).includes(table_name);
        if (p.cmd !== 'INSERT' && !publicRead) expect(p.qual).toMatch(/tenant_id|user_id/);
        if (p.cmd === 'ALL' || p.cmd === 'INSERT' || p.cmd === 'UPDATE') expect(p.with_check).toContain('app_tenant_id()');
      }
      expect(policies.rows.some((p) => p.with_check?.includes('app_tenant_id()'))).toBe(true);
    }
  });

  it('gives the app role no superuser, no RLS bypass and no table of its own', async () => {
    const role = await db.admin.query(`SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owned = await db.admin.query(`SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`, [APP_ROLE]);
    expect(owned.rows).toEqual([]);
  });

  it('returns no rows when no tenant is set', async () => {
    const rows = await db.app.query('SELECT * FROM org_unit');
    expect(rows).toEqual([]);
    const inEmptyContext = await inContext(db.app, { tenantId: null, userId: null }, (em) => em.query('SELECT * FROM org_unit'));
    expect(inEmptyContext).toEqual([]);
  });

  it('refuses to write a row for another tenant', async () => {
    await expect(
      inContext(db.app, { tenantId: tenants[0], userId: null }, (em) =>
        em.query(`INSERT INTO org_unit (tenant_id, name, kind, valid_from) VALUES ($1, 'Sneaky', 'center', '2020-01-01')`, [tenants[1]]),
      ),
    ).rejects.toThrow(/row-level security/);
    const count = await db.admin.query(`SELECT count(*)::int AS n FROM org_unit WHERE name = 'Sneaky'`);
    expect(count.rows[0].n).toBe(0);
  });

  it('never leaks rows between tenants on a pool of two with interleaved transactions', async () => {
    const rounds = Array.from({ length: 40 }, (_, i) => tenants[i % 2]);
    const seen = await Promise.all(
      rounds.map((tenantId) =>
        inContext(db.app, { tenantId, userId: null }, async (em) => {
          await em.query('SELECT pg_sleep(0.005)');
          const rows: { tenant_id: string }[] = await em.query('SELECT tenant_id FROM org_unit');
          return { tenantId, rows };
        }),
      ),
    );
    for (const { tenantId, rows } of seen) {
      expect(rows.length).toBe(1);
      expect(rows.every((r) => r.tenant_id === tenantId)).toBe(true);
    }
    // After the transactions the pooled connections carry no tenant.
    expect(await db.app.query('SELECT * FROM org_unit')).toEqual([]);
  });

  it('lets the app role append and read audit rows but never change or delete them', async () => {
    await inContext(db.app, { tenantId: tenants[0], userId: null }, (em) =>
      em.query(`INSERT INTO audit_event (tenant_id, action, subject_type) VALUES ($1, 'read', 'org_unit')`, [tenants[0]]),
    );
    await expect(
      inContext(db.app, { tenantId: tenants[0], userId: null }, (em) => em.query(`UPDATE audit_event SET action = 'x'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inContext(db.app, { tenantId: tenants[0], userId: null }, (em) => em.query(`DELETE FROM audit_event`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('reads in one round trip under the given tenant only, and leaves no setting behind', async () => {
    const rows = await statementInContext<{ tenant_id: string }>(db.app, { tenantId: tenants[1], userId: null }, 'SELECT tenant_id FROM org_unit', []);
    expect(rows.map((r) => r.tenant_id)).toEqual([tenants[1]]);
    await expect(statementInContext(db.app, { tenantId: tenants[0], userId: null }, 'SELECT no_such_column FROM org_unit', [])).rejects.toThrow();
    const after = await db.app.query(`SELECT current_setting('app.tenant_id', true) AS tenant, (SELECT count(*)::int FROM org_unit) AS visible`);
    expect(after).toEqual([{ tenant: '', visible: 0 }]);
  });

  it("runs a request transaction's after-commit work once the writes are visible, and drops it on rollback", async () => {
    const seen: number[] = [];
    const units = () => db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM org_unit WHERE tenant_id = $1`, [tenants[0]]).then((r) => r.rows[0].n);
    const before = await units();
    for (const success of [true, false]) {
      const tx = new RequestTransaction(db.app, () => ({ tenantId: tenants[0], userId: null }));
      await tx.run((em) => em.query(`INSERT INTO org_unit (tenant_id, name, kind, valid_from) VALUES ($1, $2, 'center', '2020-01-01')`, [tenants[0], `After ${success}`]));
      tx.afterCommit(async () => {
        seen.push(await units());
      });
      await tx.finish(success);
    }
    // Only the committed transaction's work ran, and it already saw its own row from another connection.
    expect(seen).toEqual([before + 1]);
    expect(await units()).toBe(before + 1);
  });

  it('lets only a real uuid into SQL text', () => {
    expect(uuidLiteral('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe("'0f8fad5b-d9cb-469f-a165-70867728950e'");
    expect(uuidLiteral(null)).toBe("''");
    expect(() => uuidLiteral("x' OR true --")).toThrow('Not a uuid');
    expect(() => uuidLiteral('0f8fad5b-d9cb-469f-a165-70867728950e; DROP TABLE org_unit')).toThrow('Not a uuid');
  });
});
