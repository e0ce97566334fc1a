import { createTestDatabase, TestDatabase, withoutSeededReport } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const REPORT = `id title status currentVersion period { from to } comparison { from to } foreword themes examples publishedAt
  recommendations { id title text sortOrder general orgUnits { id name } }`;
const CREATE = `mutation C($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`;
const SECTIONS = `mutation S($input: UpdateReportSectionsInput!) { updateReportSections(input: $input) { ${REPORT} } }`;
const ADD = 'mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { id title text sortOrder general orgUnits { id name } } }';
const UPDATE_REC = 'mutation U($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { id title text sortOrder general orgUnits { id } } }';
const REMOVE = `mutation R($id: ID!) { removeRecommendation(id: $id) { ${REPORT} } }`;
const PUBLISH = `mutation P($id: ID!) { publishReport(id: $id) { ${REPORT} } }`;
const ONE = `query O($id: ID!) { report(id: $id) { ${REPORT} versions { version status figures { registrations { current comparison } } } } }`;
const LIST = 'query L { reports { id title status } }';

interface Recommendation { id: string; title: string; text: string; sortOrder: number; general: boolean; orgUnits: { id: string; name: string }[] }
interface Report {
  id: string;
  title: string;
  status: string;
  currentVersion: number;
  period: { from: string; to: string };
  comparison: { from: string; to: string } | null;
  foreword: string;
  themes: string;
  examples: string;
  publishedAt: string | null;
  recommendations: Recommendation[];
}

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const TRICKY = `<script>alert("x")</script> & 'citat' "anførsel" — æøå ÆØÅ\n\n  indrykket  `;

