import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { inContext, loadFollowUpNoteModel } from '@raadgiver/db';
import { followUpNoteJobQueueId, QUEUES } from '@raadgiver/domain';
import { redisUrl, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { GqlResult, Session, useTestApi } from '../testing/test-api';

const RECOMMENDATION = `id title status dueOn statusSetAt orgUnits { id name } report { id title period { from to } }
  statusHistory { status setAt setBy } followUps { id text proposedStatus writtenBy orgUnit { id name } updatedAt }`;
const MINE = `{ myRecommendations { edges { node { ${RECOMMENDATION} } } pageInfo { hasNextPage } } }`;
const ONE = `query R($id: ID!) { recommendation(id: $id) { ${RECOMMENDATION} } }`;
const WRITE = `mutation W($input: WriteFollowUpInput!) { writeFollowUp(input: $input) { id text proposedStatus writtenBy orgUnit { name } } }`;
const SET = `mutation S($input: SetRecommendationFollowUpInput!) { setRecommendationFollowUp(input: $input) { ${RECOMMENDATION} } }`;
const PREVIEW = `query P($reportId: ID!) { followUpNotePreview(reportId: $reportId) {
  tenantName reportTitle period { from to } intro rows { orgUnitId orgUnitName entries { recommendationTitle text proposedStatus writtenAt } } } }`;
const GENERATE = `mutation G($reportId: ID!) { generateFollowUpNote(reportId: $reportId) { id followUpNote { version status progress error } } }`;
const CARRY = `query C($id: ID!) { report(id: $id) { carryOver {
  previousReport { title period { from to } }
  recommendations { title status orgUnits { name } followUps { orgUnitName text } }
  tenant { total implemented partlyImplemented share }
  departments { orgUnitName total implemented partlyImplemented share } } } }`;
const SET_CASES = `mutation D($input: SetDecidedCasesInput!) { setDecidedCases(input: $input) { orgUnitId year decidedCases orgUnit { name } } }`;
const CASES = `query V($year: Int!) { decidedCaseVolumes(year: $year) { orgUnitId year decidedCases orgUnit { name } } }`;

interface Recommendation {
  id: string;
  title: string;
  status: string;
  dueOn: string | null;
  statusSetAt: string | null;
  orgUnits: { id: string; name: string }[];
  report: { id: string; title: string; period: { from: string; to: string } };
  statusHistory: { status: string; setAt: string; setBy: string }[];
  followUps: { id: string; text: string; proposedStatus: string | null; writtenBy: string; orgUnit: { id: string; name: string }; updatedAt: string }[];
}

/** Typed by a department: Danish letters, both kinds of quotes, an apostrophe, line breaks and a blank line, trailing space. */
const TYPED = 'Vi har holdt “personalemøde” med borgerrådgiveren.\nÆndringer: "kvittering" sendes nu straks – også i weekenden.\n\nNæste skridt: Ø-gruppens \'tjekliste\' ';

describe('recommendations and the departments’ follow-up', () => {
  const t = useTestApi();
  const queuePrefix = uniqueName('rgfu');
  process.env.QUEUE_PREFIX = queuePrefix;
  let advisor: Session;
  let contact: Session;
  let lyngby: Session;
  let admin: Session;
  let queue: Queue;
  let tenantId: string;
  let report2023: string;
  let unit: (name: string) => string;
  let recommendationId: (title: string) => string;

  const gql = <T = Record<string, unknown>>(session: Session, query: string, variables?: Record<string, unknown>) => t.api.gql<T>(query, variables, session);
  const ok = async <T>(session: Session, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result: GqlResult<T> = await gql<T>(session, query, variables);
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const errorOf = async (session: Session, query: string, variables?: Record<string, unknown>) => {
    const result = await gql(session, query, variables);
    expect(result.data).toBeNull();
    return result.errors![0].extensions;
  };
  const count = async (table: string) => (await t.db.admin.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

  beforeAll(async () => {
    await withoutSeededReport(t.db, 'lyngby-taarbaek', '2023-01-01');
    queue = new Queue(QUEUES.followUp, { connection: { url: redisUrl() }, prefix: queuePrefix });
    advisor = await t.api.login('advisor@norddjurs.demo');
    contact = await t.api.login('contact@norddjurs.demo');
    admin = await t.api.login('admin@norddjurs.demo');
    lyngby = await t.api.login('advisor@lyngby-taarbaek.demo');
    tenantId = (await t.db.admin.query(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id;
    report2023 = (await t.db.admin.query(`SELECT id FROM report WHERE tenant_id = $1 AND period_from = '2023-01-01'`, [tenantId])).rows[0].id;
    const units = new Map<string, string>((await t.db.admin.query(`SELECT name, id FROM org_unit WHERE tenant_id = $1`, [tenantId])).rows.map((r) => [r.name, r.id]));
    unit = (name) => units.get(name)!;
    const recommendations = new Map<string, string>((await t.db.admin.query(`SELECT title, id FROM recommendation WHERE report_id = $1`, [report2023])).rows.map((r) => [r.title, r.id]));
    recommendationId = (title) => recommendations.get(title)!;
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
  });

  it('shows the Socialområdet contact the recommendations addressed to Socialområdet, with their report', async () => {
    const page = (await ok<{ myRecommendations: { edges: { node: Recommendation }[]; pageInfo: { hasNextPage: boolean } } }>(contact, MINE)).myRecommendations;
    expect(page.pageInfo.hasNextPage).toBe(false);
    const myRecommendations = page.edges.map((edge) => edge.node);
    expect(myRecommendations.map((r) => r.title)).toEqual(['Kortere sagsbehandlingstid og besked undervejs', 'Et overblik over sagsforløbet til borgeren']);
    for (const recommendation of myRecommendations) {
      expect(recommendation.orgUnits.map((u) => u.name)).toContain('Socialområdet');
      expect(recommendation.report).toEqual({ id: report2023, title: 'Borgerrådgiverens beretning 2023', period: { from: '2023-01-01', to: '2023-12-31' } });
    }
    expect(myRecommendations[0]).toMatchObject({ status: 'IN_PROGRESS', dueOn: '2024-12-31', statusHistory: [{ status: 'IN_PROGRESS', setBy: 'Camilla Juhl' }] });
    // Every department's answer to a recommendation addressed to the contact is theirs to read.
    expect(myRecommendations[1].followUps.map((f) => f.orgUnit.name)).toEqual(['Børne- og Familieområdet']);
    // Of the units a recommendation is addressed to, the contact answers only for Socialområdet; the advisor for none.
    const ANSWERABLE = 'query A($id: ID!) { recommendation(id: $id) { orgUnits { id name } answerableOrgUnitIds } }';
    for (const session of [contact, advisor]) {
      const { recommendation } = await ok<{ recommendation: { orgUnits: { id: string; name: string }[]; answerableOrgUnitIds: string[] } }>(session, ANSWERABLE, { id: myRecommendations[1].id });
      expect(recommendation.orgUnits.length).toBeGreaterThan(1);
      const social = recommendation.orgUnits.filter((u) => u.name === 'Socialområdet').map((u) => u.id);
      expect(recommendation.answerableOrgUnitIds).toEqual(session === contact ? social : []);
    }
    const audit = await t.db.admin.query(
      `SELECT details FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'recommendation.department_list' AND u.email = 'contact@norddjurs.demo'`,
    );
    expect(audit.rows).toEqual([{ details: { rows: 2 } }]);
  });

  it('stores the contact’s follow-up exactly as typed, and writing again replaces it', async () => {
    const id = recommendationId('Kortere sagsbehandlingstid og besked undervejs');
    const input = { recommendationId: id, orgUnitId: unit('Socialområdet'), text: 'Første udkast', proposedStatus: 'IN_PROGRESS' };
    const first = (await ok<{ writeFollowUp: { id: string } }>(contact, WRITE, { input })).writeFollowUp;
    const second = (await ok<{ writeFollowUp: Record<string, unknown> }>(contact, WRITE, { input: { ...input, text: TYPED, proposedStatus: 'IMPLEMENTED' } })).writeFollowUp;
    expect(second).toEqual({ id: first.id, text: TYPED, proposedStatus: 'IMPLEMENTED', writtenBy: 'Birgitte Skov', orgUnit: { name: 'Socialområdet' } });
    const stored = await t.db.admin.query(`SELECT text, proposed_status FROM recommendation_follow_up WHERE recommendation_id = $1`, [id]);
    expect(stored.rows).toEqual([{ text: TYPED, proposed_status: 'implemented' }]);
    // The advisor sees it on the recommendation; the status stays the advisor's to set.
    const seen = (await ok<{ recommendation: Recommendation }>(advisor, ONE, { id })).recommendation;
    expect(seen.status).toBe('IN_PROGRESS');
    expect(seen.followUps.map((f) => f.text)).toEqual([TYPED]);
    const audit = await t.db.admin.query(`SELECT action, details FROM audit_event WHERE subject_id = $1 ORDER BY occurred_at, id`, [first.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['recommendation_follow_up.created', 'recommendation_follow_up.updated']);
    expect(audit.rows[1].details).toEqual({ recommendationId: id, orgUnitId: unit('Socialområdet'), proposedStatus: 'implemented' });
  });

  it('answers not found for another department’s recommendation, and for any inquiry or citizen, and stores nothing', async () => {
    const other = recommendationId('Tydelig vejledning i kontrolsager');
    const before = await count('recommendation_follow_up');
    expect(await errorOf(contact, ONE, { id: other })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(contact, ONE, { id: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(contact, WRITE, { input: { recommendationId: other, orgUnitId: unit('Borgerservice, IT og Digitalisering'), text: 'Indbrud' } })).toMatchObject({
      code: 'NOT_FOUND', field: 'recommendationId',
    });
    // Addressed to Socialområdet, but the unit written for is another department's.
    expect(
      await errorOf(contact, WRITE, { input: { recommendationId: recommendationId('Kortere sagsbehandlingstid og besked undervejs'), orgUnitId: unit('Sundhed og Omsorgsområdet'), text: 'Indbrud' } }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'orgUnitId' });
    // Lyngby's recommendations are another tenant's.
    const lyngbyRecommendation = (await t.db.admin.query(`SELECT r.id FROM recommendation r JOIN tenant t ON t.id = r.tenant_id WHERE t.slug = 'lyngby-taarbaek' LIMIT 1`)).rows[0].id;
    expect(await errorOf(contact, ONE, { id: lyngbyRecommendation })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count('recommendation_follow_up')).toBe(before);

    const [inquiry] = (await t.db.admin.query(`SELECT id, citizen_id FROM inquiry WHERE tenant_id = $1 AND org_unit_id = $2 LIMIT 1`, [tenantId, unit('Socialområdet')])).rows;
    expect(await errorOf(contact, `{ inquiry(id: "${inquiry.id}") { summary } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(contact, `{ citizen(id: "${inquiry.citizen_id}") { displayName } }`)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(contact, `{ inquiry(id: "${randomUUID()}") { summary } }`)).toMatchObject({ code: 'NOT_FOUND' });
    // The advisor still reads them.
    expect((await gql(advisor, `{ inquiry(id: "${inquiry.id}") { id } }`)).errors).toBeUndefined();
    const reads = await t.db.admin.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE u.email = 'contact@norddjurs.demo' AND a.subject_type IN ('inquiry', 'citizen') AND a.subject_id IS NOT NULL`,
    );
    expect(reads.rows[0].n).toBe(0);
  });

  it('refuses a blank follow-up naming the field, and keeps writing follow-ups to contacts', async () => {
    const input = { recommendationId: recommendationId('Et overblik over sagsforløbet til borgeren'), orgUnitId: unit('Socialområdet'), text: ' \n ' };
    expect(await errorOf(contact, WRITE, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await errorOf(advisor, WRITE, { input: { ...input, text: 'x' } })).code).toBe('FORBIDDEN');
    expect((await errorOf(contact, SET, { input: { id: input.recommendationId, status: 'IMPLEMENTED' } })).code).toBe('FORBIDDEN');
  });

  it('gives the follow-up note one row per addressed department in tree order, texts as typed, empty rows for those who did not answer', async () => {
    const model = await inContext(t.db.app, { tenantId, userId: null }, (em) => loadFollowUpNoteModel(em, report2023));
    expect(model).toMatchObject({ tenantName: 'Norddjurs Kommune', reportTitle: 'Borgerrådgiverens beretning 2023', period: { from: '2023-01-01', to: '2023-12-31' } });
    expect(model.rows.map((r) => [r.orgUnitName, r.entries.map((e) => e.recommendationTitle)])).toEqual([
      ['Sundhed og Omsorgsområdet', []],
      ['Socialområdet', ['Kortere sagsbehandlingstid og besked undervejs']],
      ['Børne- og Familieområdet', ['Et overblik over sagsforløbet til borgeren']],
      ['Skole- og dagtilbudsområdet', []],
      ['Borgerservice, IT og Digitalisering', ['Tydelig vejledning i kontrolsager']],
      ['Erhverv- og arbejdsmarkedsafdelingen', ['Afgørelser, borgeren kan forstå']],
    ]);
    expect(model.rows[1].entries[0]).toMatchObject({ text: TYPED, proposedStatus: 'implemented' });
    expect(model.rows[1].entries[0].writtenAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The advisor's preview is the same model.
    const { followUpNotePreview } = await ok<{ followUpNotePreview: { rows: { orgUnitName: string; entries: { text: string }[] }[]; intro: string } }>(advisor, PREVIEW, { reportId: report2023 });
    expect(followUpNotePreview.rows.map((r) => r.orgUnitName)).toEqual(model.rows.map((r) => r.orgUnitName));
    expect(followUpNotePreview.rows[1].entries[0].text).toBe(TYPED);
    expect(followUpNotePreview.intro).toBe(model.intro);
    // Another tenant's report is not found; a contact may not preview.
    expect(await errorOf(lyngby, PREVIEW, { reportId: report2023 })).toMatchObject({ code: 'NOT_FOUND', field: 'reportId' });
    expect((await errorOf(contact, PREVIEW, { reportId: report2023 })).code).toBe('FORBIDDEN');
  });

  it('keeps every status with who set it and when, sets and clears the due date, and stores nothing on bad input', async () => {
    const id = recommendationId('Opmærksomhed på overgange');
    const bad = await errorOf(advisor, SET, { input: { id, status: 'IMPLEMENTED', dueOn: '2025-02-30' } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn' });
    expect((await t.db.admin.query(`SELECT status, due_on::text FROM recommendation WHERE id = $1`, [id])).rows).toEqual([{ status: 'open', due_on: '2025-06-30' }]);

    await ok(advisor, SET, { input: { id, status: 'IN_PROGRESS' } });
    await ok(advisor, SET, { input: { id, status: 'IN_PROGRESS', dueOn: '2026-12-01' } });
    const done = (await ok<{ setRecommendationFollowUp: Recommendation }>(advisor, SET, { input: { id, status: 'PARTLY_IMPLEMENTED' } })).setRecommendationFollowUp;
    expect(done).toMatchObject({ status: 'PARTLY_IMPLEMENTED', dueOn: '2026-12-01' });
    expect(done.statusHistory.map((c) => [c.status, c.setBy])).toEqual([['IN_PROGRESS', 'Camilla Juhl'], ['PARTLY_IMPLEMENTED', 'Camilla Juhl']]);
    expect(done.statusSetAt).toBe(done.statusHistory[1].setAt);
    const cleared = (await ok<{ setRecommendationFollowUp: Recommendation }>(advisor, SET, { input: { id, dueOn: null } })).setRecommendationFollowUp;
    expect(cleared).toMatchObject({ status: 'PARTLY_IMPLEMENTED', dueOn: null });

    const audit = await t.db.admin.query(`SELECT details FROM audit_event WHERE action = 'recommendation.follow_up_set' AND subject_id = $1 ORDER BY occurred_at, id`, [id]);
    expect(audit.rows.map((r) => r.details)).toEqual([
      { reportId: report2023, status: { from: 'open', to: 'in_progress' } },
      { reportId: report2023, dueOn: { from: '2025-06-30', to: '2026-12-01' } },
      { reportId: report2023, status: { from: 'in_progress', to: 'partly_implemented' } },
      { reportId: report2023, dueOn: { from: '2026-12-01', to: null } },
    ]);
    expect(await errorOf(advisor, SET, { input: { id: randomUUID(), status: 'OPEN' } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(lyngby, SET, { input: { id, status: 'OPEN' } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('lists last year’s recommendations in the next report with their status, and the compliance share of a hand count', async () => {
    const created = await ok<{ createReport: { id: string } }>(lyngby, 'mutation C($input: CreateReportInput!) { createReport(input: $input) { id } }', {
      input: { title: 'Borgerrådgiverens beretning 2023', period: { from: '2023-01-01', to: '2023-12-31' }, comparison: { from: '2022-03-01', to: '2022-12-31' } },
    });
    type Carry = { report: { carryOver: { previousReport: unknown; recommendations: { title: string; status: string; orgUnits: { name: string }[]; followUps: { orgUnitName: string; text: string }[] }[]; tenant: unknown; departments: unknown[] } } };
    const { carryOver } = (await ok<Carry>(lyngby, CARRY, { id: created.createReport.id })).report;
    expect(carryOver.previousReport).toEqual({ title: 'Borgerrådgiverens beretning 2022', period: { from: '2022-03-01', to: '2022-12-31' } });
    expect(carryOver.recommendations.map((r) => [r.title, r.status, r.orgUnits.map((u) => u.name)])).toEqual([
      ['Tilbagemeldingsgaranti og automatisk kvittering', 'PARTLY_IMPLEMENTED', []],
      ['Regler for optagelse af samtaler', 'IMPLEMENTED', []],
      ['Helhedsorientering og koordinering på tværs', 'PARTLY_IMPLEMENTED', ['CBAK', 'Center for Social Indsats']],
      ['En plan for opfølgning på anbefalingerne', 'IMPLEMENTED', ['Center for Social Indsats', 'CUP']],
      ['Ventetid på ældre- og plejeboliger', 'NOT_TAKEN_UP', ['Center for Sundhed og Omsorg']],
    ]);
    expect(carryOver.recommendations[3].followUps).toEqual([{ orgUnitName: 'CUP', text: expect.stringContaining('ledermødet') }]);
    // Hand count: implemented are "Regler…" and "En plan…": 2 of 5; partly "Tilbagemeldingsgaranti…" and "Helhedsorientering…".
    expect(carryOver.tenant).toEqual({ total: 5, implemented: 2, partlyImplemented: 2, share: 0.4 });
    // CBAK: Helhedsorientering (partly). CSI: Helhedsorientering (partly), En plan (implemented). CSO: Ventetid (not taken up). CUP: En plan.
    expect(carryOver.departments).toEqual([
      { orgUnitName: 'CBAK', total: 1, implemented: 0, partlyImplemented: 1, share: 0 },
      { orgUnitName: 'Center for Social Indsats', total: 2, implemented: 1, partlyImplemented: 1, share: 0.5 },
      { orgUnitName: 'Center for Sundhed og Omsorg', total: 1, implemented: 0, partlyImplemented: 0, share: 0 },
      { orgUnitName: 'CUP', total: 1, implemented: 1, partlyImplemented: 0, share: 1 },
    ]);
    // A report with nothing before it carries nothing over.
    const seeded2022 = (await t.db.admin.query(`SELECT r.id FROM report r JOIN tenant t ON t.id = r.tenant_id WHERE t.slug = 'lyngby-taarbaek' AND r.period_from = '2022-03-01'`)).rows[0].id;
    expect((await ok<Carry>(lyngby, CARRY, { id: seeded2022 })).report.carryOver).toEqual({
      previousReport: null, recommendations: [], tenant: { total: 0, implemented: 0, partlyImplemented: 0, share: null }, departments: [],
    });
  });

  it('takes decided cases from the tenant admin only, naming the field on bad input and storing nothing then', async () => {
    // Without the demo volumes, so that what this test stores is all there is.
    await t.db.admin.query('DELETE FROM decided_case_volume');
    const input = { orgUnitId: unit('Socialområdet'), year: 2023, decidedCases: 1250 };
    for (const [bad, field] of [
      [{ decidedCases: -1 }, 'decidedCases'],
      [{ year: 1999 }, 'year'],
      [{ year: 2101 }, 'year'],
      [{ orgUnitId: 'nope' }, 'orgUnitId'],
    ] as const) {
      expect(await errorOf(admin, SET_CASES, { input: { ...input, ...bad } })).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await errorOf(admin, SET_CASES, { input: { ...input, orgUnitId: randomUUID() } })).toMatchObject({ code: 'NOT_FOUND', field: 'orgUnitId' });
    const lyngbyUnit = (await t.db.admin.query(`SELECT o.id FROM org_unit o JOIN tenant t ON t.id = o.tenant_id WHERE t.slug = 'lyngby-taarbaek' LIMIT 1`)).rows[0].id;
    expect(await errorOf(admin, SET_CASES, { input: { ...input, orgUnitId: lyngbyUnit } })).toMatchObject({ code: 'NOT_FOUND', field: 'orgUnitId' });
    expect((await errorOf(advisor, SET_CASES, { input })).code).toBe('FORBIDDEN');
    expect(await count('decided_case_volume')).toBe(0);

    await ok(admin, SET_CASES, { input });
    const replaced = await ok<{ setDecidedCases: unknown }>(admin, SET_CASES, { input: { ...input, decidedCases: 1300 } });
    expect(replaced.setDecidedCases).toEqual({ orgUnitId: input.orgUnitId, year: 2023, decidedCases: 1300, orgUnit: { name: 'Socialområdet' } });
    expect((await ok<{ decidedCaseVolumes: unknown[] }>(advisor, CASES, { year: 2023 })).decidedCaseVolumes).toEqual([replaced.setDecidedCases]);
    expect((await ok<{ decidedCaseVolumes: unknown[] }>(admin, CASES, { year: 2024 })).decidedCaseVolumes).toEqual([]);
    expect(await errorOf(advisor, CASES, { year: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await errorOf(contact, CASES, { year: 2023 })).code).toBe('FORBIDDEN');
    const audit = await t.db.admin.query(`SELECT details FROM audit_event WHERE action = 'decided_case_volume.set' ORDER BY occurred_at, id`);
    expect(audit.rows.map((r) => r.details)).toEqual([{ year: 2023, from: null, to: 1250 }, { year: 2023, from: 1250, to: 1300 }]);
  });

  it('makes one follow-up note version and one job however often it is asked for at once', async () => {
    const intro = 'Fagområderne har læst beretningen.\n\n“Notatet” følger beretningen.';
    const updated = await ok<{ updateFollowUpIntro: { followUpIntro: string } }>(advisor, 'mutation U($reportId: ID!, $intro: String!) { updateFollowUpIntro(reportId: $reportId, intro: $intro) { followUpIntro } }', {
      reportId: report2023, intro,
    });
    expect(updated.updateFollowUpIntro.followUpIntro).toBe(intro);

    const answers = await Promise.all([1, 2, 3].map(() => ok<{ generateFollowUpNote: { followUpNote: { version: number; status: string } } }>(advisor, GENERATE, { reportId: report2023 })));
    const again = await ok<{ generateFollowUpNote: { followUpNote: { version: number; status: string } } }>(advisor, GENERATE, { reportId: report2023 });
    for (const answer of [...answers, again]) expect(answer.generateFollowUpNote.followUpNote).toMatchObject({ version: 1, status: 'GENERATING' });
    expect((await t.db.admin.query(`SELECT version, status FROM follow_up_note WHERE report_id = $1`, [report2023])).rows).toEqual([{ version: 1, status: 'generating' }]);
    expect(await queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized')).toBe(1);
    expect((await queue.getJob(followUpNoteJobQueueId(tenantId, report2023, 1)))?.data).toEqual({ tenantId, reportId: report2023, version: 1 });
    const audit = await t.db.admin.query(`SELECT details FROM audit_event WHERE action = 'follow_up_note.generation_requested' AND subject_id = $1`, [report2023]);
    expect(audit.rows).toEqual([{ details: { version: 1 } }]);

    // Nothing to download before the worker has made it ready.
    const response = await fetch(`${t.api.url}/reports/${report2023}/follow-up-notes/1/document.pdf`, { headers: { authorization: `Bearer ${advisor.token}` } });
    expect(response.status).toBe(404);
    expect(await errorOf(lyngby, GENERATE, { reportId: report2023 })).toMatchObject({ code: 'NOT_FOUND', field: 'reportId' });
  });
});
