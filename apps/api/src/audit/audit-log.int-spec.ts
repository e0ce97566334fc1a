import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { auditSentence } from '@raadgiver/domain';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const EVENTS = `query E($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    pageInfo { endCursor hasNextPage } edges { node { id action subjectType subjectId userName userRoles subjectLabel details occurredAt } } } }`;

interface EventNode {
  id: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  userName: string | null;
  userRoles: string[];
  subjectLabel: string | null;
  details: string;
}

describe('the audit log and response targets for the tenant admin', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let admin: Session;
  let citizen: string;
  let inquiry: string;
  let deleted: string;
  let inquiryReference: string;
  let deletedReference: string;

  const as = <T = Record<string, unknown>>(session: Session, query: string, variables?: Record<string, unknown>) => api.gql<T>(query, variables, session);
  const references = new Map<string, string>();
  const create = async (fields: Record<string, unknown> = {}) => {
    const reference = `A-${randomUUID().slice(0, 8)}`;
    const result = await as<{ createInquiry: { id: string } }>(advisor, 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', {
      input: { reference, receivedOn: '2024-02-01', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', summary: 'Privat tekst', ...fields },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    references.set(result.data.createInquiry.id, reference);
    return result.data.createInquiry.id;
  };
  const allEvents = async (filter: Record<string, unknown>, first: number) => {
    const events: EventNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: { data: { auditEvents: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: EventNode }[] } } | null; errors?: unknown } =
        await as(admin, EVENTS, { filter, first, after });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      events.push(...result.data.auditEvents.edges.map((e) => e.node));
      if (!result.data.auditEvents.pageInfo.hasNextPage) break;
      after = result.data.auditEvents.pageInfo.endCursor;
    }
    return events;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    admin = await api.login('admin@lejre.demo');
    const person = await as<{ createCitizen: { id: string } }>(advisor, 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
      input: { reference: `B-${randomUUID()}`, displayName: '=HYPERLINK("x") Borger' },
    });
    citizen = person.data!.createCitizen.id;
    inquiry = await create();
    deleted = await create();
    inquiryReference = references.get(inquiry)!;
    deletedReference = references.get(deleted)!;
    await as(advisor, 'query R($id: ID!) { inquiry(id: $id) { id } }', { id: inquiry });
    await as(advisor, 'query R($id: ID!) { citizen(id: $id) { id } }', { id: citizen });
    await as(advisor, 'mutation D($id: ID!) { deleteInquiry(id: $id) }', { id: deleted });
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('lists events by subject, newest first, with the user’s name and no personal text', async () => {
    const events = await allEvents({ subjectId: inquiry }, 100);
    expect(events.map((e) => e.action)).toEqual(['inquiry.read', 'inquiry.created']);
    expect(events[0]).toMatchObject({ subjectType: 'inquiry', subjectId: inquiry, userName: expect.any(String) });
    expect(JSON.parse(events[0].details)).toEqual({ citizenId: citizen });
    expect(JSON.stringify(events)).not.toContain('Privat');
  });

  it('filters by action, user and day', async () => {
    const reads = await allEvents({ action: 'inquiry.read' }, 100);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((e) => e.action === 'inquiry.read')).toBe(true);
    const [{ id: advisorId }] = (await db.admin.query(`SELECT id FROM app_user WHERE email = 'advisor@lejre.demo'`)).rows;
    const mine = await allEvents({ userId: advisorId }, 100);
    expect(mine.length).toBeGreaterThanOrEqual(6);
    const today = new Date().toISOString().slice(0, 10);
    expect((await allEvents({ from: today, to: today, userId: advisorId }, 100)).length).toBe(mine.length);
    expect(await allEvents({ to: '2000-01-01' }, 100)).toEqual([]);
  });

  it('pages through the whole log without duplicates or gaps', async () => {
    const whole = await allEvents({}, 500);
    const paged = await allEvents({}, 2);
    expect(paged.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
    const [{ n }] = (await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = (SELECT id FROM tenant WHERE slug = 'lejre')`)).rows;
    expect(whole.length).toBe(n);
  });

  it('exports every event about a citizen and their inquiries, deleted ones too, as CSV, and audits the export', async () => {
    const result = await as<{ citizenAuditExport: string }>(admin, 'query X($id: ID!) { citizenAuditExport(citizenId: $id) }', { id: citizen });
    expect(result.errors).toBeUndefined();
    const lines = result.data!.citizenAuditExport.trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurred_at,user,action,subject_type,subject_id,details');
    const actions = lines.slice(1).map((line) => line.split(',')[2]);
    expect(actions).toEqual(['citizen.created', 'inquiry.created', 'inquiry.created', 'inquiry.read', 'citizen.read', 'inquiry.deleted']);
    expect(lines.filter((l) => l.includes(deleted)).length).toBe(2);
    expect(result.data!.citizenAuditExport).not.toContain('HYPERLINK');
    const exported = await db.admin.query(`SELECT user_id FROM audit_event WHERE action = 'citizen.audit_exported' AND subject_id = $1`, [citizen]);
    expect(exported.rows).toHaveLength(1);
  });

  it('keeps the log to the tenant admin and another tenant’s citizen reads as not found', async () => {
    expect((await as(advisor, EVENTS, {})).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const lyngbyAdmin = await api.login('admin@lyngby-taarbaek.demo');
    const other = await as(lyngbyAdmin, 'query X($id: ID!) { citizenAuditExport(citizenId: $id) }', { id: citizen });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'citizenId' });
    const lyngbyEvents = await as<{ auditEvents: { edges: { node: EventNode }[] } }>(lyngbyAdmin, EVENTS, { filter: { subjectId: inquiry } });
    expect(lyngbyEvents.data!.auditEvents.edges).toEqual([]);
  });

  it('refuses a bad filter naming the field', async () => {
    expect((await as(admin, EVENTS, { filter: { from: '2024-13-01' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect((await as(admin, EVENTS, { filter: { subjectId: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await as(admin, EVENTS, { after: 'x' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  describe('in sentences, filtered by citizen, and exported', () => {
    const auth = (session: Session): Record<string, string> => ({ authorization: `Bearer ${session.token}` });
    const download = async (format: 'csv' | 'xlsx' | 'json', session: Session, filter?: unknown, language?: string) => {
      const query = filter === undefined ? '' : `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
      return fetch(`${api.url}/audit-log/events.${format}${query}`, { headers: { ...auth(session), ...(language && { 'accept-language': language }) } });
    };
    /** The CSV's bytes: whether it starts with the UTF-8 byte order mark, and its text after it. */
    const csvOf = async (response: Response) => {
      const bytes = Buffer.from(await response.arrayBuffer());
      const bom = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
      return { bom, text: bytes.subarray(bom ? 3 : 0).toString('utf8') };
    };
    const exportedAudit = async () =>
      (await db.admin.query(`SELECT user_id, details FROM audit_event WHERE action = 'audit.exported' ORDER BY occurred_at DESC, id DESC LIMIT 1`)).rows[0];

    it('names the role, the user, the verb and the subject by its reference, also after the inquiry was deleted', async () => {
      const [read] = await allEvents({ subjectId: inquiry, action: 'inquiry.read' }, 10);
      expect(read).toMatchObject({ userRoles: ['advisor'], subjectLabel: inquiryReference });
      expect(auditSentence(read, 'da')).toBe(`Rådgiver ${read.userName} åbnede henvendelse ${inquiryReference}`);
      expect(auditSentence(read, 'en')).toBe(`Advisor ${read.userName} opened inquiry ${inquiryReference}`);
      const [gone] = await allEvents({ subjectId: deleted, action: 'inquiry.deleted' }, 10);
      expect(auditSentence(gone, 'da')).toBe(`Rådgiver ${gone.userName} slettede henvendelse ${deletedReference}`);
    });

    it('filters to one citizen: the citizen and their inquiries, deleted ones too, with paging', async () => {
      const events = await allEvents({ citizenId: citizen }, 2);
      // Oldest first: as the citizen's CSV above lists them, and that export itself.
      expect(events.map((e) => e.action).reverse()).toEqual([
        'citizen.created', 'inquiry.created', 'inquiry.created', 'inquiry.read', 'citizen.read', 'inquiry.deleted', 'citizen.audit_exported',
      ]);
      const [{ id: advisorId }] = (await db.admin.query(`SELECT id FROM app_user WHERE email = 'advisor@lejre.demo'`)).rows;
      expect((await allEvents({ citizenId: citizen, userId: advisorId, action: 'inquiry.created' }, 100)).map((e) => e.subjectId).sort()).toEqual([inquiry, deleted].sort());
      expect(await allEvents({ citizenId: citizen, to: '2000-01-01' }, 100)).toEqual([]);
      expect((await as(admin, EVENTS, { filter: { citizenId: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'citizenId' });
    });

    it('exports the filtered log as Danish CSV: a byte order mark, semicolons, Danish headers, dd.mm.yyyy and the sentences; audited', async () => {
      const response = await download('csv', admin, { citizenId: citizen });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const { bom, text } = await csvOf(response);
      expect(bom).toBe(true);
      const rows: string[][] = parse(text, { delimiter: ';' });
      expect(rows[0]).toEqual(['Dato', 'Klokkeslæt', 'Hændelse', 'Bruger', 'Rolle', 'Handling', 'Emnetype', 'Emne', 'Emne-id']);
      expect(rows).toHaveLength(8);
      for (const row of rows.slice(1)) {
        expect(row[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
        expect(row[1]).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      }
      expect(rows.slice(1).map((row) => row[5])).toEqual([
        'citizen.audit_exported', 'inquiry.deleted', 'citizen.read', 'inquiry.read', 'inquiry.created', 'inquiry.created', 'citizen.created',
      ]);
      expect(rows[4][2]).toMatch(new RegExp(`^Rådgiver .+ åbnede henvendelse ${inquiryReference}$`));
      expect(text).not.toContain('HYPERLINK');
      expect(await exportedAudit()).toMatchObject({ details: { format: 'csv', language: 'da', criteria: { citizenId: citizen }, rowCount: 7 } });
    });

    it('writes English with commas when asked for, XLSX with real date cells, and JSON with ISO times', async () => {
      const english = await csvOf(await download('csv', admin, { citizenId: citizen }, 'en'));
      expect(english.bom).toBe(true);
      const rows: string[][] = parse(english.text, { delimiter: ',' });
      expect(rows[0]).toEqual(['Date', 'Time', 'Event', 'User', 'Role', 'Action', 'Subject type', 'Subject', 'Subject id']);
      expect(rows[1][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rows[4][2]).toMatch(new RegExp(`^Advisor .+ opened inquiry ${inquiryReference}$`));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await (await download('xlsx', admin, { citizenId: citizen })).arrayBuffer()) as never);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('Log');
      expect(sheet.getRow(1).getCell(3).value).toBe('Hændelse');
      expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
      expect(sheet.getRow(2).getCell(1).numFmt).toBe('dd.mm.yyyy hh:mm:ss');
      expect(sheet.rowCount).toBe(8);
      expect(await exportedAudit()).toMatchObject({ details: { format: 'xlsx', rowCount: 7 } });

      const response = await download('json', admin, { citizenId: citizen, action: 'inquiry.read' });
      expect(response.headers.get('content-type')).toContain('application/json');
      const events = (await response.json()) as { occurredAt: string; action: string; subject: { id: string; label: string }; user: { roles: string[] } }[];
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'inquiry.read', subject: { id: inquiry, label: inquiryReference }, user: { roles: ['advisor'] } });
      expect(new Date(events[0].occurredAt).toISOString()).toBe(events[0].occurredAt);
      expect(await exportedAudit()).toMatchObject({ details: { format: 'json', criteria: { citizenId: citizen, action: 'inquiry.read' }, rowCount: 1 } });
      const [exportEvent] = await allEvents({ action: 'audit.exported' }, 1);
      expect(auditSentence(exportEvent, 'da')).toMatch(/^Administrator .+ eksporterede loggen$/);
    });

    it("never shows another municipality's events, and keeps the exports to the tenant admin", async () => {
      const lyngbyAdmin = await api.login('admin@lyngby-taarbaek.demo');
      const { text } = await csvOf(await download('csv', lyngbyAdmin, { citizenId: citizen }));
      expect(parse(text, { delimiter: ';' })).toHaveLength(1);
      const all = (await (await download('json', lyngbyAdmin)).json()) as { id: string }[];
      const lejre = new Set((await db.admin.query(`SELECT id FROM audit_event WHERE tenant_id = (SELECT id FROM tenant WHERE slug = 'lejre')`)).rows.map((r) => r.id));
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((event) => lejre.has(event.id))).toEqual([]);
      expect((await download('csv', advisor)).status).toBe(403);
      const bad = await download('csv', admin, { from: '2024-13-01' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    });
  });

  describe('response targets', () => {
    const TARGETS = '{ responseTargets { firstContactDays closeDays } }';
    const SET = 'mutation S($input: ResponseTargetsInput!) { setResponseTargets(input: $input) { firstContactDays closeDays } }';

    it('defaults to 10 and 30 days, and the tenant admin changes them for the tenant only', async () => {
      expect((await as(advisor, TARGETS)).data).toEqual({ responseTargets: { firstContactDays: 10, closeDays: 30 } });
      const set = await as(admin, SET, { input: { firstContactDays: 5, closeDays: 20 } });
      expect(set.data).toEqual({ setResponseTargets: { firstContactDays: 5, closeDays: 20 } });
      expect((await as(advisor, TARGETS)).data).toEqual({ responseTargets: { firstContactDays: 5, closeDays: 20 } });
      const lyngby = await api.login('advisor@lyngby-taarbaek.demo');
      expect((await as(lyngby, TARGETS)).data).toEqual({ responseTargets: { firstContactDays: 10, closeDays: 30 } });
      const audit = await db.admin.query(`SELECT details FROM audit_event WHERE action = 'tenant.response_targets_set'`);
      expect(audit.rows).toEqual([{ details: { firstContactDays: 5, closeDays: 20 } }]);
    });

    it('marks inquiries overdue against the tenant’s own targets', async () => {
      const received = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      const id = await create({ receivedOn: received });
      const read = async () =>
        (await as<{ inquiry: { responseTimes: { firstContactOverdue: boolean } } }>(advisor, 'query R($id: ID!) { inquiry(id: $id) { responseTimes { firstContactOverdue } } }', { id }))
          .data!.inquiry.responseTimes.firstContactOverdue;
      await as(admin, SET, { input: { firstContactDays: 5, closeDays: 20 } });
      expect(await read()).toBe(true);
      const list = async () =>
        (await as<{ inquiries: { edges: { node: { id: string } }[] } }>(advisor, 'query L($f: InquiryFilter) { inquiries(filter: $f, first: 200) { edges { node { id } } } }', {
          f: { overdue: true, from: received, to: received },
        })).data!.inquiries.edges.map((e) => e.node.id);
      expect(await list()).toContain(id);
      await as(admin, SET, { input: { firstContactDays: 10, closeDays: 30 } });
      expect(await read()).toBe(false);
      expect(await list()).not.toContain(id);
    });

    it('refuses targets out of range and keeps them to the tenant admin', async () => {
      expect((await as(admin, SET, { input: { firstContactDays: 0, closeDays: 20 } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstContactDays' });
      expect((await as(admin, SET, { input: { firstContactDays: 10, closeDays: 5 } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closeDays' });
      expect((await as(advisor, SET, { input: { firstContactDays: 10, closeDays: 30 } })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
