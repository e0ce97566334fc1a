import { createTestDatabase, pdfText, TestDatabase, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';

const ROWS = 'complaintCategories { rows { id name } } complaintOutcomes { rows { id name } }';
const REPORT = `id status versions { version figures { ${ROWS} } }`;
const CREATE = `mutation C($input: CreateReportInput!) { createReport(input: $input) { id } }`;
const GENERATE = `mutation G($id: ID!) { generateReport(id: $id) { id } }`;
const PUBLISH = `mutation P($id: ID!) { publishReport(id: $id) { id status } }`;
const GET = `query R($id: ID!) { report(id: $id) { ${REPORT} } }`;
const PREVIEW = `query P($period: PeriodInput!) { reportPreview(period: $period) { ${ROWS} } }`;
const RENAME_CATEGORY = 'mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id name } }';
const RENAME_OUTCOME = 'mutation U($input: UpdateCatalogEntryInput!) { updateOutcome(input: $input) { id name } }';

interface Row { id: string; name: string }
interface Figures { complaintCategories: { rows: Row[] }; complaintOutcomes: { rows: Row[] } }
interface Report { id: string; status: string; versions: { version: number; figures: Figures | null }[] }

const PERIOD = { from: '2019-01-01', to: '2019-12-31' };

/**
 * A report's figures and documents are made once, when it is generated, and kept with the version: the catalogue's
 * names as they were then. Renaming a category or outcome afterwards changes the live preview (and what a draft
 * shows when it is generated again), never a published report.
 */
describe('catalogue names in reports over time', () => {
  const queuePrefix = uniqueName('test_catalogue_history');
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let admin: Session;
  let worker: WorkerProcess;

  const ok = async <T>(session: Session, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await api.gql<T>(query, variables, session);
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const report = async (id: string) => (await ok<{ report: Report }>(advisor, GET, { id })).report;

  beforeAll(async () => {
    db = await createTestDatabase();
    // The demo's published Lejre 2019 report makes way for the one this test publishes.
    await withoutSeededReport(db, 'lejre', '2019-01-01');
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    admin = await api.login('admin@lejre.demo');
    worker = await startWorkerProcess(db.appUrl, queuePrefix);
  });

  afterAll(async () => {
    await worker?.stop('SIGTERM');
    killWorkerProcesses();
    await api?.close();
    await db?.drop();
  });

  it('keeps the old names in a published report after a rename; the preview shows the new ones', async () => {
    const { createReport } = await ok<{ createReport: { id: string } }>(advisor, CREATE, { input: { title: 'Beretning 2019', period: PERIOD } });
    await ok(advisor, GENERATE, { id: createReport.id });
    const until = Date.now() + 60_000;
    while ((await report(createReport.id)).status !== 'READY') {
      if (Date.now() > until) throw new Error('the report was not ready within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await ok(advisor, PUBLISH, { id: createReport.id });
    const pdfOf = async () => {
      const response = await fetch(`${api.url}/reports/${createReport.id}/versions/1/document.pdf`, { headers: { authorization: `Bearer ${advisor.token}` } });
      expect(response.status).toBe(200);
      return pdfText(Buffer.from(await response.arrayBuffer()));
    };

    const published = (await report(createReport.id)).versions[0].figures!;
    const [category] = published.complaintCategories.rows;
    const [outcome] = published.complaintOutcomes.rows;
    expect(category && outcome).toBeTruthy();
    const before = await pdfOf();
    expect(before).toContain(category.name);

    const newCategory = `Omdøbt klagetype ${Date.now()}`;
    const newOutcome = `Omdøbt udfald ${Date.now()}`;
    await ok(admin, RENAME_CATEGORY, { input: { id: category.id, name: newCategory } });
    await ok(admin, RENAME_OUTCOME, { input: { id: outcome.id, name: newOutcome } });

    // The published report: its figures and its document as they were.
    const after = await report(createReport.id);
    expect(after.status).toBe('PUBLISHED');
    expect(after.versions[0].figures).toEqual(published);
    const text = await pdfOf();
    expect(text).toBe(before);
    expect(text).not.toContain(newCategory);

    // The live preview of the same period, which a draft shows: today's names.
    const { reportPreview } = await ok<{ reportPreview: Figures }>(advisor, PREVIEW, { period: PERIOD });
    expect(reportPreview.complaintCategories.rows.find((row) => row.id === category.id)?.name).toBe(newCategory);
    expect(reportPreview.complaintOutcomes.rows.find((row) => row.id === outcome.id)?.name).toBe(newOutcome);
  }, 120_000);
});
