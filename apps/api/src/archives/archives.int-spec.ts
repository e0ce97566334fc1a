import { inContext } from '@raadgiver/db';
import { createTestDatabase, pdfText, TestDatabase, uniqueName } from '@raadgiver/testing';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { Session, startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess } from '../testing/worker-process';

const PACKAGE = 'id scope periodFrom periodTo status sizeBytes sha256 deliveredAt deliveredByName';
const LIST = `query { archivePackages { ${PACKAGE} } }`;
const REQUEST = `mutation R($period: PeriodInput!) { requestArchivePackage(period: $period) { ${PACKAGE} } }`;
const DELIVER = `mutation D($id: ID!) { markArchivePackageDelivered(id: $id) { ${PACKAGE} } }`;
const EXPORT = `mutation E($tenantId: ID!) { exportTenant(tenantId: $tenantId) { ${PACKAGE} } }`;
const EXPORT_STATUS = `query S($tenantId: ID!) { tenantExport(tenantId: $tenantId) { ${PACKAGE} } }`;
const DELETE = `mutation X($tenantId: ID!, $confirmName: String!) { deleteTenant(tenantId: $tenantId, confirmName: $confirmName) { account counts { table rows } } }`;

interface Pkg { id: string; scope: string; periodFrom: string; periodTo: string; status: string; sizeBytes: number | null; sha256: string | null; deliveredAt: string | null; deliveredByName: string | null }

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Rows of the tenant in every table with a tenant_id, and in every column with a foreign key to tenant, from the catalogue. */
async function rowsOfTenant(db: TestDatabase, tenantId: string): Promise<Record<string, number>> {
  const { rows: places } = await db.admin.query<{ table_name: string; column_name: string }>(`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id'
    UNION
    SELECT cl.relname, a.attname FROM pg_constraint k
      JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND k.confrelid = 'tenant'::regclass
    UNION SELECT 'tenant', 'id'`);
  expect(places.length).toBeGreaterThan(30);
  const counts: Record<string, number> = {};
  for (const { table_name, column_name } of places) {
    const { rows } = await db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}" = $1`, [tenantId]);
    counts[`${table_name}.${column_name}`] = rows[0].n;
  }
  return counts;
}

