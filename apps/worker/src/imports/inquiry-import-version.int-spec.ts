import { INestApplicationContext } from '@nestjs/common';
import { defaultJobOptions, exportHeader, formatExportRow, importJobQueueId, InquiryExportRow, JOBS, QUEUES } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { stringify } from 'csv-stringify/sync';
import { Queue, QueueEvents } from 'bullmq';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { createWorkerApp, startWorker } from '../worker';
import { ImportResult } from './inquiry-import.service';

const csv = (rows: string[][]) => Buffer.from(stringify(rows), 'utf8');

const row = (overrides: Partial<InquiryExportRow> = {}): InquiryExportRow => ({
  reference: 'VER-1',
  receivedOn: '2024-03-01',
  channel: 'phone',
  citizenReference: 'VER-C1',
  kind: 'guidance',
  orgUnitName: null,
  categoryNames: [],
  outcomeName: null,
  mainReference: null,
  firstContactOn: null,
  closedOn: null,
  summary: '',
  ...overrides,
});

/** The import stores its rows with the inquiry version deferred and moves it once, at its end (migration 1732300000013). */
describe("the inquiries.import job and the tenant's inquiry version", () => {
  const queuePrefix = uniqueName('test_import_version');
  const connection = redisConnectionOptions(redisUrl());
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let tenantId: string;
  let otherTenantId: string;
  let userId: string;
  let category: string;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix, concurrency: 2, lockMs: 30_000 }, { logger: false });
    await startWorker(app);
    queue = new Queue(QUEUES.imports, { connection, prefix: queuePrefix, defaultJobOptions });
    events = new QueueEvents(QUEUES.imports, { connection, prefix: queuePrefix });
    await events.waitUntilReady();
    const { rows } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'advisor@lejre.demo' AND m.role = 'advisor'`,
    );
    ({ tenant_id: tenantId, user_id: userId } = rows[0]);
    otherTenantId = (await db.admin.query('SELECT id FROM tenant WHERE id <> $1 ORDER BY slug LIMIT 1', [tenantId])).rows[0].id;
    category = (await db.admin.query('SELECT name FROM category WHERE tenant_id = $1 AND active ORDER BY sort_order LIMIT 1', [tenantId])).rows[0].name;
  });

  afterAll(async () => {
    await app?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await db?.drop();
  });

  async function runImport(content: Buffer) {
    const { rows } = await db.admin.query<{ id: string }>(
      `INSERT INTO import_job (tenant_id, user_id, file_name, format, content, create_missing) VALUES ($1, $2, 'test.csv', 'csv', $3, false) RETURNING id`,
      [tenantId, userId, content],
    );
    const importJobId = rows[0].id;
    const job = await queue.add(JOBS.importInquiries.name, { tenantId, importJobId }, { jobId: importJobQueueId(tenantId, importJobId) });
    return (await job.waitUntilFinished(events, 60_000)) as ImportResult;
  }

  const inquiryVersion = async (id: string) => BigInt((await db.admin.query('SELECT inquiry_version AS v FROM tenant WHERE id = $1', [id])).rows[0].v);

  it('moves the inquiry version by exactly one for an import of several rows with categories and follow-ups', async () => {
    const before = await inquiryVersion(tenantId);
    const other = await inquiryVersion(otherTenantId);
    const rows = [exportHeader()];
    for (let i = 0; i < 8; i += 1) {
      rows.push(
        formatExportRow(
          row({
            reference: `VER-${i}`,
            citizenReference: `VER-C${Math.floor(i / 2)}`,
            kind: i % 2 ? 'complaint' : 'guidance',
            categoryNames: i % 2 ? [category] : [],
            mainReference: i % 2 ? `VER-${i - 1}` : null,
          }),
        ),
      );
    }
    const result = await runImport(csv(rows));
    expect(result).toEqual({ status: 'succeeded', totalRows: 8, insertedRows: 8, skippedRows: 0, errorCount: 0 });
    const stored = await db.admin.query(
      `SELECT count(*)::int AS inquiries, count(*) FILTER (WHERE main_inquiry_id IS NOT NULL)::int AS follow_ups,
              (SELECT count(*)::int FROM inquiry_category ic JOIN inquiry j ON j.id = ic.inquiry_id WHERE j.tenant_id = $1 AND j.reference LIKE 'VER-%') AS categories
         FROM inquiry WHERE tenant_id = $1 AND reference LIKE 'VER-%'`,
      [tenantId],
    );
    expect(stored.rows[0]).toEqual({ inquiries: 8, follow_ups: 4, categories: 4 });
    expect(await inquiryVersion(tenantId)).toBe(before + 1n);
    expect(await inquiryVersion(otherTenantId)).toBe(other);
  });

  it('leaves the inquiry version where it was when the import fails and stores nothing', async () => {
    const before = await inquiryVersion(tenantId);
    const result = await runImport(csv([exportHeader(), formatExportRow(row({ reference: 'VER-BAD', receivedOn: '2024-02-30' }))]));
    expect(result.status).toBe('failed');
    expect(await inquiryVersion(tenantId)).toBe(before);
  });
});
