import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const SET_ALL = 'mutation S($input: SetDecidedCaseVolumesInput!) { setDecidedCaseVolumes(input: $input) { orgUnitId year decidedCases } }';
const LIST = 'query L($year: Int!) { decidedCaseVolumes(year: $year) { orgUnitId decidedCases } }';

describe("the year's decided cases of all units, saved together", () => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;
  let advisor: Session;
  let units: string[];
  let norddjursUnit: string;

  const gql = (session: Session, query: string, variables: Record<string, unknown>) => api.gql<Record<string, unknown>>(query, variables, session);
  const volumes = async (year: number) => {
    const result = await api.gql<{ decidedCaseVolumes: { orgUnitId: string; decidedCases: number }[] }>(LIST, { year }, admin);
    return new Map(result.data!.decidedCaseVolumes.map((v) => [v.orgUnitId, v.decidedCases]));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    admin = await api.login('admin@lejre.demo');
    advisor = await api.login('advisor@lejre.demo');
    const unitsOf = async (slug: string) =>
      (await db.admin.query(`SELECT u.id FROM org_unit u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = $1 AND u.valid_to IS NULL ORDER BY u.name LIMIT 3`, [slug])).rows.map(
        (r) => r.id as string,
      );
    units = await unitsOf('lejre');
    [norddjursUnit] = await unitsOf('norddjurs');
    expect(units).toHaveLength(3);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('stores every row in one go, replaces what was there and audits each unit', async () => {
    const first = await gql(admin, SET_ALL, { input: { year: 2021, rows: units.map((orgUnitId, i) => ({ orgUnitId, decidedCases: 100 + i })) } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.setDecidedCaseVolumes).toEqual(units.map((orgUnitId, i) => ({ orgUnitId, year: 2021, decidedCases: 100 + i })));
    const again = await gql(admin, SET_ALL, { input: { year: 2021, rows: [{ orgUnitId: units[1], decidedCases: 7 }] } });
    expect(again.errors).toBeUndefined();
    expect(await volumes(2021)).toEqual(new Map([[units[0], 100], [units[1], 7], [units[2], 102]]));
    const { rows: audit } = await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'decided_case_volume.set' AND details ->> 'year' = '2021'`);
    expect(audit[0].n).toBe(4);
  });

  it("stores nothing when one row is wrong, and names that row's field in Danish", async () => {
    const cases = [
      { bad: -1, code: 'out_of_range', message: 'Afgjorte sager skal være mellem 0 og 10.000.000' },
      { bad: 2.5, code: 'not_integer', message: 'Afgjorte sager skal være et helt tal' },
    ];
    for (const { bad, message } of cases) {
      const result = await gql(admin, SET_ALL, { input: { year: 2022, rows: [{ orgUnitId: units[0], decidedCases: 10 }, { orgUnitId: units[1], decidedCases: bad }, { orgUnitId: units[2], decidedCases: 30 }] } });
      expect(result.data).toBeNull();
      expect(result.errors!.map((e) => ({ code: e.extensions.code, field: e.extensions.field, message: e.message }))).toEqual([
        { code: 'BAD_USER_INPUT', field: 'rows[1].decidedCases', message },
      ]);
    }
    // A unit of another municipality in the last row: the rows before it are not kept either.
    const foreign = await gql(admin, SET_ALL, { input: { year: 2022, rows: [{ orgUnitId: units[0], decidedCases: 10 }, { orgUnitId: norddjursUnit, decidedCases: 20 }] } });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'rows[1].orgUnitId' });
    const unknown = await gql(admin, SET_ALL, { input: { year: 2022, rows: [{ orgUnitId: units[0], decidedCases: 10 }, { orgUnitId: randomUUID(), decidedCases: 20 }] } });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'rows[1].orgUnitId' });
    const twice = await gql(admin, SET_ALL, { input: { year: 2022, rows: [{ orgUnitId: units[0], decidedCases: 10 }, { orgUnitId: units[0], decidedCases: 20 }] } });
    expect(twice.errors!.map((e) => [e.extensions.field, e.message])).toEqual([['rows[1].orgUnitId', 'Enhed står mere end én gang']]);
    const badYear = await gql(admin, SET_ALL, { input: { year: 1999, rows: [{ orgUnitId: units[0], decidedCases: 10 }] } });
    expect(badYear.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await volumes(2022)).toEqual(new Map());
    const { rows } = await db.admin.query(`SELECT count(*)::int AS n FROM decided_case_volume WHERE year = 2022`);
    expect(rows[0].n).toBe(0);
  });

  it('is for the tenant admin only', async () => {
    const result = await gql(advisor, SET_ALL, { input: { year: 2023, rows: [{ orgUnitId: units[0], decidedCases: 10 }] } });
    expect(result.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await volumes(2023)).toEqual(new Map());
  });
});