/** Every row of the tenant in every tenant table, as a count and a digest of the rows' text: equal only if no row changed. */
async function fingerprintOfTenant(db: TestDatabase, tenantId: string): Promise<Record<string, string>> {
  const counts = await rowsOfTenant(db, tenantId);
  const prints: Record<string, string> = {};
  for (const key of Object.keys(counts)) {
    const [table, column] = key.split('.');
    const { rows } = await db.admin.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t WHERE "${column}" = $1`,
      [tenantId],
    );
    prints[key] = `${counts[key]}:${rows[0].digest ?? '-'}`;
  }
  return prints;
}

describe('archive packages, citizen insight and a leaving municipality', () => {
  const queuePrefix = uniqueName('test_archive_api');
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;
  let advisor: Session;
  let lyngbyAdmin: Session;
  let operator: Session;
  let lejreId: string;

  async function ok<T>(session: Session, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await api.gql<T>(query, variables, session);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  const get = (session: Session, path: string) => fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${session.token}` } });

  async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${what}: not within ${ms} ms`);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    await startWorkerProcess(db.appUrl, queuePrefix);
    admin = await api.login('admin@lejre.demo');
    advisor = await api.login('advisor@lejre.demo');
    lyngbyAdmin = await api.login('admin@lyngby-taarbaek.demo');
    operator = await api.login('operator@raadgiver.demo');
    lejreId = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
  });

  afterAll(async () => {
    killWorkerProcesses();
    await api?.close();
    await db?.drop();
  });

  it('builds a period archive the tenant admin downloads and marks delivered, each step audited', async () => {
    const bad = await api.gql(REQUEST, { period: { from: '2019-12-31', to: '2019-01-01' } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
    expect(bad.errors?.[0].message).toBe('Til må ikke ligge før fra (31. december 2019)');
    expect((await api.gql(LIST, {}, advisor)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { requestArchivePackage: asked } = await ok<{ requestArchivePackage: Pkg }>(admin, REQUEST, { period: { from: '2019-01-01', to: '2019-12-31' } });
    expect(asked).toMatchObject({ scope: 'period', periodFrom: '2019-01-01', periodTo: '2019-12-31', deliveredAt: null });
    const ready = await waitFor('the package is ready', 60_000, async () => {
      const { archivePackages } = await ok<{ archivePackages: Pkg[] }>(admin, LIST);
      const found = archivePackages.find((p) => p.id === asked.id);
      expect(found?.status).not.toBe('failed');
      return found?.status === 'ready' ? found : undefined;
    });

    const response = await get(admin, `/archives/${asked.id}/package.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(sha256(zip)).toBe(ready.sha256);
    expect(zip.length).toBe(ready.sizeBytes);
    const inquiries = parse(await (await JSZip.loadAsync(zip)).file('tables/inquiry.csv')!.async('string'), { columns: true }) as { id: string }[];
    const expected = await db.admin.query(
      `SELECT id FROM inquiry WHERE tenant_id = $1 AND (received_on BETWEEN '2019-01-01' AND '2019-12-31' OR closed_on BETWEEN '2019-01-01' AND '2019-12-31')`,
      [lejreId],
    );
    expect(inquiries.length).toBe(expected.rowCount);
    // Another municipality's admin does not find it.
    expect((await get(lyngbyAdmin, `/archives/${asked.id}/package.zip`)).status).toBe(404);

    const { markArchivePackageDelivered: delivered } = await ok<{ markArchivePackageDelivered: Pkg }>(admin, DELIVER, { id: asked.id });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.deliveredByName).toBeTruthy();
    const again = await api.gql(DELIVER, { id: asked.id }, admin);
    expect(again.errors?.[0]).toMatchObject({ message: 'Arkivpakken er allerede markeret som afleveret', extensions: { code: 'CONFLICT' } });
    expect((await api.gql(DELIVER, { id: asked.id }, lyngbyAdmin)).errors?.[0].extensions.code).toBe('NOT_FOUND');

    const audit = await db.admin.query<{ action: string; user_id: string | null }>(
      `SELECT action, user_id FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at, action`,
      [asked.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['archive.requested', 'archive.built', 'archive.downloaded', 'archive.delivered']);
    expect(audit.rows.find((r) => r.action === 'archive.built')?.user_id).toBeNull();
  });

  it('refuses to mark a package delivered before it is ready', async () => {
    const { rows } = await db.admin.query<{ id: string }>(
      `INSERT INTO archive_package (tenant_id, period_from, period_to, status) VALUES ($1, '2018-01-01', '2018-12-31', 'running') RETURNING id`,
      [lejreId],
    );
    const result = await api.gql(DELIVER, { id: rows[0].id }, admin);
    expect(result.errors?.[0]).toMatchObject({ message: 'Arkivpakken er ikke færdig endnu', extensions: { code: 'CONFLICT' } });
    expect((await db.admin.query('SELECT delivered_at FROM archive_package WHERE id = $1', [rows[0].id])).rows[0].delivered_at).toBeNull();
  });

  it("exports everything held about one citizen, as JSON and PDF, and no other citizen's registrations", async () => {
    const { rows: [citizen] } = await db.admin.query<{ id: string; display_name: string }>(
      `SELECT c.id, c.display_name FROM citizen c WHERE c.tenant_id = $1 AND (SELECT count(*) FROM inquiry i WHERE i.citizen_id = c.id) >= 2 LIMIT 1`,
      [lejreId],
    );
    const theirs = await db.admin.query<{ id: string; reference: string }>('SELECT id, reference FROM inquiry WHERE citizen_id = $1 ORDER BY id', [citizen.id]);
    // A learning entry about one of their inquiries.
    const author = (await db.admin.query<{ user_id: string }>(`SELECT user_id FROM membership WHERE tenant_id = $1 AND role = 'advisor' LIMIT 1`, [lejreId])).rows[0].user_id;
    await db.admin.query(
      `INSERT INTO learning_entry (tenant_id, inquiry_id, org_unit_id, what_went_wrong, why, what_was_learnt, prevention, author_id)
       SELECT $1, $2, (SELECT id FROM org_unit WHERE tenant_id = $1 LIMIT 1), 'Sent svar', 'Travlhed', 'Svar hurtigt', 'Frister', $3`,
      [lejreId, theirs.rows[0].id, author],
    );

    const response = await get(admin, `/citizens/${citizen.id}/insight.json`);
    expect(response.status).toBe(200);
    const insight = (await response.json()) as { citizen: { id: string; displayName: string }; inquiries: { id: string }[]; learningEntries: { inquiryId: string; whatWentWrong: string }[]; auditEvents: unknown[] };
    expect(insight.citizen).toMatchObject({ id: citizen.id, displayName: citizen.display_name });
    expect(insight.inquiries.map((i) => i.id).sort()).toEqual(theirs.rows.map((r) => r.id));
    expect(insight.learningEntries).toEqual([expect.objectContaining({ inquiryId: theirs.rows[0].id, whatWentWrong: 'Sent svar' })]);
    // Nothing of any other citizen: no other citizen's id, name or inquiry.
    const text = JSON.stringify(insight);
    const others = await db.admin.query<{ id: string; display_name: string }>('SELECT id, display_name FROM citizen WHERE tenant_id = $1 AND id <> $2', [lejreId, citizen.id]);
    const otherInquiries = await db.admin.query<{ id: string }>('SELECT id FROM inquiry WHERE tenant_id = $1 AND citizen_id <> $2', [lejreId, citizen.id]);
    for (const other of others.rows) expect(text).not.toContain(other.id);
    for (const other of otherInquiries.rows) expect(text).not.toContain(other.id);
    expect(others.rows.filter((o) => o.display_name !== citizen.display_name && text.includes(`"${o.display_name}"`))).toEqual([]);

    const pdf = await get(admin, `/citizens/${citizen.id}/insight.pdf`);
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfWords = await pdfText(bytes);
    expect(pdfWords).toContain(citizen.display_name);
    for (const { reference } of theirs.rows) expect(pdfWords).toContain(reference);

    const audit = await db.admin.query<{ details: { format: string; inquiries: number } }>(
      `SELECT details FROM audit_event WHERE action = 'citizen.insight_exported' AND subject_id = $1 ORDER BY occurred_at`,
      [citizen.id],
    );
    expect(audit.rows.map((r) => r.details.format)).toEqual(['json', 'pdf']);
    expect(audit.rows[0].details.inquiries).toBe(theirs.rows.length);

    expect((await get(lyngbyAdmin, `/citizens/${citizen.id}/insight.json`)).status).toBe(404);
    expect((await get(advisor, `/citizens/${citizen.id}/insight.json`)).status).toBe(403);
  });

  it('deletes a leaving municipality after its export and the typed name: no row of it remains, the others are untouched', async () => {
    const { rows: [tenant] } = await db.admin.query<{ id: string; name: string }>(`SELECT id, name FROM tenant WHERE slug = 'norddjurs'`);
    const onlyThere = (await db.admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'advisor@norddjurs.demo'`)).rows[0].id;
    const alsoElsewhere = (await db.admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'multi@raadgiver.demo'`)).rows[0].id;
    // A session working in it, and a user whose default municipality it is.
    await api.login('advisor@norddjurs.demo');
    expect((await db.admin.query('SELECT 1 FROM refresh_session WHERE active_tenant = $1', [tenant.id])).rowCount).toBeGreaterThan(0);
    await db.admin.query('UPDATE app_user SET default_tenant_id = $1 WHERE id = $2', [tenant.id, alsoElsewhere]);

    // No export yet: refused.
    const early = await api.gql(DELETE, { tenantId: tenant.id, confirmName: tenant.name }, operator);
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(early.errors?.[0].message).toContain('eksporteret');
    expect((await api.gql(EXPORT, { tenantId: tenant.id }, admin)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { exportTenant: exported } = await ok<{ exportTenant: Pkg }>(operator, EXPORT, { tenantId: tenant.id });
    expect(exported.scope).toBe('everything');
    const ready = await waitFor('the export is ready', 60_000, async () => {
      const { tenantExport } = await ok<{ tenantExport: Pkg | null }>(operator, EXPORT_STATUS, { tenantId: tenant.id });
      return tenantExport?.status === 'ready' ? tenantExport : undefined;
    });
    const zipResponse = await get(operator, `/tenants/${tenant.id}/exports/${ready.id}/package.zip`);
    expect(zipResponse.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await zipResponse.arrayBuffer()));
    const exportedInquiries = parse(await zip.file('tables/inquiry.csv')!.async('string'), { columns: true }) as { id: string }[];
    const allInquiries = await db.admin.query('SELECT id FROM inquiry WHERE tenant_id = $1', [tenant.id]);
    expect(exportedInquiries.length).toBe(allInquiries.rowCount);
    expect(allInquiries.rowCount).toBeGreaterThan(0);

    // The name must be typed as it stands.
    const wrongName = await api.gql(DELETE, { tenantId: tenant.id, confirmName: 'Norddjurs' }, operator);
    expect(wrongName.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'confirmName' } });
    expect(wrongName.errors?.[0].message).toBe('Kommunens navn som bekræftelse skal være kommunens navn, skrevet præcis som det står');
    // Nobody but the operator may run the database function.
    await expect(inContext(db.app, { tenantId: tenant.id, userId: onlyThere }, (em) => em.query('SELECT * FROM tenant_delete($1)', [tenant.id]))).rejects.toThrow(/only the platform operator/);

    const before = await rowsOfTenant(db, tenant.id);
    expect(before['inquiry.tenant_id']).toBeGreaterThan(0);
    expect(before['audit_event.tenant_id']).toBeGreaterThan(0);
    const othersBefore = await Promise.all((await db.admin.query<{ id: string }>('SELECT id FROM tenant WHERE id <> $1 ORDER BY id', [tenant.id])).rows.map((t) => fingerprintOfTenant(db, t.id)));
    const citizenNames = (await db.admin.query<{ display_name: string }>('SELECT display_name FROM citizen WHERE tenant_id = $1', [tenant.id])).rows.map((r) => r.display_name);

    const { deleteTenant } = await ok<{ deleteTenant: { account: string; counts: { table: string; rows: number }[] } }>(operator, DELETE, { tenantId: tenant.id, confirmName: ` ${tenant.name} ` });

    // No row of it remains anywhere the catalogue says a tenant's rows can be.
    const after = await rowsOfTenant(db, tenant.id);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    // Its only-member users went; a user of other municipalities stayed, without it as default.
    expect((await db.admin.query('SELECT 1 FROM app_user WHERE id = $1', [onlyThere])).rowCount).toBe(0);
    expect((await db.admin.query('SELECT default_tenant_id FROM app_user WHERE id = $1', [alsoElsewhere])).rows).toEqual([{ default_tenant_id: null }]);
    expect((await db.admin.query(`SELECT 1 FROM app_user WHERE email = 'operator@raadgiver.demo'`)).rowCount).toBe(1);
    // Every other municipality's rows are untouched.
    const othersAfter = await Promise.all((await db.admin.query<{ id: string }>('SELECT id FROM tenant WHERE id <> $1 ORDER BY id', [tenant.id])).rows.map((t) => fingerprintOfTenant(db, t.id)));
    expect(othersAfter).toEqual(othersBefore);

    // The written account: what went at once (per table, as counted before) and what remains in backups, no personal data.
    const counts = Object.fromEntries(deleteTenant.counts.map((c) => [c.table, c.rows]));
    expect(counts.inquiry).toBe(before['inquiry.tenant_id']);
    expect(counts.audit_event).toBe(before['audit_event.tenant_id']);
    expect(counts.app_user).toBeGreaterThanOrEqual(1);
    expect(deleteTenant.account).toContain(tenant.name);
    expect(deleteTenant.account).toContain(`inquiry: ${before['inquiry.tenant_id']}`);
    expect(deleteTenant.account).toMatch(/sikkerhedskopier[\s\S]*35 dage/);
    expect(deleteTenant.account).toContain('artikel 28, stk. 3, litra g');
    for (const name of citizenNames) expect(deleteTenant.account).not.toContain(name);
    const kept = await db.admin.query('SELECT tenant_name, account, deleted_by FROM tenant_deletion WHERE deleted_tenant = $1', [tenant.id]);
    expect(kept.rows).toEqual([{ tenant_name: tenant.name, account: deleteTenant.account, deleted_by: expect.any(String) }]);
  });
});
