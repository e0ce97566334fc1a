import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const UNIT_FIELDS = 'id name shortName parentId validTo closed history { action fromName toName effectiveDate actorName relatedUnit { id } }';

describe('the tenant admin edits the department tree', () => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;

  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => api.gql<T>(query, variables, admin);
  const create = async (name: string, parentId: string | null = null) => {
    const result = await gql<{ createOrgUnit: { id: string } }>(
      'mutation Create($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      { input: { name, kind: 'DEPARTMENT', parentId, validFrom: '2020-01-01' } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createOrgUnit.id;
  };
  /** Everything a failed mutation could have touched, seen past RLS. */
  const snapshot = async () => {
    const rows = await db.admin.query(
      `SELECT (SELECT count(*) FROM org_unit) AS units, (SELECT count(*) FROM org_unit_event) AS events,
              (SELECT count(*) FROM org_unit_link) AS links, (SELECT count(*) FROM audit_event) AS audits,
              (SELECT md5(string_agg(id || name || coalesce(parent_id::text, '') || coalesce(valid_to::text, ''), ',' ORDER BY id)) FROM org_unit) AS digest`,
    );
    return rows.rows[0];
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    admin = await api.login('admin@lejre.demo');
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('creates, renames, moves and closes a unit and keeps each step in its history', async () => {
    const parent = await create('Center for Test');
    const other = await create('Center for Andet');
    const unit = await create('Afdeling for Ældre', parent);
    const renamed = await gql<{ renameOrgUnit: { name: string } }>(
      'mutation R($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { name } }',
      { input: { id: unit, name: 'Ældre og Sundhed', effectiveDate: '2024-01-01' } },
    );
    expect(renamed.data?.renameOrgUnit.name).toBe('Ældre og Sundhed');
    const moved = await gql('mutation M($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { parentId } }', { input: { id: unit, parentId: other } });
    expect(moved.data).toEqual({ moveOrgUnit: { parentId: other } });
    const closed = await gql('mutation C($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { closed validTo } }', { input: { id: unit, closedOn: '2025-06-30' } });
    expect(closed.data).toEqual({ closeOrgUnit: { closed: true, validTo: '2025-06-30' } });

    const read = await gql<{ orgUnit: { history: { action: string; fromName: string | null; toName: string | null; actorName: string }[] } }>(
      `query U($id: ID!) { orgUnit(id: $id) { ${UNIT_FIELDS} } }`,
      { id: unit },
    );
    const history = read.data!.orgUnit.history;
    expect(history.map((e) => e.action)).toEqual(['CREATED', 'RENAMED', 'MOVED', 'CLOSED']);
    expect(history[1]).toMatchObject({ fromName: 'Afdeling for Ældre', toName: 'Ældre og Sundhed' });
    expect(history.every((e) => e.actorName)).toBe(true);
    const audits = await db.admin.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at`, [unit]);
    expect(audits.rows.map((r) => r.action)).toEqual(['org_unit.created', 'org_unit.renamed', 'org_unit.moved', 'org_unit.closed']);
  });

  it('merges units into a successor that takes over their open sub-units and links back to them', async () => {
    const a = await create('Center A');
    const b = await create('Center B');
    const target = await create('Center AB');
    const child = await create('Team under A', a);
    const merged = await gql<{ mergeOrgUnits: { id: string; predecessors: { id: string }[]; children: { id: string }[] } }>(
      'mutation Mg($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id predecessors { id } children { id } } }',
      { input: { sourceIds: [a, b], targetId: target, effectiveDate: '2025-01-01' } },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeOrgUnits.predecessors.map((p) => p.id).sort()).toEqual([a, b].sort());
    expect(merged.data!.mergeOrgUnits.children.map((c) => c.id)).toEqual([child]);
    const source = await gql<{ orgUnit: { validTo: string; closed: boolean; history: { action: string; relatedUnit: { id: string } | null }[] } }>(
      `query U($id: ID!) { orgUnit(id: $id) { ${UNIT_FIELDS} } }`,
      { id: a },
    );
    expect(source.data!.orgUnit.validTo).toBe('2024-12-31');
    expect(source.data!.orgUnit.history.at(-1)).toMatchObject({ action: 'MERGED', relatedUnit: { id: target } });
  });

  describe('refuses bad input with an error naming the field, and stores nothing', () => {
    let parent: string;
    let child: string;
    let closedUnit: string;

    beforeAll(async () => {
      parent = await create('Center Parent');
      child = await create('Child', parent);
      closedUnit = await create('Lukket');
      await gql('mutation C($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id } }', { input: { id: closedUnit, closedOn: '2024-12-31' } });
    });

    const cases: [string, () => [string, Record<string, unknown>], string, string][] = [
      ['an empty name', () => ['mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: '   ', kind: 'CENTER' } }], 'BAD_USER_INPUT', 'name'],
      ['a 10,000-character name', () => ['mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: 'x'.repeat(10_000), kind: 'CENTER' } }], 'BAD_USER_INPUT', 'name'],
      ['an unknown kind', () => ['mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: 'Ny', kind: 'GALAXY' } }], 'BAD_USER_INPUT', 'kind'],
      ['an impossible date', () => ['mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: 'Ny', kind: 'CENTER', validFrom: '2023-02-30' } }], 'BAD_USER_INPUT', 'validFrom'],
      ['a move under its own child', () => ['mutation M($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }', { input: { id: parent, parentId: child } }], 'BAD_USER_INPUT', 'parentId'],
      ['a move under itself', () => ['mutation M($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id } }', { input: { id: parent, parentId: parent } }], 'BAD_USER_INPUT', 'parentId'],
      ['a merge into a closed unit', () => ['mutation M($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id } }', { input: { sourceIds: [child], targetId: closedUnit } }], 'BAD_USER_INPUT', 'targetId'],
      ['a rename of a closed unit', () => ['mutation M($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }', { input: { id: closedUnit, name: 'Genåbnet' } }], 'BAD_USER_INPUT', 'id'],
      ['closing a unit with open sub-units', () => ['mutation M($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id } }', { input: { id: parent } }], 'BAD_USER_INPUT', 'id'],
      ['a parent that does not exist', () => ['mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: 'Ny', kind: 'CENTER', parentId: '00000000-0000-4000-8000-000000000000' } }], 'NOT_FOUND', 'parentId'],
      ['an id that is not an id', () => ['mutation M($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }', { input: { id: 'abc', name: 'Ny' } }], 'BAD_USER_INPUT', 'id'],
    ];

    it.each(cases)('%s', async (_label, request, code, field) => {
      const before = await snapshot();
      const [query, variables] = request();
      const result = await gql(query, variables);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      expect(result.errors?.[0].message.length).toBeLessThan(300);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('keeps the tree editor to the tenant admin', async () => {
    const advisor = await api.login('advisor@lejre.demo');
    const result = await api.gql('mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', { input: { name: 'Ny', kind: 'CENTER' } }, advisor);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const read = await api.gql<{ orgUnits: unknown[] }>('{ orgUnits { id } }', {}, advisor);
    expect(read.data?.orgUnits.length).toBeGreaterThan(0);
  });
});
