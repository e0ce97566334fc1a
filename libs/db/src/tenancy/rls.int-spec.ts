import { anInquiry, aTenant, createTestDatabase, TestDatabase } from '@raadgiver/testing';
import {
  ALL_TENANT_TABLES, APP_ROLE, createDataSource, inContext, PUBLIC_READ_TENANT_TABLES, rawStatementInContext, RequestTransaction, SEARCH_ROLE, statementInContext, uuidLiteral,
} from '../index';

describe('tenant isolation in the database', () => {
  let db: TestDatabase;
  let tenants: string[];

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    tenants = [
      (await aTenant(db).named('Test A').withKommunekode('101').withUnit('Unit 0', { kind: 'center' }).build()).id,
      (await aTenant(db).named('Test B').withKommunekode('147').withUnit('Unit 1', { kind: 'center' }).build()).id,
    ];
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

  it('reads a raw statement as unparsed text columns in the tenant, on its generic plan from the first execution', async () => {
    // One connection, so the prepared statements seen are the ones the reads used.
    const single = createDataSource({ url: db.appUrl, poolSize: 1, applicationName: 'raadgiver-test' });
    await single.initialize();
    try {
      const text = 'SELECT tenant_id, name, valid_from, 1 + 1 AS two FROM org_unit WHERE name LIKE $1';
      for (let i = 0; i < 3; i++) {
        expect(await rawStatementInContext(single, { tenantId: tenants[1], userId: null }, text, ['Unit%'])).toEqual([[tenants[1], 'Unit 1', '2020-01-01', '2']]);
      }
      const [plans] = await statementInContext<{ generic_plans: string; custom_plans: string }>(
        single,
        { tenantId: tenants[1], userId: null },
        'SELECT generic_plans::text, custom_plans::text FROM pg_prepared_statements WHERE statement = $1',
        [text],
      );
      expect(plans).toEqual({ generic_plans: '3', custom_plans: '0' });
    } finally {
      await single.destroy();
    }
  });

  it('lets a reading request transaction see one snapshot, however many statements it runs', async () => {
    const count = (em: { query: (sql: string) => Promise<{ n: number }[]> }) => em.query('SELECT count(*)::int AS n FROM org_unit').then((r) => r[0].n);
    for (const oneSnapshot of [true, false]) {
      const tx = new RequestTransaction(db.app, () => ({ tenantId: tenants[0], userId: null }));
      if (oneSnapshot) tx.readOneSnapshot();
      const first = await tx.run(count);
      // Committed by someone else between the request's two statements.
      await db.admin.query(`INSERT INTO org_unit (tenant_id, name, kind, valid_from) VALUES ($1, $2, 'center', '2020-01-01')`, [tenants[0], `Between ${oneSnapshot}`]);
      const second = await tx.run(count);
      await tx.finish(true);
      expect({ oneSnapshot, added: second - first }).toEqual({ oneSnapshot, added: oneSnapshot ? 0 : 1 });
    }
    await db.admin.query(`DELETE FROM org_unit WHERE name LIKE 'Between %'`);
    const opened = new RequestTransaction(db.app, () => ({ tenantId: tenants[0], userId: null }));
    await opened.run((em) => em.query('SELECT 1'));
    expect(() => opened.readOneSnapshot()).toThrow(/already open/);
    await opened.finish(true);
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

  it("lets the search functions give the current tenant's matching ids only, through a role that can do nothing else", async () => {
    const ids: Record<string, { citizen: string; inquiry: string }> = {};
    for (const [i, tenantId] of tenants.entries()) {
      const inquiry = await anInquiry(db, tenantId).withReference(`SAG-${i}`).withCitizen(`C-${i}`, 'Søren Kierkegaard').withSummary('Spørgsmål om partshøring').build();
      ids[tenantId] = { citizen: inquiry.citizenId, inquiry: inquiry.id };
    }
    for (const tenantId of tenants) {
      const found = await inContext(db.app, { tenantId, userId: null }, async (em) => ({
        inquiries: (await em.query(`SELECT inquiry_ids_matching('%PARTSHØRING%') AS id`)).map((r: { id: string }) => r.id),
        byReference: (await em.query(`SELECT inquiry_ids_matching('%sag-%') AS id`)).map((r: { id: string }) => r.id),
        citizens: (await em.query(`SELECT citizen_ids_matching('%kierkegaard%') AS id`)).map((r: { id: string }) => r.id),
        none: await em.query(`SELECT inquiry_ids_matching('%no such words%') AS id`),
      }));
      expect(found).toEqual({ inquiries: [ids[tenantId].inquiry], byReference: [ids[tenantId].inquiry], citizens: [ids[tenantId].citizen], none: [] });
    }
    // Without a tenant in context the functions find nothing.
    expect(await inContext(db.app, { tenantId: null, userId: null }, (em) => em.query(`SELECT inquiry_ids_matching('%%') AS id UNION ALL SELECT citizen_ids_matching('%%')`))).toEqual([]);

    const role = await db.admin.query(`SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1`, [SEARCH_ROLE]);
    expect(role.rows[0]).toEqual({ rolcanlogin: false, rolsuper: false, rolbypassrls: true, rolcreaterole: false, rolcreatedb: false });
    const owned = await db.admin.query(
      `SELECT p.proname, p.prosecdef FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = $1 ORDER BY p.proname`,
      [SEARCH_ROLE],
    );
    expect(owned.rows).toEqual([
      { proname: 'citizen_ids_matching', prosecdef: true }, { proname: 'inquiry_ids_matching', prosecdef: true }, { proname: 'login_providers', prosecdef: true },
      { proname: 'saml_certificates', prosecdef: true }, { proname: 'tenant_usage', prosecdef: true },
    ]);
    const tables = await db.admin.query(`SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`, [SEARCH_ROLE]);
    expect(tables.rows).toEqual([]);
    // The searches' columns and the usage counts' (ids, dates, flags), nothing whole, nothing to write.
    const columns = await db.admin.query(
      `SELECT table_name, column_name, privilege_type FROM information_schema.column_privileges WHERE grantee = $1 ORDER BY 1, 2, 3`,
      [SEARCH_ROLE],
    );
    expect(columns.rows).toEqual([
      { table_name: 'app_user', column_name: 'disabled', privilege_type: 'SELECT' },
      { table_name: 'app_user', column_name: 'id', privilege_type: 'SELECT' },
      { table_name: 'citizen', column_name: 'display_name', privilege_type: 'SELECT' },
      { table_name: 'citizen', column_name: 'id', privilege_type: 'SELECT' },
      { table_name: 'citizen', column_name: 'reference', privilege_type: 'SELECT' },
      { table_name: 'citizen', column_name: 'tenant_id', privilege_type: 'SELECT' },
      { table_name: 'inquiry', column_name: 'created_at', privilege_type: 'SELECT' },
      { table_name: 'inquiry', column_name: 'id', privilege_type: 'SELECT' },
      { table_name: 'inquiry', column_name: 'reference', privilege_type: 'SELECT' },
      { table_name: 'inquiry', column_name: 'summary', privilege_type: 'SELECT' },
      { table_name: 'inquiry', column_name: 'tenant_id', privilege_type: 'SELECT' },
      { table_name: 'membership', column_name: 'deactivated_at', privilege_type: 'SELECT' },
      { table_name: 'membership', column_name: 'last_login_at', privilege_type: 'SELECT' },
      { table_name: 'membership', column_name: 'tenant_id', privilege_type: 'SELECT' },
      { table_name: 'membership', column_name: 'user_id', privilege_type: 'SELECT' },
      { table_name: 'tenant', column_name: 'deactivated_at', privilege_type: 'SELECT' },
      { table_name: 'tenant', column_name: 'id', privilege_type: 'SELECT' },
      { table_name: 'tenant', column_name: 'name', privilege_type: 'SELECT' },
      { table_name: 'tenant', column_name: 'slug', privilege_type: 'SELECT' },
      // login_providers(): whether and how a municipality has a login of its own; saml_certificates(): the certificates
      // out of the configuration (nothing secret is in it). Never the sealed secret.
      { table_name: 'tenant_identity_provider', column_name: 'config', privilege_type: 'SELECT' },
      { table_name: 'tenant_identity_provider', column_name: 'email_domains', privilege_type: 'SELECT' },
      { table_name: 'tenant_identity_provider', column_name: 'enabled', privilege_type: 'SELECT' },
      { table_name: 'tenant_identity_provider', column_name: 'kind', privilege_type: 'SELECT' },
      { table_name: 'tenant_identity_provider', column_name: 'sso_required', privilege_type: 'SELECT' },
      { table_name: 'tenant_identity_provider', column_name: 'tenant_id', privilege_type: 'SELECT' },
    ]);
    const tablePrivileges = await db.admin.query(`SELECT table_name FROM information_schema.role_table_grants WHERE grantee = $1`, [SEARCH_ROLE]);
    expect(tablePrivileges.rows).toEqual([]);
  });

  it('searches through the trigram indexes as the search role, which row-level security keeps the app role from', async () => {
    const plan = async (role: string) => {
      const client = db.admin;
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL enable_seqscan = off; SET LOCAL ROLE ${role}`);
        await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenants[0]]);
        const rows = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT i.id FROM inquiry i WHERE i.summary ILIKE '%partshøring%'`,
        );
        return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await client.query('ROLLBACK');
      }
    };
    expect(await plan(SEARCH_ROLE)).toMatch(/inquiry_summary_trgm_idx/);
    expect(await plan(APP_ROLE)).not.toMatch(/trgm_idx/);
  });
});
