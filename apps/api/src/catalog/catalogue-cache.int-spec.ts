import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const CREATE_CITIZEN = 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }';
const CREATE_INQUIRY = 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }';
const LIST = `query L($first: Int) { inquiries(first: $first, sort: RECEIVED_DESC) { totalCount edges { node { id
  orgUnit { id name shortName nationalArea } outcome { id name } categories { id name nationalCode sortOrder } } } } }`;

interface Named {
  id: string;
  orgUnit: { id: string; name: string; shortName: string | null; nationalArea: string | null } | null;
  outcome: { id: string; name: string } | null;
  categories: { id: string; name: string; nationalCode: string; sortOrder: number }[];
}

interface Lejre {
  tenantId: string;
  familie: string;
  jobcenter: string;
  /** Two active categories, the first before the second in the catalogue's order (sort order, then name). */
  categories: { id: string; name: string; sortOrder: number }[];
  outcomes: string[];
}

describe('the catalogue cache behind the inquiry list', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let admin: Session;
  let norddjursAdvisor: Session;
  let lejre: Lejre;
  let norddjursId: string;
  let citizen: string;

  const token = () => `T${randomUUID().slice(0, 8)}`;

  const ok = async <T>(query: string, variables: Record<string, unknown>, session: Session): Promise<T> => {
    const result = await api.gql<T>(query, variables, session);
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  /** Every inquiry of the session's tenant as the list names it, by id. */
  const listed = async (session: Session = advisor): Promise<Map<string, Named>> => {
    const data = await ok<{ inquiries: { totalCount: number; edges: { node: Named }[] } }>(LIST, { first: 200 }, session);
    expect(data.inquiries.edges.length).toBe(Math.min(200, data.inquiries.totalCount));
    return new Map(data.inquiries.edges.map((e) => [e.node.id, e.node]));
  };

  const listedOne = async (id: string, session: Session = advisor): Promise<Named> => {
    const node = (await listed(session)).get(id);
    if (!node) throw new Error(`inquiry ${id} is not in the list`);
    return node;
  };

  const createInquiry = async (fields: Record<string, unknown>, session: Session = advisor, citizenId = citizen) =>
    (
      await ok<{ createInquiry: { id: string } }>(
        CREATE_INQUIRY,
        { input: { reference: token(), receivedOn: '2024-05-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé', ...fields } },
        session,
      )
    ).createInquiry.id;

  const version = async (tenantId: string): Promise<bigint> =>
    BigInt((await db.admin.query('SELECT coalesce((SELECT catalogue_version FROM tenant_version WHERE tenant_id = $1), 0)::text AS v', [tenantId])).rows[0].v);

  /** Runs statements as the app role (RLS applies) inside one tenant's context, as the API does. */
  const inTenant = (tenantId: string, work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>) =>
    db.app.transaction(async (em) => {
      await em.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      await work((sql, params) => em.query(sql, params));
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    admin = await api.login('admin@lejre.demo');
    norddjursAdvisor = await api.login('advisor@norddjurs.demo');
    const tenantId = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id as string;
    norddjursId = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id as string;
    const ids = async (sql: string) => (await db.admin.query(sql, [tenantId])).rows.map((r) => r.id as string);
    const [familie] = await ids(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = 'Familierådgivningen'`);
    const [jobcenter] = await ids(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = 'Jobcenter'`);
    const categories = (
      await db.admin.query(`SELECT id, name, sort_order FROM category WHERE tenant_id = $1 AND active ORDER BY sort_order, name, id LIMIT 2`, [tenantId])
    ).rows.map((r) => ({ id: r.id as string, name: r.name as string, sortOrder: r.sort_order as number }));
    lejre = {
      tenantId, familie, jobcenter, categories,
      outcomes: await ids(`SELECT id FROM outcome WHERE tenant_id = $1 AND active ORDER BY sort_order, name LIMIT 2`),
    };
    expect([familie, jobcenter, norddjursId].every(Boolean)).toBe(true);
    expect(categories).toHaveLength(2);
    expect(lejre.outcomes).toHaveLength(2);
    citizen = (await ok<{ createCitizen: { id: string } }>(CREATE_CITIZEN, { input: { reference: token(), displayName: 'Jens Hansen' } }, advisor)).createCitizen.id;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('names units, outcomes and categories as changed by the admin at once, in the new category order, with the same API', async () => {
    const [first, second] = lejre.categories;
    const id = await createInquiry({ orgUnitId: lejre.familie, outcomeId: lejre.outcomes[0], categoryIds: [second.id, first.id] });

    // Warm: two lists, the second from the held catalogue.
    await listed();
    const before = await listedOne(id);
    expect(before.orgUnit).toMatchObject({ id: lejre.familie, name: 'Familierådgivningen' });
    expect(before.outcome?.id).toBe(lejre.outcomes[0]);
    expect(before.categories.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(before.categories.map((c) => c.name)).toEqual([first.name, second.name]);

    const unitName = `Familie ${token()}`;
    const outcomeName = `Udfald ${token()}`;
    const categoryName = `Kategori ${token()}`;
    await ok('mutation R($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id name } }', { input: { id: lejre.familie, name: unitName } }, admin);
    await ok('mutation U($input: UpdateCatalogEntryInput!) { updateOutcome(input: $input) { id } }', { input: { id: lejre.outcomes[0], name: outcomeName } }, admin);
    await ok('mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id } }', { input: { id: second.id, name: categoryName } }, admin);

    const renamed = await listedOne(id);
    expect(renamed.orgUnit).toMatchObject({ id: lejre.familie, name: unitName });
    expect(renamed.outcome).toEqual({ id: lejre.outcomes[0], name: outcomeName });
    expect(renamed.categories.map((c) => [c.id, c.name])).toEqual([
      [first.id, first.name],
      [second.id, categoryName],
    ]);

    // The first category moves behind the second.
    const sortOrder = second.sortOrder + 1;
    await ok('mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id } }', { input: { id: first.id, sortOrder } }, admin);
    const reordered = await listedOne(id);
    expect(reordered.categories.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(reordered.categories.find((c) => c.id === first.id)?.sortOrder).toBe(sortOrder);

    const area = renamed.orgUnit?.nationalArea === 'children_families' ? 'employment' : 'children_families';
    await ok('mutation A($orgUnitId: ID!, $area: String) { setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area) }', { orgUnitId: lejre.familie, area }, admin);
    expect((await listedOne(id)).orgUnit).toMatchObject({ id: lejre.familie, name: unitName, nationalArea: area });

    // Cleared again, and seen cleared.
    await ok('mutation A($orgUnitId: ID!, $area: String) { setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area) }', { orgUnitId: lejre.familie, area: null }, admin);
    expect((await listedOne(id)).orgUnit?.nationalArea).toBeNull();
  });

  it('names a category created after the catalogue was held, on an inquiry that uses it', async () => {
    await listed();
    await listed();
    const name = `Ny kategori ${token()}`;
    const created = await ok<{ createCategory: { id: string } }>(
      'mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id } }',
      { input: { name, nationalCode: 'other', sortOrder: 0 } },
      admin,
    );
    const categoryId = created.createCategory.id;
    const other = lejre.categories[1];
    const id = await createInquiry({ orgUnitId: lejre.jobcenter, categoryIds: [other.id, categoryId] });

    const node = await listedOne(id);
    expect(node.categories.map((c) => c.id).sort()).toEqual([other.id, categoryId].sort());
    expect(node.categories.find((c) => c.id === categoryId)).toEqual({ id: categoryId, name, nationalCode: 'other', sortOrder: 0 });

    // Alone on an inquiry too.
    const alone = await createInquiry({ categoryIds: [categoryId] });
    expect((await listedOne(alone)).categories).toEqual([{ id: categoryId, name, nationalCode: 'other', sortOrder: 0 }]);
  });

  it("moves the tenant's catalogue_version once per statement that changes its units, categories or outcomes, and no other tenant's", async () => {
    const moved = async (work: () => Promise<unknown>): Promise<bigint> => {
      const [lejreBefore, norddjursBefore] = [await version(lejre.tenantId), await version(norddjursId)];
      await work();
      expect(await version(norddjursId)).toBe(norddjursBefore);
      return (await version(lejre.tenantId)) - lejreBefore;
    };
    const t = token();

    // As the app role, in Lejre's context (RLS applies to the trigger's UPDATE of the tenant row).
    expect(
      await moved(() =>
        inTenant(lejre.tenantId, async (q) =>
          void (await q(`INSERT INTO category (tenant_id, name, national_code, active, sort_order) VALUES ($1, $2, 'other', true, 900), ($1, $3, 'other', true, 901), ($1, $4, 'other', true, 902)`, [
            lejre.tenantId, `${t} a`, `${t} b`, `${t} c`,
          ])),
        ),
      ),
    ).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`UPDATE category SET sort_order = sort_order + 1 WHERE name LIKE $1`, [`${t} %`]))))).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`DELETE FROM category WHERE name LIKE $1`, [`${t} %`]))))).toBe(1n);
    // A statement that changes no row moves nothing.
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`UPDATE category SET name = name WHERE false`))))).toBe(0n);

    expect(
      await moved(() =>
        inTenant(lejre.tenantId, async (q) => void (await q(`INSERT INTO outcome (tenant_id, name, national_code, active, sort_order) VALUES ($1, $2, 'other', true, 900)`, [lejre.tenantId, `${t} o`]))),
      ),
    ).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`UPDATE outcome SET name = $2 WHERE name = $1`, [`${t} o`, `${t} p`]))))).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`DELETE FROM outcome WHERE name = $1`, [`${t} p`]))))).toBe(1n);

    expect(
      await moved(() =>
        inTenant(lejre.tenantId, async (q) =>
          void (await q(`INSERT INTO org_unit (tenant_id, parent_id, name, kind, valid_from, sort_order, is_demo) VALUES ($1, NULL, $2, 'department', '2024-01-01', 900, false)`, [
            lejre.tenantId, `${t} u`,
          ])),
        ),
      ),
    ).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`UPDATE org_unit SET short_name = 'X' WHERE name = $1`, [`${t} u`]))))).toBe(1n);
    expect(await moved(() => inTenant(lejre.tenantId, async (q) => void (await q(`DELETE FROM org_unit WHERE name = $1`, [`${t} u`]))))).toBe(1n);

    // As the superuser (past RLS), the same: one INSERT of three categories is one step.
    expect(
      await moved(() =>
        db.admin.query(
          `INSERT INTO category (tenant_id, name, national_code, active, sort_order) VALUES ($1, $2, 'other', true, 900), ($1, $3, 'other', true, 901), ($1, $4, 'other', true, 902)`,
          [lejre.tenantId, `${t} x`, `${t} y`, `${t} z`],
        ),
      ),
    ).toBe(1n);
    expect(await moved(() => db.admin.query(`DELETE FROM category WHERE tenant_id = $1 AND name LIKE $2`, [lejre.tenantId, `${t} %`]))).toBe(1n);

    // One statement over two tenants moves each of them once.
    const [lejreBefore, norddjursBefore] = [await version(lejre.tenantId), await version(norddjursId)];
    await db.admin.query(`UPDATE outcome SET sort_order = sort_order WHERE tenant_id IN ($1, $2)`, [lejre.tenantId, norddjursId]);
    expect([(await version(lejre.tenantId)) - lejreBefore, (await version(norddjursId)) - norddjursBefore]).toEqual([1n, 1n]);

    // The API's own changes move it too.
    expect(
      await moved(() =>
        ok('mutation U($input: UpdateCatalogEntryInput!) { updateOutcome(input: $input) { id } }', { input: { id: lejre.outcomes[1], name: `Udfald ${token()}` } }, admin),
      ),
    ).toBe(1n);
  });

  it("names only the tenant's own units, each tenant's catalogue held side by side", async () => {
    const unitsOf = async (tenantId: string) =>
      new Map((await db.admin.query('SELECT id, name FROM org_unit WHERE tenant_id = $1', [tenantId])).rows.map((r) => [r.id as string, r.name as string]));

    const norddjursUnits = await unitsOf(norddjursId);
    const norddjursUnit = [...norddjursUnits.keys()][0];
    const norddjursCitizen = (
      await ok<{ createCitizen: { id: string } }>(CREATE_CITIZEN, { input: { reference: token(), displayName: 'Karen Nielsen' } }, norddjursAdvisor)
    ).createCitizen.id;
    const norddjursInquiry = await createInquiry({ orgUnitId: norddjursUnit }, norddjursAdvisor, norddjursCitizen);
    const lejreInquiry = await createInquiry({ orgUnitId: lejre.jobcenter });

    const check = async () => {
      const lejreUnits = await unitsOf(lejre.tenantId);
      const ownUnits = async (session: Session, own: Map<string, string>, other: Map<string, string>) => {
        const nodes = [...(await listed(session)).values()];
        const named = nodes.filter((n) => n.orgUnit).map((n) => n.orgUnit!);
        expect(named.length).toBeGreaterThan(0);
        for (const unit of named) {
          expect(own.get(unit.id)).toBe(unit.name);
          expect(other.has(unit.id)).toBe(false);
        }
        return nodes;
      };
      const lejreNodes = await ownUnits(advisor, lejreUnits, norddjursUnits);
      const norddjursNodes = await ownUnits(norddjursAdvisor, norddjursUnits, lejreUnits);
      expect(lejreNodes.map((n) => n.id)).toContain(lejreInquiry);
      expect(lejreNodes.map((n) => n.id)).not.toContain(norddjursInquiry);
      expect(norddjursNodes.map((n) => n.id)).toContain(norddjursInquiry);
      expect(norddjursNodes.find((n) => n.id === norddjursInquiry)?.orgUnit).toMatchObject({ id: norddjursUnit, name: norddjursUnits.get(norddjursUnit) });
      expect(lejreNodes.find((n) => n.id === lejreInquiry)?.orgUnit).toMatchObject({ id: lejre.jobcenter, name: lejreUnits.get(lejre.jobcenter) });
    };

    // Tenants' versions are independent counters and may well be equal: a cache that told catalogues apart by
    // version alone would hand one tenant the other's.
    await db.admin.query(
      `INSERT INTO tenant_version AS v (tenant_id, catalogue_version)
         SELECT t.id, (SELECT coalesce(max(catalogue_version), 0) + 1000 FROM tenant_version WHERE tenant_id IN ($1, $2)) FROM tenant t WHERE t.id IN ($1, $2)
         ON CONFLICT (tenant_id) DO UPDATE SET catalogue_version = excluded.catalogue_version`,
      [lejre.tenantId, norddjursId],
    );
    expect(await version(lejre.tenantId)).toBe(await version(norddjursId));
    // Both catalogues held, then read again from what is held, alternately.
    await check();
    await check();
    // A change in Norddjurs's catalogue leaves Lejre's as it was.
    await db.admin.query('UPDATE org_unit SET name = $2 WHERE id = $1', [norddjursUnit, `Omdøbt ${token()}`]);
    norddjursUnits.set(norddjursUnit, (await db.admin.query('SELECT name FROM org_unit WHERE id = $1', [norddjursUnit])).rows[0].name);
    await check();
  });
});
