import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const CREATE = 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id reference status summary } }';
const LIST = `query L($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {
  inquiries(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id reference } } } }`;

interface Lejre {
  centreBF: string;
  familie: string;
  jobcenter: string;
  categories: string[];
  outcomes: string[];
}

describe('inquiries through GraphQL', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let admin: Session;
  let lejre: Lejre;
  let citizen: string;
  let otherCitizen: string;

  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, session = advisor) => api.gql<T>(query, variables, session);
  const token = () => `T${randomUUID().slice(0, 8)}`;

  const createCitizen = async (reference: string, displayName = 'Borger') => {
    const result = await gql<{ createCitizen: { id: string } }>('mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
      input: { reference, displayName },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createCitizen.id;
  };

  const createInquiry = async (fields: Record<string, unknown>) => {
    const result = await gql<{ createInquiry: { id: string } }>(CREATE, {
      input: { receivedOn: '2024-01-10', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé', ...fields },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createInquiry.id;
  };

  const listIds = async (filter: Record<string, unknown>, sort = 'RECEIVED_DESC') => {
    const result = await gql<{ inquiries: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, { filter, sort, first: 200 });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    expect(result.data.inquiries.totalCount).toBe(result.data.inquiries.edges.length);
    return result.data.inquiries.edges.map((e) => e.node.id).sort();
  };

  /** Everything a failed mutation could have touched, seen past RLS. */
  const snapshot = async () =>
    (
      await db.admin.query(
        `SELECT (SELECT count(*) FROM inquiry) AS inquiries, (SELECT count(*) FROM inquiry_category) AS categories,
                (SELECT count(*) FROM audit_event) AS audits, (SELECT count(*) FROM citizen) AS citizens,
                (SELECT md5(string_agg(i::text, ',' ORDER BY i.id)) FROM inquiry i) AS digest`,
      )
    ).rows[0];

  const auditActions = async (subjectId: string) =>
    (await db.admin.query('SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at, action', [subjectId])).rows.map((r) => r.action as string);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    admin = await api.login('admin@lejre.demo');
    const tenant = `(SELECT id FROM tenant WHERE slug = 'lejre')`;
    const ids = async (sql: string) => (await db.admin.query(sql)).rows.map((r) => r.id as string);
    const [centreBF] = await ids(`SELECT id FROM org_unit WHERE tenant_id = ${tenant} AND short_name = 'CBF'`);
    const [familie] = await ids(`SELECT id FROM org_unit WHERE tenant_id = ${tenant} AND name = 'Familierådgivningen'`);
    const [jobcenter] = await ids(`SELECT id FROM org_unit WHERE tenant_id = ${tenant} AND name = 'Jobcenter'`);
    lejre = {
      centreBF, familie, jobcenter,
      categories: await ids(`SELECT id FROM category WHERE tenant_id = ${tenant} AND active ORDER BY sort_order, name LIMIT 3`),
      outcomes: await ids(`SELECT id FROM outcome WHERE tenant_id = ${tenant} AND active ORDER BY sort_order, name LIMIT 2`),
    };
    citizen = await createCitizen(token(), 'Jens Hansen');
    otherCitizen = await createCitizen(token(), 'Anna Berg');
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('creates, reads, updates and deletes an inquiry, with an audit row for each step', async () => {
    const reference = token();
    const created = await gql<{ createInquiry: { id: string; status: string } }>(CREATE, {
      input: {
        reference, receivedOn: '2024-03-01', channel: 'EMAIL', citizenId: citizen, kind: 'COMPLAINT', orgUnitId: lejre.familie,
        categoryIds: [lejre.categories[0], lejre.categories[1]], outcomeId: lejre.outcomes[0], summary: 'Ventetid på afgørelse',
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createInquiry.id;
    expect(created.data!.createInquiry.status).toBe('OPEN');

    const read = await gql<{ inquiry: Record<string, unknown> }>(
      `query R($id: ID!) { inquiry(id: $id) { reference receivedOn channel kind status summary citizen { id inquiryCount } orgUnit { id }
         categories { id } outcome { id } mainInquiry { id } followUps { id } firstContactOn closedOn
         responseTimes { daysToFirstContact daysToClose firstContactOverdue closeOverdue } } }`,
      { id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.inquiry).toMatchObject({
      reference, receivedOn: '2024-03-01', channel: 'EMAIL', kind: 'COMPLAINT', status: 'OPEN', summary: 'Ventetid på afgørelse',
      citizen: { id: citizen }, orgUnit: { id: lejre.familie }, outcome: { id: lejre.outcomes[0] }, mainInquiry: null, followUps: [],
      firstContactOn: null, closedOn: null,
      responseTimes: { daysToFirstContact: null, daysToClose: null, firstContactOverdue: true, closeOverdue: true },
    });
    expect((read.data!.inquiry.categories as { id: string }[]).map((c) => c.id).sort()).toEqual([lejre.categories[0], lejre.categories[1]].sort());

    const updated = await gql<{ updateInquiry: Record<string, unknown> }>(
      `mutation U($input: UpdateInquiryInput!) { updateInquiry(input: $input) { status closedOn categories { id }
         responseTimes { daysToFirstContact daysToClose firstContactOverdue closeOverdue } } }`,
      {
        input: {
          id, reference, receivedOn: '2024-03-01', channel: 'EMAIL', citizenId: citizen, kind: 'COMPLAINT', orgUnitId: lejre.familie,
          categoryIds: [lejre.categories[2]], outcomeId: lejre.outcomes[0], summary: 'Ventetid på afgørelse', firstContactOn: '2024-03-05', closedOn: '2024-04-01',
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateInquiry).toEqual({
      status: 'CLOSED', closedOn: '2024-04-01', categories: [{ id: lejre.categories[2] }],
      responseTimes: { daysToFirstContact: 4, daysToClose: 31, firstContactOverdue: false, closeOverdue: false },
    });

    const deleted = await gql<{ deleteInquiry: boolean }>('mutation D($id: ID!) { deleteInquiry(id: $id) }', { id });
    expect(deleted.data).toEqual({ deleteInquiry: true });
    const gone = await gql('query R($id: ID!) { inquiry(id: $id) { id } }', { id });
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    expect(await auditActions(id)).toEqual(['inquiry.created', 'inquiry.read', 'inquiry.updated', 'inquiry.deleted']);
    const details = await db.admin.query(`SELECT action, details FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at`, [id]);
    expect(details.rows.every((r) => r.details.citizenId === citizen)).toBe(true);
    expect(details.rows[2].details.fields.sort()).toEqual(['categoryIds', 'closedOn', 'firstContactOn']);
    const withText = await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE details::text ILIKE '%Ventetid%' OR details::text ILIKE '%Jens%'`);
    expect(withText.rows[0].n).toBe(0);
  });

  it('audits citizen reads and searches, with the criteria but not the search text', async () => {
    const read = await gql<{ citizen: { id: string; displayName: string } }>('query C($id: ID!) { citizen(id: $id) { id displayName } }', { id: citizen });
    expect(read.data!.citizen).toEqual({ id: citizen, displayName: 'Jens Hansen' });
    const search = await gql<{ citizens: { id: string }[] }>('query S($s: String) { citizens(search: $s) { id } }', { s: 'jens han' });
    expect(search.data!.citizens.map((c) => c.id)).toContain(citizen);
    expect(await auditActions(citizen)).toEqual(['citizen.created', 'citizen.read']);
    const [event] = (await db.admin.query(`SELECT details FROM audit_event WHERE action = 'citizen.search' ORDER BY occurred_at DESC LIMIT 1`)).rows;
    expect(event.details.criteria).toEqual({ searchLength: 8 });
    expect(JSON.stringify(event.details)).not.toContain('jens');
  });

  describe('the list', () => {
    const t = token();
    const inquiries: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
    let oldUnit: string;

    beforeAll(async () => {
      // A unit merged into Familierådgivningen: its inquiries count under the successor and its centre.
      const unit = await api.gql<{ createOrgUnit: { id: string } }>(
        'mutation C($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
        { input: { name: `Gammel familieenhed ${t}`, kind: 'DEPARTMENT', validFrom: '2015-01-01' } },
        admin,
      );
      oldUnit = unit.data!.createOrgUnit.id;
      inquiries.a = await createInquiry({
        reference: `${t}-A`, kind: 'COMPLAINT', orgUnitId: lejre.familie, categoryIds: [lejre.categories[0]], outcomeId: lejre.outcomes[0],
        receivedOn: '2020-01-10', firstContactOn: '2020-01-12', closedOn: '2020-01-20',
      });
      inquiries.b = await createInquiry({ reference: `${t}-B`, kind: 'GUIDANCE', orgUnitId: lejre.jobcenter, receivedOn: '2020-02-01' });
      inquiries.c = await createInquiry({
        reference: `${t}-C`, kind: 'COMPLAINT', orgUnitId: oldUnit, categoryIds: [lejre.categories[1]], outcomeId: lejre.outcomes[1],
        receivedOn: '2020-03-01', firstContactOn: '2020-03-02',
      });
      inquiries.d = await createInquiry({ reference: `${t}-D`, kind: 'INFORMATION', receivedOn: '2020-04-01', closedOn: '2020-04-02', summary: `Æblegrød ${t}-SUM` });
      const merged = await api.gql(
        'mutation M($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id } }',
        { input: { sourceIds: [oldUnit], targetId: lejre.familie, effectiveDate: '2021-01-01' } },
        admin,
      );
      expect(merged.errors).toBeUndefined();
    });

    const ids = (...keys: ('a' | 'b' | 'c' | 'd')[]) => keys.map((k) => inquiries[k]).sort();

    it('finds all four by the search text in their reference', async () => {
      expect(await listIds({ search: t })).toEqual(ids('a', 'b', 'c', 'd'));
    });

    it('gives each row the relations and response times that reading the inquiry on its own gives', async () => {
      const fields = `id reference receivedOn kind status channel summary firstContactOn closedOn createdAt updatedAt
        citizen { id reference displayName email phone } orgUnit { id name shortName kind parentId validFrom validTo }
        categories { id name nationalCode active } outcome { id name nationalCode active }
        responseTimes { daysToFirstContact daysToClose firstContactOverdue closeOverdue }`;
      const list = async (search: string) => {
        const result = await gql<{ inquiries: { edges: { node: { id: string } }[] } }>(
          `query L($filter: InquiryFilter) { inquiries(filter: $filter) { edges { node { ${fields} } } } }`,
          { filter: { search } },
        );
        expect(result.errors).toBeUndefined();
        return result.data!.inquiries.edges.map((e) => e.node);
      };
      // Apart from the four (its own search text), with two categories given out of the catalogue's order.
      const u = token();
      const twoCategories = await createInquiry({ reference: `${u}-E`, kind: 'COMPLAINT', orgUnitId: lejre.familie, categoryIds: [lejre.categories[2], lejre.categories[0]], receivedOn: '2020-05-01' });
      const nodes = [...(await list(t)), ...(await list(u))];
      expect(nodes.map((n) => n.id).sort()).toEqual([...ids('a', 'b', 'c', 'd'), twoCategories].sort());
      for (const node of nodes) {
        const one = await gql<{ inquiry: unknown }>(`query R($id: ID!) { inquiry(id: $id) { ${fields} } }`, { id: node.id });
        expect(node).toEqual(one.data!.inquiry);
      }
    });

    it.each<[string, () => Record<string, unknown>, ('a' | 'b' | 'c' | 'd')[]]>([
      ['kind', () => ({ kinds: ['COMPLAINT'] }), ['a', 'c']],
      ['several kinds', () => ({ kinds: ['GUIDANCE', 'INFORMATION'] }), ['b', 'd']],
      ['a centre, through its sub-unit and a predecessor merged into that', () => ({ orgUnitId: lejre.centreBF }), ['a', 'c']],
      ['a department with a predecessor', () => ({ orgUnitId: lejre.familie }), ['a', 'c']],
      ['the predecessor alone', () => ({ orgUnitId: oldUnit }), ['c']],
      ['a unit elsewhere', () => ({ orgUnitId: lejre.jobcenter }), ['b']],
      ['category', () => ({ categoryIds: [lejre.categories[0]] }), ['a']],
      ['any of several categories', () => ({ categoryIds: [lejre.categories[0], lejre.categories[1]] }), ['a', 'c']],
      ['outcome', () => ({ outcomeIds: [lejre.outcomes[1]] }), ['c']],
      ['status', () => ({ statuses: ['OPEN'] }), ['b', 'c']],
      ['overdue', () => ({ overdue: true }), ['b', 'c']],
      ['not overdue', () => ({ overdue: false }), ['a', 'd']],
      ['period', () => ({ from: '2020-02-01', to: '2020-03-01' }), ['b', 'c']],
      ['period start only', () => ({ from: '2020-03-02' }), ['d']],
    ])('narrows by %s', async (_label, filter, expected) => {
      expect(await listIds({ search: t, ...filter() })).toEqual(ids(...expected));
    });

    it("narrows to one citizen's inquiries, and to main cases only (to choose a follow-up's main case)", async () => {
      const u = token();
      const person = await createCitizen(token(), 'Karen Holm');
      const main = await createInquiry({ reference: `${u}-P1`, citizenId: person, kind: 'COMPLAINT', categoryIds: [lejre.categories[0]] });
      const followUp = await createInquiry({ reference: `${u}-P2`, citizenId: person, kind: 'COMPLAINT', categoryIds: [lejre.categories[0]], mainInquiryId: main });
      expect(await listIds({ citizenId: person })).toEqual([main, followUp].sort());
      expect(await listIds({ citizenId: person, mainCasesOnly: true })).toEqual([main]);
      expect(await listIds({ search: u, citizenId: person })).toEqual([main, followUp].sort());
      const [event] = (await db.admin.query(`SELECT details FROM audit_event WHERE action = 'inquiry.search' ORDER BY occurred_at DESC LIMIT 1`)).rows;
      expect(event.details.criteria).toMatchObject({ citizenId: person });
    });

    it('searches the summary, case-insensitively, with % and _ taken literally', async () => {
      expect(await listIds({ search: `${t}-sum`.toLowerCase() })).toEqual(ids('d'));
      expect(await listIds({ search: `æblegrød ${t}` })).toEqual(ids('d'));
      expect(await listIds({ search: `${t}_%` })).toEqual([]);
    });

    it('counts by kind, status and overdue for the same filter', async () => {
      const result = await gql<{ inquiryCounts: Record<string, unknown> }>(
        'query C($filter: InquiryFilter) { inquiryCounts(filter: $filter) { total overdue byKind { kind count } byStatus { status count } } }',
        { filter: { search: t } },
      );
      expect(result.data!.inquiryCounts).toEqual({
        total: 4, overdue: 2,
        byKind: [{ kind: 'COMPLAINT', count: 2 }, { kind: 'GUIDANCE', count: 1 }, { kind: 'WAYFINDING', count: 0 }, { kind: 'INFORMATION', count: 1 }, { kind: 'OTHER', count: 0 }],
        byStatus: [{ status: 'OPEN', count: 2 }, { status: 'CLOSED', count: 2 }],
      });
    });

    it('audits the search with which filters were set, not the search text', async () => {
      await listIds({ search: t, kinds: ['COMPLAINT'], overdue: true });
      const [event] = (await db.admin.query(`SELECT details, subject_id FROM audit_event WHERE action = 'inquiry.search' ORDER BY occurred_at DESC LIMIT 1`)).rows;
      expect(event.details.criteria).toEqual({ kinds: ['complaint'], overdue: true, searchLength: t.length });
      expect(JSON.stringify(event.details)).not.toContain(t);
    });
  });

  describe('pagination', () => {
    const t = token();
    let all: string[];

    beforeAll(async () => {
      // Several on one day, so the id must break ties.
      const days = ['2019-05-01', '2019-05-01', '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-03', '2019-05-04'];
      all = [];
      for (const [n, receivedOn] of days.entries()) all.push(await createInquiry({ reference: `${t}-${String(7 - n).padStart(2, '0')}`, receivedOn }));
    });

    it.each(['RECEIVED_DESC', 'RECEIVED_ASC', 'REFERENCE_ASC', 'REFERENCE_DESC'])('walks every page of %s without duplicates or gaps', async (sort) => {
      const seen: { id: string; reference: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: { data: { inquiries: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string; reference: string } }[] } } | null } =
          await gql(LIST, { filter: { search: t }, sort, first: 3, after });
        const connection = result.data!.inquiries;
        expect(connection.totalCount).toBe(7);
        seen.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen.map((s) => s.id)).size).toBe(7);
      expect(seen.map((s) => s.id).sort()).toEqual([...all].sort());
      if (sort === 'REFERENCE_ASC') expect(seen.map((s) => s.reference)).toEqual(seen.map((s) => s.reference).sort());
      if (sort === 'REFERENCE_DESC') expect(seen.map((s) => s.reference)).toEqual(seen.map((s) => s.reference).sort().reverse());
    });

    it('refuses a cursor it did not make and a page size out of range', async () => {
      const bad = await gql(LIST, { filter: { search: t }, after: 'not-a-cursor' });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const forged = Buffer.from(JSON.stringify(['not-a-date', randomUUID()])).toString('base64url');
      expect((await gql(LIST, { after: forged })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect((await gql(LIST, { first: 0 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await gql(LIST, { first: 10_000 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it.each<[Record<string, unknown>, string]>([
      [{ from: '2024-02-30' }, 'from'],
      [{ orgUnitId: 'x' }, 'orgUnitId'],
      [{ categoryIds: ['x'] }, 'categoryIds'],
      [{ kinds: ['GALAXY'] }, 'kinds[0]'],
      [{ search: 'x'.repeat(201) }, 'search'],
    ])('refuses the bad filter %j naming the field', async (filter, field) => {
      expect((await gql(LIST, { filter })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('refuses bad input with an error naming the field, and stores nothing', () => {
    let mainOfOther: string;
    let followUp: string;
    let existingReference: string;
    let inactiveCategory: string;

    beforeAll(async () => {
      existingReference = token();
      mainOfOther = await createInquiry({ reference: existingReference, citizenId: otherCitizen });
      const main = await createInquiry({ reference: token() });
      followUp = await createInquiry({ reference: token(), mainInquiryId: main });
      const created = await api.gql<{ createCategory: { id: string } }>(
        'mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id } }',
        { input: { name: `Udgået ${token()}`, nationalCode: 'other' } },
        admin,
      );
      inactiveCategory = created.data!.createCategory.id;
      await api.gql('mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id } }', { input: { id: inactiveCategory, active: false } }, admin);
    });

    const base = () => ({ reference: token(), receivedOn: '2024-05-01', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', categoryIds: [] as string[], summary: 'Resumé' });
    const cases: [string, () => Record<string, unknown>, string, string][] = [
      ['a complaint without a category', () => ({ ...base(), kind: 'COMPLAINT' }), 'BAD_USER_INPUT', 'categoryIds'],
      ['closed before it was received', () => ({ ...base(), closedOn: '2024-04-30' }), 'BAD_USER_INPUT', 'closedOn'],
      ['first contact before it was received', () => ({ ...base(), firstContactOn: '2024-04-01' }), 'BAD_USER_INPUT', 'firstContactOn'],
      ['an impossible date', () => ({ ...base(), receivedOn: '2023-02-30' }), 'BAD_USER_INPUT', 'receivedOn'],
      ['an unknown kind', () => ({ ...base(), kind: 'GALAXY' }), 'BAD_USER_INPUT', 'kind'],
      ['an unknown channel', () => ({ ...base(), channel: 'FAX' }), 'BAD_USER_INPUT', 'channel'],
      ['an empty reference', () => ({ ...base(), reference: '  ' }), 'BAD_USER_INPUT', 'reference'],
      ['a duplicate reference', () => ({ ...base(), reference: existingReference }), 'CONFLICT', 'reference'],
      ['a follow-up of another citizen’s inquiry', () => ({ ...base(), mainInquiryId: mainOfOther }), 'BAD_USER_INPUT', 'mainInquiryId'],
      ['a follow-up of a follow-up', () => ({ ...base(), mainInquiryId: followUp }), 'BAD_USER_INPUT', 'mainInquiryId'],
      ['a summary that looks like a CPR number', () => ({ ...base(), summary: 'Borgerens cpr er 010190-1234' }), 'BAD_USER_INPUT', 'summary'],
      ['a summary over 10,000 characters', () => ({ ...base(), summary: 'x'.repeat(10_001) }), 'BAD_USER_INPUT', 'summary'],
      ['an unknown category', () => ({ ...base(), categoryIds: [randomUUID()] }), 'NOT_FOUND', 'categoryIds'],
      ['a category no longer in use', () => ({ ...base(), categoryIds: [inactiveCategory] }), 'BAD_USER_INPUT', 'categoryIds'],
      ['an unknown org unit', () => ({ ...base(), orgUnitId: randomUUID() }), 'NOT_FOUND', 'orgUnitId'],
      ['an unknown citizen', () => ({ ...base(), citizenId: randomUUID() }), 'NOT_FOUND', 'citizenId'],
      ['a citizen id that is not an id', () => ({ ...base(), citizenId: 'abc' }), 'BAD_USER_INPUT', 'citizenId'],
    ];

    it.each(cases)('%s', async (_label, input, code, field) => {
      const before = await snapshot();
      const result = await gql(CREATE, { input: input() });
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      expect(result.errors?.[0].message.length).toBeLessThan(300);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an empty or blank summary on registration and on update, in Danish naming the field, and keeps the stored one', async () => {
      for (const summary of ['', '   \n\t ']) {
        const before = await snapshot();
        const refused = await gql(CREATE, { input: { ...base(), summary } });
        expect(refused.data).toBeNull();
        expect(refused.errors?.map((e) => [e.extensions.code, e.extensions.field, e.extensions.messageCode, e.message])).toEqual([['BAD_USER_INPUT', 'summary', 'required', 'Resumé skal udfyldes']]);
        expect(await snapshot()).toEqual(before);
      }
      const created = await gql<{ createInquiry: { id: string } }>(CREATE, { input: { ...base(), summary: 'Ringede om ventetid' } });
      const { id } = created.data!.createInquiry;
      const updated = await gql('mutation U($input: UpdateInquiryInput!) { updateInquiry(input: $input) { id } }', { input: { ...base(), id, summary: '  ' } });
      expect(updated.errors?.map((e) => [e.extensions.field, e.message])).toEqual([['summary', 'Resumé skal udfyldes']]);
      const read = await gql<{ inquiry: { summary: string } }>('query R($id: ID!) { inquiry(id: $id) { summary } }', { id });
      expect(read.data!.inquiry.summary).toBe('Ringede om ventetid');
      // Kept exactly as typed: the spaces around a summary are not trimmed away.
      const spaced = await gql<{ createInquiry: { summary: string } }>(CREATE, { input: { ...base(), summary: '  Ringede igen \n' } });
      expect(spaced.data!.createInquiry.summary).toBe('  Ringede igen \n');
    });

    it('saves a CPR-like summary once the advisor confirms it', async () => {
      const result = await gql<{ createInquiry: { summary: string } }>(CREATE, { input: { ...base(), summary: 'Ring 0101901234', confirmCprLike: true } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.createInquiry.summary).toBe('Ring 0101901234');
    });

    it('refuses to delete a main case with follow-ups, and keeps everything', async () => {
      const [row] = (await db.admin.query('SELECT main_inquiry_id AS id FROM inquiry WHERE id = $1', [followUp])).rows;
      const before = await snapshot();
      const result = await gql('mutation D($id: ID!) { deleteInquiry(id: $id) }', { id: row.id });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
      expect(await snapshot()).toEqual(before);
    });
  });

  it('stores and returns text with markup, quotes, emoji and Danish letters exactly', async () => {
    const summary = `<script>alert("x")</script> 'enkelt' "dobbelt" \\ ; -- 😀👍🏽 Æblegrød på Ærø, søens ål ÅØÆ\nny linje\ttab`;
    const reference = `Sag-æøå-${token()}-<b>`;
    const id = await createInquiry({ reference, summary });
    const read = await gql<{ inquiry: { reference: string; summary: string } }>('query R($id: ID!) { inquiry(id: $id) { reference summary } }', { id });
    expect(read.data!.inquiry).toEqual({ reference, summary });
    const [row] = (await db.admin.query('SELECT summary, reference FROM inquiry WHERE id = $1', [id])).rows;
    expect(row).toEqual({ summary, reference });
  });

  it('links follow-up cases to their main case both ways', async () => {
    const main = await createInquiry({ reference: token(), receivedOn: '2024-02-01' });
    const first = await createInquiry({ reference: token(), receivedOn: '2024-02-05', mainInquiryId: main });
    const second = await createInquiry({ reference: token(), receivedOn: '2024-02-03', mainInquiryId: main });
    const read = await gql<{ inquiry: { followUps: { id: string; mainInquiry: { id: string } }[] } }>(
      'query R($id: ID!) { inquiry(id: $id) { followUps { id mainInquiry { id } } } }',
      { id: main },
    );
    expect(read.data!.inquiry.followUps).toEqual([{ id: second, mainInquiry: { id: main } }, { id: first, mainInquiry: { id: main } }]);
  });

  it('keeps inquiries and citizens to advisors', async () => {
    const contact = await api.login('contact@lejre.demo');
    for (const query of ['{ inquiries { totalCount } }', `{ inquiry(id: "${citizen}") { id } }`, '{ citizens { id } }', `{ citizen(id: "${citizen}") { id } }`]) {
      const result = await api.gql(query, {}, contact);
      expect(result.data).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(result.errors?.[0].extensions.code);
    }
  });

  describe('another tenant', () => {
    let lyngby: Session;
    let id: string;

    beforeAll(async () => {
      lyngby = await api.login('advisor@lyngby-taarbaek.demo');
      id = await createInquiry({ reference: token(), summary: 'Kun for Lejre' });
    });

    it('reads a Lejre inquiry or citizen as not found', async () => {
      const inquiry = await api.gql('query R($id: ID!) { inquiry(id: $id) { id summary } }', { id }, lyngby);
      expect(inquiry.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const person = await api.gql('query R($id: ID!) { citizen(id: $id) { id } }', { id: citizen }, lyngby);
      expect(person.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('cannot change, delete, list or link to Lejre rows', async () => {
      const before = await snapshot();
      const update = await api.gql('mutation U($input: UpdateInquiryInput!) { updateInquiry(input: $input) { id } }', {
        input: { id, reference: token(), receivedOn: '2024-01-01', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE' },
      }, lyngby);
      expect(update.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const remove = await api.gql('mutation D($id: ID!) { deleteInquiry(id: $id) }', { id }, lyngby);
      expect(remove.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const create = await api.gql(CREATE, { input: { reference: token(), receivedOn: '2024-01-01', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE' } }, lyngby);
      expect(create.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'citizenId' });
      expect(await snapshot()).toEqual(before);
      const list = await api.gql<{ inquiries: { edges: { node: { id: string } }[] } }>(LIST, { filter: { search: 'Kun for Lejre' } }, lyngby);
      expect(list.data!.inquiries.edges).toEqual([]);
    });
  });
});
