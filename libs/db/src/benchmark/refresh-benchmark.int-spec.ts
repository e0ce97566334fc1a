import { anInquiry, createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { inContext } from '../tenancy/db-context';
import { refreshTenantBenchmarkInContext } from './refresh-benchmark';

describe('refreshing the benchmark aggregates', () => {
  let db: TestDatabase;
  let tenants: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 3 });
    const rows = await db.admin.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant');
    tenants = Object.fromEntries(rows.rows.map((r) => [r.slug, r.id]));
    for (const id of Object.values(tenants)) await refreshTenantBenchmarkInContext(db.app, id);
  });

  afterAll(() => db?.drop());

  const snapshot = async (tenantId: string) =>
    (await db.admin.query(
      `SELECT p.period_from::text, p.period_to::text, p.registrations, p.complaints, p.first_contact_median_days::text, p.close_median_days::text,
              (SELECT json_agg(json_build_array(c.dimension, c.code, c.registrations, c.decided_cases) ORDER BY c.dimension, c.code)
                 FROM benchmark_count c WHERE (c.tenant_id, c.period_from, c.period_to) = (p.tenant_id, p.period_from, p.period_to)) AS counts
         FROM benchmark_period p WHERE p.tenant_id = $1 ORDER BY p.period_from, p.period_to`,
      [tenantId],
    )).rows;

  it('agrees with the registrations counted directly, per year', async () => {
    const lejre = tenants.lejre;
    const direct = await db.admin.query<{ year: number; registrations: number; complaints: number; citizens: number; first_contact: string | null }>(
      `SELECT extract(year FROM received_on)::int AS year, count(*)::int AS registrations, (count(*) FILTER (WHERE kind = 'complaint'))::int AS complaints,
              count(DISTINCT citizen_id)::int AS citizens, percentile_cont(0.5) WITHIN GROUP (ORDER BY first_contact_on - received_on)::numeric::text AS first_contact
         FROM inquiry WHERE tenant_id = $1 GROUP BY 1 ORDER BY 1`,
      [lejre],
    );
    const stored = await db.admin.query(
      `SELECT year, registrations, complaints, distinct_citizens AS citizens, first_contact_median_days::text AS first_contact
         FROM benchmark_period WHERE tenant_id = $1 AND period_kind = 'year' ORDER BY year`,
      [lejre],
    );
    expect(stored.rows).toEqual(direct.rows);
    expect(direct.rows.length).toBeGreaterThan(0);
    const kinds = await db.admin.query(
      `SELECT sum(c.registrations)::int AS n FROM benchmark_count c JOIN benchmark_period p USING (tenant_id, period_from, period_to)
        WHERE c.tenant_id = $1 AND p.period_kind = 'year' AND c.dimension = 'kind'`,
      [lejre],
    );
    expect(kinds.rows[0].n).toBe(direct.rows.reduce((sum, r) => sum + r.registrations, 0));
  });

  it("updates Lejre's aggregates after a change in Lejre's registrations, and nobody else's", async () => {
    const others = Object.entries(tenants).filter(([slug]) => slug !== 'lejre');
    const before = Object.fromEntries(await Promise.all(Object.entries(tenants).map(async ([slug, id]) => [slug, await snapshot(id)] as const)));
    const [{ year }] = (await db.admin.query<{ year: number }>(`SELECT max(extract(year FROM received_on))::int AS year FROM inquiry WHERE tenant_id = $1`, [tenants.lejre])).rows;
    const [inquiry] = await inContext(db.app, { tenantId: tenants.lejre, userId: null }, (em) => em.query<{ citizen_id: string }[]>('SELECT citizen_id FROM inquiry LIMIT 1'));
    await anInquiry(db, tenants.lejre).withReference('BENCH-1').forCitizen(inquiry.citizen_id).receivedOn(`${year}-06-01`).build();
    // Others refresh too (the nightly run): their rows stay exactly as they were.
    for (const id of Object.values(tenants)) await refreshTenantBenchmarkInContext(db.app, id);
    const lejreAfter = await snapshot(tenants.lejre);
    const yearRow = (rows: Record<string, unknown>[]) => rows.find((r) => r.period_from === `${year}-01-01` && r.period_to === `${year}-12-31`) as { registrations: number };
    expect(yearRow(lejreAfter).registrations).toBe(yearRow(before.lejre).registrations + 1);
    for (const [slug, id] of others) expect({ slug, rows: await snapshot(id) }).toEqual({ slug, rows: before[slug] });
  });

  it('lets a tenant write only its own aggregates, while everyone reads all of them', async () => {
    const [lejre, other] = [tenants.lejre, tenants.norddjurs];
    await expect(
      inContext(db.app, { tenantId: lejre, userId: null }, (em) => em.query('DELETE FROM benchmark_period WHERE tenant_id = $1 RETURNING 1', [other])),
    ).resolves.toEqual([[], 0]);
    await expect(
      inContext(db.app, { tenantId: lejre, userId: null }, (em) =>
        em.query(`INSERT INTO benchmark_comment (tenant_id, year, text, written_by) SELECT $1, 2020, 'x', id FROM app_user LIMIT 1`, [other]),
      ),
    ).rejects.toThrow(/row-level security/);
    const seenByAnonymous = await db.app.query('SELECT DISTINCT tenant_id FROM benchmark_period');
    expect(seenByAnonymous.length).toBe(Object.keys(tenants).length);
  });

  it('lets only the operator change a peer group', async () => {
    await expect(
      inContext(db.app, { tenantId: tenants.lejre, userId: null }, (em) => em.query(`UPDATE tenant SET benchmark_peer_group = 'storby' WHERE id = $1`, [tenants.lejre])),
    ).rejects.toThrow(/peer group/);
    await inContext(db.app, { tenantId: tenants.lejre, userId: null }, (em) => em.query('UPDATE tenant SET benchmark_opt_in = true WHERE id = $1', [tenants.lejre]));
  });
});
