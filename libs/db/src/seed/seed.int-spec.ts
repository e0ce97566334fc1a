import { TENANT_ROLES } from '@raadgiver/domain';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Client } from 'pg';
import { DEMO_LOGINS, DEMO_PASSWORD, inContext, seedDemo, SEEDED_TABLES, verifyPassword } from '../index';

/** Every row of every table, as text, in a stable order. */
async function snapshot(admin: Client): Promise<Record<string, string[]>> {
  const tables = await admin.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const result: Record<string, string[]> = {};
  for (const { tablename } of tables.rows) {
    const rows = await admin.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${tablename}" t ORDER BY 1`);
    result[tablename] = rows.rows.map((r) => r.row);
  }
  return result;
}

describe('the demo seed', () => {
  let db: TestDatabase;
  let tenantIds: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    const tenants = await db.admin.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant');
    tenantIds = Object.fromEntries(tenants.rows.map((t) => [t.slug, t.id]));
  });

  afterAll(() => db.drop());

  it('changes no row and no value when it runs a second time', async () => {
    const before = await snapshot(db.admin);
    expect(before.tenant).toHaveLength(3);

    const summary = await seedDemo(db.app);

    expect(summary.inserted).toEqual(Object.fromEntries(SEEDED_TABLES.map((table) => [table, 0])));
    expect(summary.tenants.map((t) => t.slug).sort()).toEqual(['lejre', 'lyngby-taarbaek', 'norddjurs']);
    expect(await snapshot(db.admin)).toEqual(before);
  });

  it('keeps CBAK as one unit with its CUBA name in the history', async () => {
    const unit = await db.admin.query(
      `SELECT id, short_name, kind FROM org_unit WHERE tenant_id = $1 AND name = 'CBAK'`,
      [tenantIds['lyngby-taarbaek']],
    );
    expect(unit.rows).toEqual([{ id: expect.any(String), short_name: 'CBAK', kind: 'center' }]);
    const history = await db.admin.query(
      `SELECT action, from_name, to_name, effective_date::text FROM org_unit_event WHERE org_unit_id = $1 ORDER BY occurred_at`,
      [unit.rows[0].id],
    );
    expect(history.rows).toEqual([
      { action: 'created', from_name: null, to_name: 'Center for Unge, Borgerservice og Arbejdsmarked', effective_date: '2022-01-01' },
      { action: 'renamed', from_name: 'Center for Unge, Borgerservice og Arbejdsmarked', to_name: 'CBAK', effective_date: '2024-01-01' },
    ]);
    const departments = await db.admin.query(`SELECT name FROM org_unit WHERE parent_id = $1 ORDER BY sort_order`, [unit.rows[0].id]);
    expect(departments.rows.map((r) => r.name)).toEqual(['Jobcenter', 'Administration og Udbetaling', 'Ungeenheden']);
  });

  it('gives every org unit a created event, and marks only the invented Lejre tree as demo', async () => {
    const withoutEvent = await db.admin.query(
      `SELECT u.name FROM org_unit u WHERE NOT EXISTS (
         SELECT 1 FROM org_unit_event e WHERE e.tenant_id = u.tenant_id AND e.org_unit_id = u.id AND e.action = 'created')`,
    );
    expect(withoutEvent.rows).toEqual([]);
    const demoFlags = await db.admin.query<{ slug: string; is_demo: boolean; n: number }>(
      `SELECT t.slug, u.is_demo, count(*)::int AS n FROM org_unit u JOIN tenant t ON t.id = u.tenant_id GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(demoFlags.rows.map(({ slug, is_demo }) => [slug, is_demo])).toEqual([
      ['lejre', true],
      ['lyngby-taarbaek', false],
      ['norddjurs', false],
    ]);
  });

  it('gives Norddjurs its six fagområder as areas', async () => {
    const areas = await db.admin.query(`SELECT name FROM org_unit WHERE tenant_id = $1 AND kind = 'area' ORDER BY sort_order`, [
      tenantIds.norddjurs,
    ]);
    expect(areas.rows.map((r) => r.name)).toEqual([
      'Sundhed og Omsorgsområdet',
      'Socialområdet',
      'Børne- og Familieområdet',
      'Skole- og dagtilbudsområdet',
      'Borgerservice, IT og Digitalisering',
      'Erhverv- og arbejdsmarkedsafdelingen',
    ]);
  });

  it('gives each tenant one demo user per role, and the multi-tenant advisor a membership in all three', async () => {
    const memberships = await db.admin.query<{ slug: string; email: string; role: string }>(
      `SELECT t.slug, u.email, m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id JOIN app_user u ON u.id = m.user_id`,
    );
    for (const slug of ['lejre', 'lyngby-taarbaek', 'norddjurs']) {
      const own = memberships.rows.filter((m) => m.slug === slug && m.email.endsWith(`@${slug}.demo`));
      expect(own.map((m) => m.role).sort()).toEqual([...TENANT_ROLES].sort());
      expect(memberships.rows.filter((m) => m.slug === slug && m.email === 'multi@raadgiver.demo').map((m) => m.role)).toEqual(['advisor']);
    }
    const operator = await db.admin.query(
      `SELECT u.is_operator, (SELECT count(*)::int FROM membership m WHERE m.user_id = u.id) AS memberships
       FROM app_user u WHERE email = 'operator@raadgiver.demo'`,
    );
    expect(operator.rows).toEqual([{ is_operator: true, memberships: 0 }]);
    expect(DEMO_LOGINS.map((l) => l.email).sort()).toEqual(
      (await db.admin.query<{ email: string }>('SELECT email FROM app_user ORDER BY email')).rows.map((r) => r.email),
    );
  });

  it('binds each department contact to a real department of their own tenant', async () => {
    const bound = await db.admin.query<{ email: string; unit: string }>(
      `SELECT u.email, o.name AS unit FROM membership_org_unit b
         JOIN app_user u ON u.id = b.user_id JOIN org_unit o ON o.tenant_id = b.tenant_id AND o.id = b.org_unit_id
       ORDER BY u.email`,
    );
    expect(bound.rows).toEqual([
      { email: 'contact@lejre.demo', unit: 'Familierådgivningen' },
      { email: 'contact@lyngby-taarbaek.demo', unit: 'Børne- og ungeområdet' },
      { email: 'contact@norddjurs.demo', unit: 'Socialområdet' },
    ]);
  });

  it('stores one argon2id hash of the demo password, computed once for all users', async () => {
    const hashes = await db.admin.query<{ password_hash: string }>('SELECT DISTINCT password_hash FROM app_user');
    expect(hashes.rows).toHaveLength(1);
    expect(hashes.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hashes.rows[0].password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('keeps the population per year and the catalogues mapped to national codes', async () => {
    const population = await db.admin.query<{ slug: string; year: number; inhabitants: number }>(
      `SELECT t.slug, p.year, p.inhabitants FROM tenant_population p JOIN tenant t ON t.id = p.tenant_id ORDER BY 1, 2`,
    );
    expect(population.rows).toEqual([
      { slug: 'lejre', year: 2023, inhabitants: 28930 },
      { slug: 'lejre', year: 2025, inhabitants: 29594 },
      { slug: 'lyngby-taarbaek', year: 2024, inhabitants: 58538 },
      { slug: 'lyngby-taarbaek', year: 2025, inhabitants: 58713 },
      { slug: 'norddjurs', year: 2024, inhabitants: 36773 },
      { slug: 'norddjurs', year: 2025, inhabitants: 36658 },
    ]);
    const lejreOutcomes = await db.admin.query(`SELECT name, national_code FROM outcome WHERE tenant_id = $1 ORDER BY sort_order LIMIT 3`, [
      tenantIds.lejre,
    ]);
    expect(lejreOutcomes.rows).toEqual([
      { name: 'Styrket dialog', national_code: 'dialogue_strengthened' },
      { name: 'Hjælp til klageprocessen', national_code: 'complaint_help' },
      { name: 'Genoptaget af forvaltningen', national_code: 'reopened' },
    ]);
  });

  it('lets the tenant see only its own catalogue through row-level security', async () => {
    const seen = await inContext(db.app, { tenantId: tenantIds.norddjurs, userId: null }, (em) =>
      em.query(`SELECT DISTINCT tenant_id FROM category`),
    );
    expect(seen).toEqual([{ tenant_id: tenantIds.norddjurs }]);
  });
});
