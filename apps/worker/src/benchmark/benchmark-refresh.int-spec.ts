import { INestApplicationContext } from '@nestjs/common';
import { benchmarkRefreshDedupId, defaultJobOptions, JOBS, RefreshBenchmarkPayload } from '@raadgiver/domain';
import { anInquiry, createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue, QueueEvents } from 'bullmq';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { createWorkerApp, startWorker } from '../worker';

interface YearAggregate {
  registrations: number;
  complaints: number;
  refreshed_at: Date;
}

/** The benchmark's refresh jobs through the real queue: a started worker takes them from Redis. */
describe('the benchmark refresh jobs', () => {
  const queuePrefix = uniqueName('test_benchmark');
  const connection = redisConnectionOptions(redisUrl());
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queue: Queue<RefreshBenchmarkPayload | Record<string, never>>;
  let events: QueueEvents;
  let tenants: Map<string, string>;

  /** The tenant's aggregates of `year` as stored (read as the superuser, past row-level security). */
  const aggregate = async (slug: string, year: number): Promise<YearAggregate> => {
    const { rows } = await db.admin.query<YearAggregate>(
      `SELECT registrations, complaints, refreshed_at FROM benchmark_period WHERE tenant_id = $1 AND period_kind = 'year' AND year = $2`,
      [tenants.get(slug), year],
    );
    return rows[0];
  };

  /** A complaint received in `year`, added straight to the table: no API, so nothing asks for a refresh. */
  const addComplaint = async (slug: string, year: number, reference: string): Promise<void> => {
    const tenantId = tenants.get(slug) as string;
    const { rows: [citizen] } = await db.admin.query<{ id: string }>('SELECT id FROM citizen WHERE tenant_id = $1 ORDER BY reference LIMIT 1', [tenantId]);
    await anInquiry(db, tenantId).withReference(reference).forCitizen(citizen.id).receivedOn(`${year}-06-01`).ofKind('complaint').build();
  };

  /** The newest published snapshot's version and its years. */
  const newestSnapshot = async (): Promise<{ version: string; years: number } | undefined> =>
    (await db.admin.query<{ version: string; years: number }>(
      `SELECT version, count(*)::int AS years FROM benchmark_snapshot GROUP BY version ORDER BY max(created_at) DESC LIMIT 1`,
    )).rows[0];

  /** The newest year with aggregates that every demo tenant has. */
  const commonYear = async (): Promise<number> => {
    const { rows } = await db.admin.query<{ year: number }>(
      `SELECT year FROM benchmark_period WHERE period_kind = 'year' GROUP BY year HAVING count(*) = (SELECT count(*) FROM tenant) ORDER BY year DESC LIMIT 1`,
    );
    return rows[0].year;
  };

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix, concurrency: 1, lockMs: 30_000 }, { logger: false });
    await startWorker(app);
    // The options the API's producer (apps/api/src/benchmark/benchmark-queue.ts) gives the queue.
    queue = new Queue(JOBS.refreshBenchmark.queue, { connection, prefix: queuePrefix, defaultJobOptions });
    events = new QueueEvents(JOBS.refreshBenchmark.queue, { connection, prefix: queuePrefix });
    await events.waitUntilReady();
    const { rows } = await db.admin.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant');
    tenants = new Map(rows.map((r) => [r.slug, r.id]));
  });

  afterAll(async () => {
    await app?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await db?.drop();
  });

  it("refreshes the queued tenant's aggregates, and only that tenant's", async () => {
    expect([...tenants.keys()].sort()).toEqual(['lejre', 'lyngby-taarbaek', 'norddjurs']);
    const year = await commonYear();
    const before = { lejre: await aggregate('lejre', year), norddjurs: await aggregate('norddjurs', year), lyngby: await aggregate('lyngby-taarbaek', year) };
    await addComplaint('lejre', year, 'TEST-LEJ-1');
    await addComplaint('norddjurs', year, 'TEST-NOR-1');

    const tenantId = tenants.get('lejre') as string;
    const snapshotBefore = await newestSnapshot();
    const job = await queue.add(JOBS.refreshBenchmark.name, { tenantId }, { deduplication: { id: benchmarkRefreshDedupId(tenantId), keepLastIfActive: true } });
    const result = (await job.waitUntilFinished(events, 30_000)) as { tenantId: string; periods: number };

    expect(result).toMatchObject({ tenantId });
    expect(result.periods).toBeGreaterThan(0);
    const lejre = await aggregate('lejre', year);
    expect(lejre.registrations).toBe(before.lejre.registrations + 1);
    expect(lejre.complaints).toBe(before.lejre.complaints + 1);
    expect(lejre.refreshed_at.getTime()).toBeGreaterThan(before.lejre.refreshed_at.getTime());
    // The public snapshot the API answers from was published again, with every year.
    const snapshot = await newestSnapshot();
    expect(snapshot?.version).not.toBe(snapshotBefore?.version);
    expect(snapshot?.years).toBeGreaterThan(0);
    // Norddjurs changed too, but was not asked for: its aggregates are as they were, and so are Lyngby-Taarbæk's.
    expect(await aggregate('norddjurs', year)).toEqual(before.norddjurs);
    expect(await aggregate('lyngby-taarbaek', year)).toEqual(before.lyngby);
  });

  it("the nightly refresh of all tenants brings every tenant's aggregates up to date", async () => {
    const year = await commonYear();
    const before = new Map<string, YearAggregate>();
    for (const slug of tenants.keys()) before.set(slug, await aggregate(slug, year));
    await addComplaint('lyngby-taarbaek', year, 'TEST-LTK-1');
    const { rows: counted } = await db.admin.query<{ slug: string; registrations: number }>(
      `SELECT t.slug, count(i.id)::int AS registrations FROM tenant t
         LEFT JOIN inquiry i ON i.tenant_id = t.id AND i.received_on BETWEEN make_date($1, 1, 1) AND make_date($1, 12, 31)
        GROUP BY t.slug`,
      [year],
    );

    const snapshotBefore = await newestSnapshot();
    const job = await queue.add(JOBS.refreshAllBenchmarks.name, {});
    expect(await job.waitUntilFinished(events, 60_000)).toMatchObject({ tenants: 3 });

    for (const { slug, registrations } of counted) {
      const after = await aggregate(slug, year);
      expect({ slug, registrations: after.registrations }).toEqual({ slug, registrations });
      expect(after.refreshed_at.getTime()).toBeGreaterThan((before.get(slug) as YearAggregate).refreshed_at.getTime());
    }
    expect((await newestSnapshot())?.version).not.toBe(snapshotBefore?.version);
    // Norddjurs' change from the first test, which its own refresh never picked up, is in now.
    expect((await aggregate('norddjurs', year)).registrations).toBe((before.get('norddjurs') as YearAggregate).registrations + 1);
  });

  it('the start-up job publishes every tenant afresh where no snapshot is, and does nothing where one is', async () => {
    const year = await commonYear();
    const present = await newestSnapshot();
    const untouched = await aggregate('lejre', year);
    const first = await queue.add(JOBS.publishMissingBenchmark.name, {});
    expect(await first.waitUntilFinished(events, 30_000)).toEqual({ refreshed: false });
    expect(await newestSnapshot()).toEqual(present);
    expect(await aggregate('lejre', year)).toEqual(untouched);

    // As after migration 0053, which removed the snapshots a newer schema could not answer from.
    await db.admin.query('DELETE FROM benchmark_snapshot');
    await db.admin.query(`UPDATE benchmark_period SET comparability = '{}'`);
    const second = await queue.add(JOBS.publishMissingBenchmark.name, {});
    expect(await second.waitUntilFinished(events, 60_000)).toEqual({ refreshed: true });
    expect((await newestSnapshot())?.years).toBeGreaterThan(0);
    expect((await aggregate('lejre', year)).refreshed_at.getTime()).toBeGreaterThan(untouched.refreshed_at.getTime());
    // Lyngby-Taarbæk began registering in March 2022: its mark is back.
    const { rows: [lyngby] } = await db.admin.query<{ comparability: string[] }>(
      `SELECT comparability FROM benchmark_period WHERE tenant_id = $1 AND period_kind = 'year' AND year = 2022`, [tenants.get('lyngby-taarbaek')]);
    expect(lyngby.comparability).toContain('partial_year');
  });
});