describe('the report lifecycle through GraphQL', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let council: Session;
  let lyngby: Session;
  let contact: Session;
  let units: { familie: string; jobcenter: string; lyngbyUnit: string };

  const gql = <T = Record<string, unknown>>(session: Session, query: string, variables?: Record<string, unknown>) => api.gql<T>(query, variables, session);
  const ok = async <T>(session: Session, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await gql<T>(session, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const errorOf = async (session: Session, query: string, variables?: Record<string, unknown>) => {
    const result = await gql(session, query, variables);
    expect(result.data).toBeNull();
    const { code, field } = result.errors![0].extensions;
    return { code, field, message: result.errors![0].message };
  };
  const create = async (title: string, period = year(2019), comparison: unknown = year(2018)) =>
    (await ok<{ createReport: Report }>(advisor, CREATE, { input: { title, period, comparison } })).createReport;
  /** What the generation job will do: here by hand, as the job comes in a later issue. */
  const markReady = async (id: string) => {
    await db.admin.query(
      `INSERT INTO report_version (tenant_id, report_id, version, status, figures)
       SELECT tenant_id, id, current_version + 1, 'ready', '{"registrations": {"current": 192, "comparison": 174}}'::jsonb FROM report WHERE id = $1`,
      [id],
    );
    await db.admin.query(`UPDATE report SET status = 'ready', current_version = current_version + 1 WHERE id = $1`, [id]);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await withoutSeededReport(db, 'lejre', '2019-01-01');
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    council = await api.login('council@lejre.demo');
    lyngby = await api.login('advisor@lyngby-taarbaek.demo');
    contact = await api.login('contact@lejre.demo');
    const unit = async (slug: string, name: string) =>
      (await db.admin.query(`SELECT u.id FROM org_unit u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = $1 AND u.name = $2`, [slug, name])).rows[0].id as string;
    units = {
      familie: await unit('lejre', 'Familierådgivningen'),
      jobcenter: await unit('lejre', 'Jobcenter'),
      lyngbyUnit: await unit('lyngby-taarbaek', 'Børne- og ungeområdet'),
    };
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('goes from draft through sections and recommendations to published, which the council viewer then sees', async () => {
    const report = await create('Borgerrådgiverens beretning 2019');
    expect(report).toMatchObject({
      title: 'Borgerrådgiverens beretning 2019', status: 'DRAFT', currentVersion: 0, period: year(2019), comparison: year(2018),
      foreword: '', themes: '', examples: '', publishedAt: null, recommendations: [],
    });

    const updated = (await ok<{ updateReportSections: Report }>(advisor, SECTIONS, { input: { id: report.id, foreword: TRICKY, themes: 'Temaer: sagsbehandlingstid' } }))
      .updateReportSections;
    expect(updated).toMatchObject({ status: 'DRAFT', foreword: TRICKY, themes: 'Temaer: sagsbehandlingstid', examples: '' });
    const stored = await db.admin.query('SELECT foreword FROM report WHERE id = $1', [report.id]);
    expect(stored.rows[0].foreword).toBe(TRICKY);

    const general = (await ok<{ addRecommendation: Recommendation }>(advisor, ADD, { input: { reportId: report.id, title: 'Bedre vejledning', text: TRICKY } }))
      .addRecommendation;
    expect(general).toMatchObject({ title: 'Bedre vejledning', text: TRICKY, general: true, orgUnits: [] });
    const addressed = (
      await ok<{ addRecommendation: Recommendation }>(advisor, ADD, {
        input: { reportId: report.id, title: 'Svar inden for fristen', orgUnitIds: [units.jobcenter, units.familie, units.familie] },
      })
    ).addRecommendation;
    expect(addressed.general).toBe(false);
    expect(addressed.orgUnits.map((u) => u.id).sort()).toEqual([units.familie, units.jobcenter].sort());
    expect(addressed.sortOrder).toBeGreaterThan(general.sortOrder);

    // Another tenant's unit is not found, and nothing is added.
    expect(await errorOf(advisor, ADD, { input: { reportId: report.id, title: 'Ukendt enhed', orgUnitIds: [units.lyngbyUnit] } })).toMatchObject({
      code: 'NOT_FOUND', field: 'orgUnitIds',
    });

    const moved = (
      await ok<{ updateRecommendation: Recommendation }>(advisor, UPDATE_REC, {
        input: { id: general.id, title: 'Bedre vejledning om klageadgang', text: 'Ny tekst', orgUnitIds: [units.familie], sortOrder: 1000 },
      })
    ).updateRecommendation;
    expect(moved).toMatchObject({ title: 'Bedre vejledning om klageadgang', text: 'Ny tekst', general: false, sortOrder: 1000, orgUnits: [{ id: units.familie }] });

    const extra = (await ok<{ addRecommendation: Recommendation }>(advisor, ADD, { input: { reportId: report.id, title: 'Fjernes igen' } })).addRecommendation;
    const afterRemove = (await ok<{ removeRecommendation: Report }>(advisor, REMOVE, { id: extra.id })).removeRecommendation;
    expect(afterRemove.recommendations.map((r) => r.title)).toEqual(['Svar inden for fristen', 'Bedre vejledning om klageadgang']);

    // Publishing needs a ready report.
    expect(await errorOf(advisor, PUBLISH, { id: report.id })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    // The council viewer sees no draft.
    expect((await ok<{ reports: Report[] }>(council, LIST)).reports.map((r) => r.id)).not.toContain(report.id);
    expect(await errorOf(council, ONE, { id: report.id })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    await markReady(report.id);
    const published = (await ok<{ publishReport: Report }>(advisor, PUBLISH, { id: report.id })).publishReport;
    expect(published).toMatchObject({ status: 'PUBLISHED', currentVersion: 1 });
    expect(published.publishedAt).not.toBeNull();

    const seen = (await ok<{ report: Report & { versions: unknown[] } }>(council, ONE, { id: report.id })).report;
    expect(seen).toMatchObject({ status: 'PUBLISHED', foreword: TRICKY, versions: [{ version: 1, status: 'READY', figures: { registrations: { current: 192, comparison: 174 } } }] });
    expect(seen.recommendations.map((r) => r.title)).toEqual(['Svar inden for fristen', 'Bedre vejledning om klageadgang']);
    expect((await ok<{ reports: Report[] }>(council, LIST)).reports.map((r) => r.id)).toContain(report.id);

    // A published report is no longer changed.
    expect(await errorOf(advisor, SECTIONS, { input: { id: report.id, foreword: 'Senere' } })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await errorOf(advisor, ADD, { input: { reportId: report.id, title: 'For sent' } })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await errorOf(advisor, REMOVE, { id: moved.id })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await errorOf(advisor, PUBLISH, { id: report.id })).toMatchObject({ code: 'CONFLICT', field: 'status' });

    const audits = await db.admin.query(
      `SELECT action FROM audit_event WHERE subject_id = $1 OR details->>'reportId' = $1::text ORDER BY occurred_at, action`,
      [report.id],
    );
    expect(new Set(audits.rows.map((r) => r.action))).toEqual(
      new Set(['report.created', 'report.sections_updated', 'recommendation.added', 'recommendation.updated', 'recommendation.removed', 'report.published']),
    );
  });

  it('returns a ready report to draft when its sections or recommendations change, and refuses changes while generating', async () => {
    const report = await create('Beretning 2020', year(2020), year(2019));
    await markReady(report.id);
    const edited = (await ok<{ updateReportSections: Report }>(advisor, SECTIONS, { input: { id: report.id, examples: 'Eksempel' } })).updateReportSections;
    expect(edited).toMatchObject({ status: 'DRAFT', examples: 'Eksempel', currentVersion: 1 });

    await markReady(report.id);
    await ok(advisor, ADD, { input: { reportId: report.id, title: 'Ny anbefaling' } });
    expect((await ok<{ report: Report }>(advisor, ONE, { id: report.id })).report.status).toBe('DRAFT');

    await db.admin.query(`UPDATE report SET status = 'generating' WHERE id = $1`, [report.id]);
    expect(await errorOf(advisor, SECTIONS, { input: { id: report.id, foreword: 'Midt i' } })).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect(await errorOf(advisor, PUBLISH, { id: report.id })).toMatchObject({ code: 'CONFLICT', field: 'status' });
  });

  it('keeps one report per period and rejects bad periods naming the field', async () => {
    await create('Beretning 2021', year(2021), null);
    expect(await errorOf(advisor, CREATE, { input: { title: 'Igen', period: year(2021) } })).toMatchObject({ code: 'CONFLICT', field: 'period' });
    expect(await errorOf(advisor, CREATE, { input: { title: 'Baglæns', period: { from: '2022-12-31', to: '2022-01-01' } } })).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'period.to',
    });
    expect(await errorOf(advisor, CREATE, { input: { title: 'Forkert', period: year(2022), comparison: { from: '2021-1-1', to: '2021-12-31' } } })).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'comparison.from',
    });
    expect(await errorOf(advisor, CREATE, { input: { title: '   ', period: year(2022) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await errorOf(advisor, CREATE, { input: { title: 'Tre år', period: { from: '2020-01-01', to: '2022-12-31' } } })).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'period.to',
    });
  });

  it('makes one report when two advisors create the same period at once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => gql<{ createReport: Report }>(advisor, CREATE, { input: { title: `Samtidig ${n}`, period: year(2014) } })),
    );
    expect(results.filter((r) => r.data?.createReport).length).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: 'period' }),
      expect.objectContaining({ code: 'CONFLICT', field: 'period' }),
    ]);
  });

  it("hides another tenant's reports and recommendations: not found", async () => {
    const report = await create('Lejres beretning 2017', year(2017), null);
    const recommendation = (await ok<{ addRecommendation: Recommendation }>(advisor, ADD, { input: { reportId: report.id, title: 'Kun Lejre' } })).addRecommendation;
    expect(await errorOf(lyngby, ONE, { id: report.id })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // Lyngby's list holds only its own reports (the demo seed gives it published 2023 and 2022 reports), newest first.
    expect((await ok<{ reports: Report[] }>(lyngby, LIST)).reports).toEqual([
      { id: expect.any(String), title: 'Borgerrådgiverens beretning 2023', status: 'PUBLISHED' },
      { id: expect.any(String), title: 'Borgerrådgiverens beretning 2022', status: 'PUBLISHED' },
    ]);
    expect(await errorOf(lyngby, SECTIONS, { input: { id: report.id, foreword: 'Indbrud' } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(lyngby, ADD, { input: { reportId: report.id, title: 'Indbrud' } })).toMatchObject({ code: 'NOT_FOUND', field: 'reportId' });
    expect(await errorOf(lyngby, UPDATE_REC, { input: { id: recommendation.id, title: 'Indbrud' } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(lyngby, REMOVE, { id: recommendation.id })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(await errorOf(lyngby, PUBLISH, { id: report.id })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // Lyngby may have its own report for the same period.
    const own = (await ok<{ createReport: Report }>(lyngby, CREATE, { input: { title: 'Lyngbys beretning 2017', period: year(2017) } })).createReport;
    expect(own.status).toBe('DRAFT');
    const rows = await db.admin.query(`SELECT foreword FROM report WHERE id = $1`, [report.id]);
    expect(rows.rows[0].foreword).toBe('');
  });

  it('lets only the advisor change reports', async () => {
    const report = await create('Beretning 2016', year(2016), null);
    expect((await errorOf(council, SECTIONS, { input: { id: report.id, foreword: 'Rådet' } })).code).toBe('FORBIDDEN');
    expect((await errorOf(council, CREATE, { input: { title: 'Rådet', period: year(2015) } })).code).toBe('FORBIDDEN');
    expect((await errorOf(contact, LIST)).code).toBe('FORBIDDEN');
    expect(await errorOf(advisor, ONE, { id: 'not-an-id' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
