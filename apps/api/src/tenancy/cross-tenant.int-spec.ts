import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

/** Lyngby-Taarbæk's users must not learn anything about Lejre's records, nor change them. */
describe('another tenant’s records through GraphQL', () => {
  let db: TestDatabase;
  let api: TestApi;
  let lyngbyAdvisor: Session;
  let lyngbyAdmin: Session;
  let lejre: { unit: string; category: string; outcome: string; user: string };

  const snapshot = async () =>
    (
      await db.admin.query(
        `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM (
           SELECT id::text || name || coalesce(valid_to::text, '') || coalesce(parent_id::text, '') AS t FROM org_unit
           UNION ALL SELECT id::text || name || active::text FROM category
           UNION ALL SELECT id::text || name || active::text FROM outcome
           UNION ALL SELECT tenant_id::text || user_id::text || role FROM membership) rows`,
      )
    ).rows[0].digest;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    lyngbyAdvisor = await api.login('advisor@lyngby-taarbaek.demo');
    lyngbyAdmin = await api.login('admin@lyngby-taarbaek.demo');
    const pick = async (sql: string) => (await db.admin.query(sql)).rows[0].id as string;
    const tenant = `(SELECT id FROM tenant WHERE slug = 'lejre')`;
    lejre = {
      unit: await pick(`SELECT id FROM org_unit WHERE tenant_id = ${tenant} LIMIT 1`),
      category: await pick(`SELECT id FROM category WHERE tenant_id = ${tenant} LIMIT 1`),
      outcome: await pick(`SELECT id FROM outcome WHERE tenant_id = ${tenant} LIMIT 1`),
      user: await pick(`SELECT m.user_id AS id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = ${tenant} AND u.email = 'advisor@lejre.demo'`),
    };
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('answers "not found" for a Lejre org unit asked for by id', async () => {
    const result = await api.gql('query U($id: ID!) { orgUnit(id: $id) { id name } }', { id: lejre.unit }, lyngbyAdvisor);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result)).not.toMatch(/forbidden/i);
  });

  it('never lists Lejre’s units, categories, outcomes or users', async () => {
    const result = await api.gql<{ orgUnits: { id: string }[]; categories: { id: string }[]; outcomes: { id: string }[] }>(
      '{ orgUnits { id } categories { id } outcomes { id } }',
      {},
      lyngbyAdvisor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.orgUnits.map((u) => u.id)).not.toContain(lejre.unit);
    expect(result.data!.categories.map((c) => c.id)).not.toContain(lejre.category);
    expect(result.data!.outcomes.map((o) => o.id)).not.toContain(lejre.outcome);
    const users = await api.gql<{ tenantUsers: { id: string }[] }>('{ tenantUsers { id } }', {}, lyngbyAdmin);
    expect(users.data!.tenantUsers.map((u) => u.id)).not.toContain(lejre.user);
  });

  const writes: [string, () => [string, Record<string, unknown>]][] = [
    ['rename a Lejre unit', () => ['mutation M($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }', { input: { id: lejre.unit, name: 'Overtaget' } }]],
    ['move a Lejre unit', () => ['mutation M($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }', { input: { id: lejre.unit, parentId: null } }]],
    ['close a Lejre unit', () => ['mutation M($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id } }', { input: { id: lejre.unit } }]],
    ['merge a Lejre unit away', () => ['mutation M($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id } }', { input: { sourceIds: [lejre.unit], targetId: lejre.unit } }]],
    ['update a Lejre category', () => ['mutation M($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id } }', { input: { id: lejre.category, active: false } }]],
    ['update a Lejre outcome', () => ['mutation M($input: UpdateCatalogEntryInput!) { updateOutcome(input: $input) { id } }', { input: { id: lejre.outcome, name: 'Overtaget' } }]],
    ['change a Lejre user’s membership', () => ['mutation M($input: UpdateMembershipInput!) { updateMembership(input: $input) { id } }', { input: { userId: lejre.user, roles: ['TENANT_ADMIN'] } }]],
    ['remove a Lejre user', () => ['mutation M($id: ID!) { removeMembership(userId: $id) }', { id: lejre.user }]],
  ];

  it.each(writes)('cannot %s: "not found", nothing changed', async (_label, request) => {
    const before = await snapshot();
    const [query, variables] = request();
    const result = await api.gql(query, variables, lyngbyAdmin);
    expect(result.data).toBeNull();
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(result.errors?.[0].extensions.code);
    expect(await snapshot()).toBe(before);
  });

  it('cannot bring a Lejre user into Lyngby-Taarbæk’s tree as a department contact of a Lejre unit', async () => {
    const before = await snapshot();
    const result = await api.gql(
      'mutation M($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }',
      { input: { email: 'ny@lyngby.example', displayName: 'Ny', roles: ['DEPARTMENT_CONTACT'], orgUnitIds: [lejre.unit] } },
      lyngbyAdmin,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'orgUnitIds' });
    expect(await snapshot()).toBe(before);
    const stray = await db.admin.query(`SELECT (SELECT count(*) FROM app_user WHERE email = 'ny@lyngby.example') + (SELECT count(*) FROM tenant_invitation WHERE email = 'ny@lyngby.example') AS n`);
    expect(Number(stray.rows[0].n)).toBe(0);
  });
});
