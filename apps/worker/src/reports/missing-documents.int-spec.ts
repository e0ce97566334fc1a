import { INestApplicationContext } from '@nestjs/common';
import { JOBS, MISSING_REPORT_DOCUMENTS_JOB_ID, reportJobQueueId } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { DatabaseConnection } from '../database/database.module';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { StartupJobs } from '../job-runner/startup-jobs';
import { createWorkerApp, startWorker } from '../worker';
import { MissingDocumentsService } from './missing-documents.service';

interface PublishedReport {
  id: string;
  tenant_id: string;
  slug: string;
  period_from: string;
}

describe('the start-up job that makes the documents of published reports without them', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let prefix: string;
  let reportsQueue: Queue;
  let published: PublishedReport[];

  const versions = async () =>
    (
      await db.admin.query<{ report_id: string; version: number; status: string; report_status: string; current_version: number; documents: number }>(
        `SELECT v.report_id, v.version, v.status, r.status AS report_status, r.current_version,
                (SELECT count(*)::int FROM report_document d WHERE d.report_id = v.report_id AND d.version = v.version) AS documents
           FROM report_version v JOIN report r ON r.id = v.report_id ORDER BY v.report_id, v.version`,
      )
    ).rows;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 4 });
    prefix = uniqueName('test_missingdocs');
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: prefix, concurrency: 2, lockMs: 60_000 }, { logger: false });
    await app.get(DatabaseConnection).open();
    reportsQueue = new Queue(JOBS.generateReport.queue, { connection: redisConnectionOptions(redisUrl()), prefix });
    published = (
      await db.admin.query<PublishedReport>(
        `SELECT r.id, r.tenant_id, t.slug, r.period_from::text FROM report r JOIN tenant t ON t.id = r.tenant_id WHERE r.status = 'published' ORDER BY t.slug, r.period_from`,
      )
    ).rows;
  });

  afterAll(async () => {
    await reportsQueue?.obliterate({ force: true });
    await reportsQueue?.close();
    await app?.close();
    await db?.drop();
  });

  it('finds the demo seed publishing Lejre 2019 and Lyngby-Taarbæk 2023, without documents', async () => {
    expect(published.map((r) => `${r.slug} ${r.period_from}`)).toEqual(
      expect.arrayContaining(['lejre 2019-01-01', 'lyngby-taarbaek 2022-03-01', 'lyngby-taarbaek 2023-01-01']),
    );
    expect(await versions()).toEqual([]);
  });

  it('starts one version per report and queues it under its stable id, however often it runs', async () => {
    const service = app.get(MissingDocumentsService);
    expect(await service.generateMissing()).toEqual({ tenants: expect.any(Number), queued: published.length });
    expect(await service.generateMissing()).toEqual({ tenants: expect.any(Number), queued: published.length });

    const started = await versions();
    expect(started).toHaveLength(published.length);
    expect(started.every((v) => v.version === 1 && v.status === 'generating' && v.report_status === 'published' && v.current_version === 1)).toBe(true);
    const jobs = await reportsQueue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.map((job) => job.id).sort()).toEqual(published.map((r) => reportJobQueueId(r.tenant_id, r.id, 1)).sort());
    expect(jobs.every((job) => job.name === JOBS.generateReport.name)).toBe(true);
  });

  it('is added once when workers start together, and the worker makes every document; the reports stay published', async () => {
    const startup = app.get(StartupJobs);
    await startup.enqueue();
    await startup.enqueue();
    const waiting = (await reportsQueue.getJobs(['waiting'])).filter((job) => job.name === JOBS.generateMissingReportDocuments.name);
    expect(waiting.map((job) => job.id)).toEqual([MISSING_REPORT_DOCUMENTS_JOB_ID]);

    await startWorker(app);
    const deadline = Date.now() + 120_000;
    while ((await versions()).some((v) => v.status !== 'ready') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));

    const made = await versions();
    expect(made).toHaveLength(published.length);
    for (const version of made) expect(version).toMatchObject({ version: 1, status: 'ready', report_status: 'published', current_version: 1, documents: 3 });
    const lejre = published.find((r) => r.slug === 'lejre' && r.period_from === '2019-01-01')!;
    const { rows } = await db.admin.query(`SELECT figures -> 'citizens' AS citizens FROM report_version WHERE report_id = $1`, [lejre.id]);
    expect(rows[0].citizens).toMatchObject({ current: 130, comparison: 132 });
    const generated = await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'report.generated' AND user_id IS NULL`);
    expect(generated.rows[0].n).toBe(published.length);

    // Done: the start-up job is gone, so the next start adds it again, and it finds nothing left to make.
    while ((await reportsQueue.getJob(MISSING_REPORT_DOCUMENTS_JOB_ID)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await reportsQueue.getJob(MISSING_REPORT_DOCUMENTS_JOB_ID)).toBeUndefined();
    expect(await app.get(MissingDocumentsService).generateMissing()).toMatchObject({ queued: 0 });
    expect(await versions()).toEqual(made);
  });
});
