import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { SCHEMA_FILE } from '../schema/emit-schema';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const WRITE = `mutation W($input: LearningEntryInput!) { writeLearningEntry(input: $input) {
  id inquiryId whatWentWrong why whatWasLearnt canRecur prevention authorName orgUnit { id } } }`;

describe('learning entries by department contacts', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let contact: Session;
  let units: { familie: string; ppr: string; jobcenter: string; team: string };
  let complaints: { familie: string; team: string; elsewhere: string };
  let guidance: string;
  let citizen: string;

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
    const result = await as<{ departmentComplaints: { id: string; kind: string; orgUnit: { id: string }; categories: { id: string }[]; receivedOn: string; firstContactOn: string | null }[] }>(
      contact,
      '{ departmentComplaints { id kind orgUnit { id } categories { id } receivedOn firstContactOn closedOn learningEntries { id } } }',
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.departmentComplaints.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([complaints.familie, complaints.team]));
    expect(ids).not.toContain(complaints.elsewhere);
    expect(ids).not.toContain(guidance);
    const familie = result.data!.departmentComplaints.find((c) => c.id === complaints.familie);
    expect(familie).toMatchObject({ kind: 'COMPLAINT', orgUnit: { id: units.familie }, receivedOn: '2024-02-01', firstContactOn: '2024-02-03' });
    expect(familie!.categories).toHaveLength(1);
    expect(JSON.stringify(result.data)).not.toMatch(/Hemmelig/);
    const audit = await db.admin.query(
      `SELECT details FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'inquiry.department_list' AND u.email = 'contact@lejre.demo'`,
    );
    expect(audit.rows.at(-1)?.details).toEqual({ rows: ids.length });
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

    const listed = await as<{ departmentComplaints: { id: string; learningEntries: { id: string }[] }[] }>(contact, '{ departmentComplaints { id learningEntries { id } } }');
    expect(listed.data!.departmentComplaints.find((c) => c.id === complaints.team)!.learningEntries).toEqual([{ id: entryId }]);
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
      const result = await as(contact, `{ departmentComplaints { id ${field} } }`);
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
