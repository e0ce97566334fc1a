import { QUEUES, reportJobQueueId } from '@raadgiver/domain';
import { createTestDatabase, docxText, pdfText, redisUrl, TestDatabase, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { Session, startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';

const REPORT = 'id status currentVersion generation { version status progress error }';
const CREATE = `mutation C($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`;
const GENERATE = `mutation G($id: ID!) { generateReport(id: $id) { ${REPORT} } }`;
const GET = `query R($id: ID!) { report(id: $id) { ${REPORT} versions { version status progress figures { registrations { current comparison } } } } }`;
const PUBLISH = `mutation P($id: ID!) { publishReport(id: $id) { id status } }`;

interface Generation { version: number; status: string; progress: number; error: string | null }
interface Report { id: string; status: string; currentVersion: number; generation: Generation | null }

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

describe('report generation by the worker, and the document downloads', () => {
  const queuePrefix = uniqueName('test_reports');
  let db: TestDatabase;
  let api: TestApi;
  let queue: Queue;
  let advisor: Session;
  let council: Session;
  let contact: Session;
  let lyngby: Session;

  const startWorker = (env: Record<string, string> = {}) => startWorkerProcess(db.appUrl, queuePrefix, { WORKER_LOCK_MS: '3000', ...env });
  const stop = (worker: WorkerProcess, signal: NodeJS.Signals) => worker.stop(signal);

  async function ok<T>(session: Session, query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await api.gql<T>(query, variables, session);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  const documentUrl = (reportId: string, version: number, format: string) => `${api.url}/reports/${reportId}/versions/${version}/document.${format}`;
  const download = (session: Session, reportId: string, version: number, format: string) =>
    fetch(documentUrl(reportId, version, format), { headers: { authorization: `Bearer ${session.token}` } });

  async function waitFor<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${what}: not within ${ms} ms`);
  }

  const getReport = async (id: string) => (await ok<{ report: Report & { versions: { version: number; status: string }[] } }>(advisor, GET, { id })).report;

  beforeAll(async () => {
    db = await createTestDatabase();
    await withoutSeededReport(db, 'lejre', '2019-01-01');
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    queue = new Queue(QUEUES.reports, { connection: { url: redisUrl() }, prefix: queuePrefix });
    advisor = await api.login('advisor@lejre.demo');
    council = await api.login('council@lejre.demo');
    contact = await api.login('contact@lejre.demo');
    lyngby = await api.login('advisor@lyngby-taarbaek.demo');
  });

  afterAll(async () => {
    killWorkerProcesses();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await api?.close();
    await db?.drop();
  });

  it('makes the Lejre 2019 report once however often it is asked for, and serves its documents to the right users', async () => {
    const worker = await startWorker();
    try {
      const { createReport: report } = await ok<{ createReport: Report }>(advisor, CREATE, {
        input: { title: 'Borgerrådgiverens beretning 2019', period: year(2019), comparison: year(2018) },
      });
      expect(report.generation).toBeNull();

      const [first, second] = await Promise.all([
        ok<{ generateReport: Report }>(advisor, GENERATE, { id: report.id }),
        ok<{ generateReport: Report }>(advisor, GENERATE, { id: report.id }),
      ]);
      const third = await ok<{ generateReport: Report }>(advisor, GENERATE, { id: report.id });
      for (const answer of [first.generateReport, second.generateReport, third.generateReport]) {
        expect(answer.currentVersion).toBe(1);
        expect(['GENERATING', 'READY']).toContain(answer.status);
      }
      // One version, one job (the worker's start-up job makes the seeded published reports' documents beside it).
      const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized']);
      expect(jobs.filter((job) => (job.data as { reportId?: string } | undefined)?.reportId === report.id)).toHaveLength(1);
      expect((await queue.getJob(reportJobQueueId(await tenantOf(report.id), report.id, 1)))?.data).toEqual({
        tenantId: await tenantOf(report.id), reportId: report.id, version: 1,
      });

      const ready = await waitFor('the report ready', 60_000, async () => {
        const current = await getReport(report.id);
        return current.status === 'READY' ? current : undefined;
      });
      expect(ready.generation).toEqual({ version: 1, status: 'READY', progress: 100, error: null });
      expect(ready.versions).toHaveLength(1);
      const { rows: versions } = await db.admin.query(`SELECT count(*)::int AS n FROM report_version WHERE report_id = $1`, [report.id]);
      expect(versions[0].n).toBe(1);
      const { rows: snapshot } = await db.admin.query(`SELECT figures -> 'registrations' AS registrations FROM report_version WHERE report_id = $1`, [report.id]);
      expect(snapshot[0].registrations).toMatchObject({ current: 192, comparison: 174 });

      const pdf = await download(advisor, report.id, 1, 'pdf');
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="beretning-2019-v1.pdf"');
      const pdfBytes = Buffer.from(await pdf.arrayBuffer());
      const docx = await download(advisor, report.id, 1, 'docx');
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const docxBytes = Buffer.from(await docx.arrayBuffer());
      const xlsx = await download(advisor, report.id, 1, 'xlsx');
      expect(xlsx.status).toBe(200);
      expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

      for (const text of [await pdfText(pdfBytes), await docxText(docxBytes)]) {
        expect(text).toContain('130 (132)');
        expect(text).toContain('192 (174)');
        expect(text).toContain('151 (123)');
      }

      // Department contacts have no access; another tenant's report is not found; a version not made is not found.
      expect((await download(contact, report.id, 1, 'pdf')).status).toBe(403);
      expect((await download(lyngby, report.id, 1, 'pdf')).status).toBe(404);
      expect((await download(advisor, report.id, 2, 'pdf')).status).toBe(404);
      expect((await fetch(documentUrl(report.id, 1, 'pdf'))).status).toBe(401);
      // The council sees a report once it is published.
      expect((await download(council, report.id, 1, 'pdf')).status).toBe(404);
      await ok(advisor, PUBLISH, { id: report.id });
      const councilPdf = await download(council, report.id, 1, 'pdf');
      expect(councilPdf.status).toBe(200);
      expect(Buffer.from(await councilPdf.arrayBuffer()).equals(pdfBytes)).toBe(true);

      const { rows: audit } = await db.admin.query(
        `SELECT details ->> 'format' AS format, count(*)::int AS n FROM audit_event WHERE action = 'report.downloaded' AND subject_id = $1 GROUP BY 1 ORDER BY 1`,
        [report.id],
      );
      expect(audit).toEqual([{ format: 'docx', n: 1 }, { format: 'pdf', n: 2 }, { format: 'xlsx', n: 1 }]);
      // A published report is generated no more.
      const again = await api.gql(GENERATE, { id: report.id }, advisor);
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      await stop(worker, 'SIGTERM');
    }
  }, 120_000);

  async function tenantOf(reportId: string): Promise<string> {
    const { rows } = await db.admin.query<{ tenant_id: string }>('SELECT tenant_id FROM report WHERE id = $1', [reportId]);
    return rows[0].tenant_id;
  }

  it('survives a worker killed in the middle of a generation: ready once, one set of documents, nothing served before', async () => {
    const { createReport: report } = await ok<{ createReport: Report }>(advisor, CREATE, {
      input: { title: 'Beretning 2018', period: year(2018), comparison: year(2017) },
    });
    const documents = async () =>
      (await db.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM report_document WHERE report_id = $1', [report.id])).rows[0].n;
    // Nothing may be downloadable until the version is ready.
    const notServed = async () => {
      for (const format of ['pdf', 'docx', 'xlsx']) expect((await download(advisor, report.id, 1, format)).status).toBe(404);
    };

    const slow = await startWorker({ REPORT_RENDER_DELAY_MS: '4000' });
    await ok(advisor, GENERATE, { id: report.id });
    // The PDF is rendered and the worker is pausing before the DOCX: the job is active in the middle of its work.
    await waitFor('progress past the PDF', 30_000, async () => {
      const { rows } = await db.admin.query<{ progress: number }>('SELECT progress FROM report_version WHERE report_id = $1 AND version = 1', [report.id]);
      return rows[0]?.progress >= 40 ? true : undefined;
    });
    const job = await queue.getJob(reportJobQueueId(await tenantOf(report.id), report.id, 1));
    expect(await job?.getState()).toBe('active');
    expect(await documents()).toBe(0);
    await notServed();
    await stop(slow, 'SIGKILL');

    expect((await getReport(report.id)).status).toBe('GENERATING');
    expect(await documents()).toBe(0);
    await notServed();

    // A new worker takes the stalled job over once its lock has expired, and does the work again.
    const fresh = await startWorker();
    try {
      let polls = 0;
      const ready = await waitFor('the report ready after the restart', 100_000, async () => {
        const current = await getReport(report.id);
        polls += 1;
        if (current.status === 'READY') return current;
        // Still generating: no document of the version exists, none is served.
        expect(current.generation?.status).toBe('GENERATING');
        if (polls % 10 === 0) {
          // The worker may finish between the status read and the downloads: a served document then finds it ready.
          const statuses = [];
          for (const format of ['pdf', 'docx', 'xlsx']) statuses.push((await download(advisor, report.id, 1, format)).status);
          if (statuses.some((status) => status !== 404)) expect((await getReport(report.id)).status).toBe('READY');
        }
        return undefined;
      });
      expect(ready.generation).toEqual({ version: 1, status: 'READY', progress: 100, error: null });
      expect(ready.versions.map((v) => [v.version, v.status])).toEqual([[1, 'READY']]);
      // The new worker did the work again after the killed one.
      expect(fresh.output()).toContain(`Report ${report.id} version 1 generated`);

      const { rows: stored } = await db.admin.query(
        'SELECT format, byte_size, octet_length(content) AS length FROM report_document WHERE report_id = $1 ORDER BY format',
        [report.id],
      );
      expect(stored.map((row) => row.format)).toEqual(['docx', 'pdf', 'xlsx']);
      for (const row of stored) expect(row.byte_size).toBe(row.length);
      const { rows: generated } = await db.admin.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'report.generated' AND subject_id = $1`,
        [report.id],
      );
      expect(generated[0].n).toBe(1);
      // Nothing of this report left to run (the start-up job's generations of the seeded reports may still be).
      const left = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'failed']);
      expect(left.filter((job) => (job.data as { reportId?: string } | undefined)?.reportId === report.id)).toEqual([]);

      const pdf = await download(advisor, report.id, 1, 'pdf');
      expect(pdf.status).toBe(200);
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(-6).toString()).toContain('%%EOF');
    } finally {
      await stop(fresh, 'SIGTERM');
    }
  }, 180_000);
});
