import { aTenant, anInquiry, createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { inContext, NO_CONTEXT } from '../tenancy/db-context';
import { loadBenchmarkData } from './load-benchmark';
import { refreshTenantBenchmarkInContext } from './refresh-benchmark';

describe("the refresh's reasons why a year's figures are not fully comparable", () => {
  let db: TestDatabase;
  /** The year it is now in Denmark: a mapping changed by a test changes in it. */
  let thisYear: number;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 3 });
    thisYear = (await db.admin.query<{ year: number }>(`SELECT extract(year FROM now() AT TIME ZONE 'Europe/Copenhagen')::int AS year`)).rows[0].year;
  });

  afterAll(() => db?.drop());

  /** A new tenant with one registration on each day. */
  const tenantRegisteredOn = async (...days: string[]) => {
    const tenant = await aTenant(db).withUnit('Borgerservice').withCategory('Ventetid', { nationalCode: 'processing_time' }).build();
    for (const day of days) await anInquiry(db, tenant.id).receivedOn(day).build();
    return tenant;
  };

  /** The tenant's reasons per calendar year, after its refresh. */
  const reasonsByYear = async (tenantId: string) => {
    await refreshTenantBenchmarkInContext(db.app, tenantId);
    const rows = await db.admin.query<{ year: number; comparability: string[] }>(
      `SELECT year, comparability FROM benchmark_period WHERE tenant_id = $1 AND period_kind = 'year' ORDER BY year`,
      [tenantId],
    );
    return Object.fromEntries(rows.rows.map((r) => [r.year, r.comparability]));
  };

  it("marks the year a category's national code changed, kept by a trigger as the tenant, and no other year", async () => {
    const tenant = await tenantRegisteredOn(`${thisYear - 1}-01-03`, `${thisYear - 1}-12-20`, `${thisYear}-01-04`);
    expect(await reasonsByYear(tenant.id)).toEqual({ [thisYear - 1]: [], [thisYear]: [] });

    await inContext(db.app, { tenantId: tenant.id, userId: null }, (em) =>
      em.query(`UPDATE category SET national_code = 'deadlines' WHERE id = $1`, [tenant.categories.get('Ventetid')]),
    );
    const history = await db.admin.query(`SELECT kind, old_code, new_code FROM national_mapping_change WHERE tenant_id = $1`, [tenant.id]);
    expect(history.rows).toEqual([{ kind: 'category', old_code: 'processing_time', new_code: 'deadlines' }]);
    expect(await reasonsByYear(tenant.id)).toEqual({ [thisYear - 1]: [], [thisYear]: ['mapping_changed'] });

    // The reasons reach the benchmark's data with the aggregates.
    const data = await inContext(db.app, NO_CONTEXT, loadBenchmarkData);
    expect(data.periods.filter((p) => p.tenantId === tenant.id).map((p) => [p.year, p.comparability])).toEqual([
      [thisYear - 1, []],
      [thisYear, ['mapping_changed']],
    ]);
  });

  it("marks a change of a unit's department area in the Danish year it was made, and keeps the history from being rewritten", async () => {
    const tenant = await tenantRegisteredOn('2023-01-05', '2024-01-05', '2024-12-20', `${thisYear}-01-02`);
    await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => {
      await em.query(`UPDATE org_unit SET national_area = 'social' WHERE id = $1`, [tenant.units.get('Borgerservice')]);
      // Changes made earlier: 2023-12-31 23:30 UTC is already 2024 in Denmark.
      await em.query(
        `INSERT INTO national_mapping_change (tenant_id, kind, entry_id, old_code, new_code, changed_at) VALUES (app_tenant_id(), 'department_area', $1, NULL, 'social', '2023-12-31T23:30:00Z')`,
        [tenant.units.get('Borgerservice')],
      );
    });
    expect(await reasonsByYear(tenant.id)).toEqual({ 2023: [], 2024: ['mapping_changed'], [thisYear]: ['mapping_changed'] });
    const { rows } = await db.admin.query(`SELECT kind, new_code FROM national_mapping_change WHERE tenant_id = $1 ORDER BY changed_at DESC`, [tenant.id]);
    expect(rows[0]).toEqual({ kind: 'department_area', new_code: 'social' });

    await expect(
      inContext(db.app, { tenantId: tenant.id, userId: null }, (em) => em.query(`DELETE FROM national_mapping_change`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('marks the year a unit was created, moved, closed or merged after the first registration; not a rename, nor the tree set up before', async () => {
    const tenant = await tenantRegisteredOn('2022-01-10', '2022-12-20', '2023-01-03', '2023-12-20', '2024-01-03', '2024-12-20', '2025-01-03', '2025-12-20');
    const unit = tenant.units.get('Borgerservice');
    const event = (action: string, day: string) =>
      inContext(db.app, { tenantId: tenant.id, userId: null }, (em) =>
        em.query(`INSERT INTO org_unit_event (tenant_id, org_unit_id, action, effective_date) VALUES (app_tenant_id(), $1, $2, $3)`, [unit, action, day]),
      );
    await event('created', '2022-01-10');
    await event('renamed', '2023-05-01');
    await event('moved', '2024-05-01');
    expect(await reasonsByYear(tenant.id)).toEqual({ 2022: [], 2023: [], 2024: ['units_changed'], 2025: [] });
    await event('merged', '2025-12-31');
    expect(await reasonsByYear(tenant.id)).toEqual({ 2022: [], 2023: [], 2024: ['units_changed'], 2025: ['units_changed'] });
  });

  it('marks a year begun after January, or, once the year is over, ended before December', async () => {
    // Began 1 February 2022, ended 30 November 2024: both ends of its registrations are partial years.
    const late = await tenantRegisteredOn('2022-02-01', '2022-12-20', '2023-01-03', '2023-12-20', '2024-01-03', '2024-11-30');
    expect(await reasonsByYear(late.id)).toEqual({ 2022: ['partial_year'], 2023: [], 2024: ['partial_year'] });

    // Began 31 January 2022 and ended 1 December 2024: whole years.
    const whole = await tenantRegisteredOn('2022-01-31', '2022-12-20', '2023-01-03', '2023-12-20', '2024-01-03', '2024-12-01');
    expect(await reasonsByYear(whole.id)).toEqual({ 2022: [], 2023: [], 2024: [] });

    // The year that is not over yet has not ended early, however long ago its last registration.
    const current = await tenantRegisteredOn(`${thisYear - 1}-01-02`, `${thisYear - 1}-12-28`, `${thisYear}-01-01`);
    expect(await reasonsByYear(current.id)).toEqual({ [thisYear - 1]: [], [thisYear]: [] });
  });

  it('gives every reason of a year together, in their order', async () => {
    const tenant = await tenantRegisteredOn('2024-03-01', '2024-08-01');
    await inContext(db.app, { tenantId: tenant.id, userId: null }, async (em) => {
      await em.query(`INSERT INTO org_unit_event (tenant_id, org_unit_id, action, effective_date) VALUES (app_tenant_id(), $1, 'closed', '2024-06-30')`, [
        tenant.units.get('Borgerservice'),
      ]);
      await em.query(
        `INSERT INTO national_mapping_change (tenant_id, kind, entry_id, old_code, new_code, changed_at) VALUES (app_tenant_id(), 'outcome', gen_random_uuid(), 'other', 'criticism', '2024-04-01T10:00:00Z')`,
      );
    });
    expect(await reasonsByYear(tenant.id)).toEqual({ 2024: ['mapping_changed', 'units_changed', 'partial_year'] });
  });
});
