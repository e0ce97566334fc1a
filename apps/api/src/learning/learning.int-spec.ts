import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { SCHEMA_FILE } from '../schema/emit-schema';
import { GqlResult, Session, startTestApi, TestApi } from '../testing/test-api';

const WRITE = `mutation W($input: LearningEntryInput!) { writeLearningEntry(input: $input) {
  id inquiryId whatWentWrong why whatWasLearnt canRecur prevention authorName orgUnit { id } } }`;

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const nodes = <T>(page: Page<T>): T[] => page.edges.map((edge) => edge.node);

const PAGE = 'query P($first: Int!, $after: String) { departmentComplaints(first: $first, after: $after) { edges { cursor node { id receivedOn } } pageInfo { endCursor hasNextPage } } }';

describe('learning entries by department contacts', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let contact: Session;
  let units: { familie: string; ppr: string; jobcenter: string; team: string };
  let complaints: { familie: string; team: string; elsewhere: string };
  let guidance: string;
  let citizen: string;
  let categoryId: string;

  /** Every complaint the session may see, page after page of `first`. */
  async function everyComplaint<T>(session: Session, fields: string, first = 100): Promise<T[]> {
    const all: T[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 1000; pages += 1) {
      const result: GqlResult<{ departmentComplaints: Page<T> }> = await as<{ departmentComplaints: Page<T> }>(
        session,
        `query P($first: Int!, $after: String) { departmentComplaints(first: $first, after: $after) { edges { node { ${fields} } } pageInfo { endCursor hasNextPage } } }`,
        { first, after },
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      const page: Page<T> = result.data.departmentComplaints;
      expect(page.edges.length).toBeLessThanOrEqual(first);
      all.push(...nodes(page));
      if (!page.pageInfo.hasNextPage) return all;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error('more than 1000 pages');
  }

  const as = <T = Record<string, unknown>>(session: Session, query: string, variables?: Record<string, unknown>) => api.gql<T>(query, variables, session);
  const create = async (fields: Record<string, unknown>) => {
    const result = await as<{ createInquiry: { id: string } }>(advisor, 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', {
      input: { reference: `L-${randomUUID()}`, receivedOn: '2024-02-01', channel: 'LETTER', citizenId: citizen, kind: 'COMPLAINT', summary: 'Hemmeligt resumé', ...fields },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createInquiry.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    contact = await api.login('contact@lejre.demo');
    const admin = await api.login('admin@lejre.demo');
    const unit = async (name: string) =>
      (await db.admin.query(`SELECT id FROM org_unit WHERE name = $1 AND tenant_id = (SELECT id FROM tenant WHERE slug = 'lejre')`, [name])).rows[0].id as string;
    const familie = await unit('Familierådgivningen');
    const created = await as<{ createOrgUnit: { id: string } }>(admin, 'mutation C($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', {
      input: { name: 'Team Anbringelser', kind: 'AREA', parentId: familie, validFrom: '2020-01-01' },
    });
    units = { familie, ppr: await unit('Pædagogisk Psykologisk Rådgivning'), jobcenter: await unit('Jobcenter'), team: created.data!.createOrgUnit.id };
    const [category] = (await db.admin.query(`SELECT id FROM category WHERE tenant_id = (SELECT id FROM tenant WHERE slug = 'lejre') AND active LIMIT 1`)).rows;
    categoryId = category.id;
    const person = await as<{ createCitizen: { id: string } }>(advisor, 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
      input: { reference: `B-${randomUUID()}`, displayName: 'Hemmelig Borger' },
    });
    citizen = person.data!.createCitizen.id;
    complaints = {
      familie: await create({ orgUnitId: units.familie, categoryIds: [category.id], firstContactOn: '2024-02-03' }),
      team: await create({ orgUnitId: units.team, categoryIds: [category.id] }),
      elsewhere: await create({ orgUnitId: units.jobcenter, categoryIds: [category.id] }),
    };
    guidance = await create({ kind: 'GUIDANCE', orgUnitId: units.familie });
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('lists complaints about the contact’s unit and its sub-units, with kind, unit, categories and dates only', async () => {
    const listedComplaints = await everyComplaint<{ id: string; kind: string; orgUnit: { id: string }; categories: { id: string }[]; receivedOn: string; firstContactOn: string | null }>(
      contact,
      'id kind orgUnit { id } categories { id } receivedOn firstContactOn closedOn learningEntries { id }',
    );
    const ids = listedComplaints.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([complaints.familie, complaints.team]));
    expect(ids).not.toContain(complaints.elsewhere);
    expect(ids).not.toContain(guidance);
    const familie = listedComplaints.find((c) => c.id === complaints.familie);
    expect(familie).toMatchObject({ kind: 'COMPLAINT', orgUnit: { id: units.familie }, receivedOn: '2024-02-01', firstContactOn: '2024-02-03' });
    expect(familie!.categories).toHaveLength(1);
    expect(JSON.stringify(listedComplaints)).not.toMatch(/Hemmelig/);
    const audit = await db.admin.query(
      `SELECT details FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'inquiry.department_list' AND u.email = 'contact@lejre.demo'`,
    );
    // One audit row per page read, with the rows it showed.
    expect(audit.rows.at(-1)?.details).toEqual({ rows: ids.length % 100 || 100 });
  });

  it('pages the complaints newest first: small pages walk the whole list once, in the order of one large page', async () => {
    // Three more complaints on one day: the id breaks the tie at a page boundary.
    for (const orgUnitId of [units.familie, units.team, units.team]) await create({ orgUnitId, categoryIds: [categoryId], receivedOn: '2027-06-01' });
    const everything = await everyComplaint<{ id: string; receivedOn: string }>(contact, 'id receivedOn');
    expect(everything.length).toBeGreaterThan(7);
    const days = everything.map((c) => c.receivedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(days.slice(0, 3)).toEqual(['2027-06-01', '2027-06-01', '2027-06-01']);

    const inSevens = await everyComplaint<{ id: string }>(contact, 'id', 7);
    expect(inSevens.map((c) => c.id)).toEqual(everything.map((c) => c.id));
    // The boundary inside the day: pages of two split the three complaints of 2027-06-01.
    const first = await as<{ departmentComplaints: Page<{ id: string; receivedOn: string }> }>(contact, PAGE, { first: 2 });
    const second = await as<{ departmentComplaints: Page<{ id: string; receivedOn: string }> }>(contact, PAGE, { first: 2, after: first.data!.departmentComplaints.pageInfo.endCursor });
    expect([...nodes(first.data!.departmentComplaints), ...nodes(second.data!.departmentComplaints)].map((c) => c.id)).toEqual(everything.slice(0, 4).map((c) => c.id));
    expect(first.data!.departmentComplaints.pageInfo.hasNextPage).toBe(true);
    // After the last row: an empty page without a next one.
    const lastCursor = Buffer.from(JSON.stringify([everything.at(-1)!.receivedOn, everything.at(-1)!.id])).toString('base64url');
    const beyond = await as<{ departmentComplaints: Page<{ id: string }> }>(contact, PAGE, { first: 2, after: lastCursor });
    expect(beyond.data!.departmentComplaints).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('shows another municipality’s contact none of these complaints, also from their cursor', async () => {
    const other = await api.login('contact@norddjurs.demo');
    const mine = await as<{ departmentComplaints: Page<{ id: string; receivedOn: string }> }>(contact, PAGE, { first: 1 });
    const theirs = await as<{ departmentComplaints: Page<{ id: string; receivedOn: string }> }>(other, PAGE, { first: 100, after: mine.data!.departmentComplaints.pageInfo.endCursor });
    expect(theirs.errors).toBeUndefined();
    const ids = nodes(theirs.data!.departmentComplaints).map((c) => c.id);
    for (const id of [...Object.values(complaints), guidance]) expect(ids).not.toContain(id);
  });

  it('refuses a page size out of range and a cursor it did not give, in Danish at the argument', async () => {
    const tooMany = await as(contact, PAGE, { first: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(tooMany.errors?.[0].message).toBe('Antal skal være mellem 1 og 100');
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['ikke en dag', randomUUID()])).toString('base64url')]) {
      const bad = await as(contact, PAGE, { first: 10, after });
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after', messageCode: 'not_a_cursor' } });
      expect(bad.errors?.[0].message).not.toMatch(/cursor/i);
    }
  });

  it('writes a learning entry that the contact and the advisor then see', async () => {
    const input = {
      inquiryId: complaints.team, whatWentWrong: 'Svaret kom for sent', why: 'Sygdom i teamet', whatWasLearnt: 'Fast stedfortræder',
      canRecur: 'no', prevention: 'Vagtplan med backup 😀',
    };
    const written = await as<{ writeLearningEntry: Record<string, unknown> }>(contact, WRITE, { input });
    expect(written.errors).toBeUndefined();
    expect(written.data!.writeLearningEntry).toMatchObject({ ...input, authorName: 'Karen Holm', orgUnit: { id: units.team } });
    const entryId = written.data!.writeLearningEntry.id as string;

    const listed = await everyComplaint<{ id: string; learningEntries: { id: string }[] }>(contact, 'id learningEntries { id }');
    expect(listed.find((c) => c.id === complaints.team)!.learningEntries).toEqual([{ id: entryId }]);
    const seen = await as<{ inquiry: { learningEntries: { whatWasLearnt: string }[] } }>(advisor, 'query R($id: ID!) { inquiry(id: $id) { learningEntries { whatWasLearnt } } }', {
      id: complaints.team,
    });
    expect(seen.data!.inquiry.learningEntries).toEqual([{ whatWasLearnt: 'Fast stedfortræder' }]);
    const audit = await db.admin.query('SELECT action, details FROM audit_event WHERE subject_id = $1', [entryId]);
    expect(audit.rows).toEqual([{ action: 'learning_entry.created', details: { inquiryId: complaints.team } }]);
  });

  it.each<[string, () => string]>([
    ['a complaint about another unit', () => complaints.elsewhere],
    ['an inquiry that is not a complaint', () => guidance],
    ['an id that does not exist', () => randomUUID()],
  ])('answers not found for %s, and stores nothing', async (_label, id) => {
    const before = (await db.admin.query('SELECT count(*)::int AS n FROM learning_entry')).rows[0].n;
    const result = await as(contact, WRITE, { input: { inquiryId: id(), whatWentWrong: 'x' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'inquiryId' });
    expect((await db.admin.query('SELECT count(*)::int AS n FROM learning_entry')).rows[0].n).toBe(before);
  });

  it('refuses bad input naming the field', async () => {
    const empty = await as(contact, WRITE, { input: { inquiryId: complaints.familie, whatWentWrong: '  ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'whatWentWrong' });
    const recur = await as(contact, WRITE, { input: { inquiryId: complaints.familie, whatWentWrong: 'x', canRecur: 'maybe' } });
    expect(recur.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'canRecur' });
  });

  it('never gives the contact the citizen, the summary or the reference', async () => {
    for (const query of [
      '{ inquiries { totalCount } }',
      `{ inquiry(id: "${complaints.familie}") { summary } }`,
      '{ citizens { displayName } }',
      `{ citizen(id: "${citizen}") { displayName } }`,
    ]) {
      const result = await as(contact, query);
      expect(result.data).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(result.errors?.[0].extensions.code);
    }
    for (const field of ['summary', 'citizen { id }', 'reference']) {
      const result = await as(contact, `{ departmentComplaints { edges { node { id ${field} } } } }`);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const fields = Object.keys((schema.getType('DepartmentComplaint') as GraphQLObjectType).getFields());
    expect(fields.sort()).toEqual(['categories', 'closedOn', 'firstContactOn', 'id', 'kind', 'learningEntries', 'orgUnit', 'receivedOn']);
    const entryFields = Object.keys((schema.getType('LearningEntry') as GraphQLObjectType).getFields());
    expect(entryFields.filter((f) => /citizen|summary|reference/i.test(f))).toEqual([]);
  });

  it('keeps writing learning entries to department contacts', async () => {
    const result = await as(advisor, WRITE, { input: { inquiryId: complaints.familie, whatWentWrong: 'x' } });
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
