import { inContext } from '@raadgiver/db';
import { JOBS } from '@raadgiver/domain';
import { createTestDatabase, OwnRedis, startOwnRedis, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { ApiConfig } from '../config/api-config';
import { JobOutbox } from './job-outbox';
import { jobOutboxRepository } from './job-outbox.repository';
import { JobsRedis } from './jobs-redis';

const PING = JOBS.ping;

/** The job outbox against the tests' PostgreSQL and a Redis of this file's own, which it kills and starts again. */
describe('the job outbox', () => {
  let db: TestDatabase;
  let redis: OwnRedis;
  let tenantId: string;
  const opened: { outbox: JobOutbox; redis: JobsRedis }[] = [];
  const queues: Queue[] = [];

  beforeAll(async () => {
    [db, redis] = await Promise.all([createTestDatabase({ poolSize: 6 }), startOwnRedis()]);
    tenantId = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
  }, 60_000);

  afterAll(async () => {
    for (const { outbox, redis: connection } of opened) {
      await outbox.onModuleDestroy();
      await connection.onApplicationShutdown();
    }
    await Promise.all(queues.map((queue) => queue.close()));
    await redis?.stop();
    await db?.drop();
  });

  /** An outbox (as the API has one) with a queue prefix of its own, and the queue it fills, read directly. */
  async function anOutbox(prefix = uniqueName('outbox')): Promise<{ outbox: JobOutbox; connection: JobsRedis; queue: Queue; prefix: string }> {
    const saved = process.env.QUEUE_PREFIX;
    process.env.QUEUE_PREFIX = prefix;
    const connection = new JobsRedis({ redisUrl: redis.url } as ApiConfig);
    const outbox = new JobOutbox(db.app, connection);
    process.env.QUEUE_PREFIX = saved;
    await connection.connection.connect();
    opened.push({ outbox, redis: connection });
    const queue = new Queue(PING.queue, { connection: { url: redis.url, maxRetriesPerRequest: 1 }, prefix });
    queues.push(queue);
    return { outbox, connection, queue, prefix };
  }

  const stage = (outbox: JobOutbox, n: number, options: Record<string, unknown> = {}) => (em: Parameters<JobOutbox['stage']>[0]) =>
    outbox.stage(em, { tenantId, queue: PING.queue, name: PING.name, payload: { tenantId, n }, options });

  const jobsIn = async (queue: Queue) => (await queue.getJobs(['waiting', 'delayed', 'prioritized'])).map((job) => job.data as { n: number });

  const outboxRows = async (n: number) =>
    (await db.admin.query<{ count: number }>(`SELECT count(*)::int AS count FROM job_outbox WHERE payload->>'n' = $1`, [String(n)])).rows[0].count;

  async function until(what: string, check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('adds a committed job right after its commit, and never one whose transaction rolled back', async () => {
    const { outbox, queue } = await anOutbox();
    await inContext(db.app, { tenantId, userId: null }, stage(outbox, 1, { jobId: 'outbox-committed' }));
    await expect(
      inContext(db.app, { tenantId, userId: null }, async (em) => {
        await stage(outbox, 2, { jobId: 'outbox-rolled-back' })(em);
        throw new Error('the mutation failed after staging its job');
      }),
    ).rejects.toThrow('the mutation failed');

    // The fast path added the committed job before the commit returned.
    expect(await jobsIn(queue)).toEqual([{ tenantId, n: 1 }]);
    await until('the delivered row is deleted', async () => (await outboxRows(1)) === 0);
    await outbox.relay();
    expect(await jobsIn(queue)).toEqual([{ tenantId, n: 1 }]);
    expect(await queue.getJob('outbox-rolled-back')).toBeUndefined();
    expect(await outboxRows(2)).toBe(0);
  });

  it('keeps a job committed while Redis is away, and delivers it once Redis answers again', async () => {
    const { outbox, connection, queue } = await anOutbox();
    await redis.kill();
    try {
      await until('the connection notices Redis is gone', async () => connection.connection.status !== 'ready');
      const started = Date.now();
      await inContext(db.app, { tenantId, userId: null }, stage(outbox, 3, { jobId: 'outbox-during-outage' }));
      // The commit did not wait for Redis.
      expect(Date.now() - started).toBeLessThan(2_000);
      await outbox.relay();
      expect(await outboxRows(3)).toBe(1);
    } finally {
      await redis.start();
    }
    await until('the connection is back', async () => connection.connection.status === 'ready');
    await outbox.relay();
    expect((await queue.getJob('outbox-during-outage'))?.data).toEqual({ tenantId, n: 3 });
    expect(await outboxRows(3)).toBe(0);
  }, 30_000);

  it('hands every row over once, however many relays run at the same time', async () => {
    const prefix = uniqueName('outbox');
    const relays = await Promise.all([anOutbox(prefix), anOutbox(prefix), anOutbox(prefix)]);
    const rows = Array.from({ length: 40 }, (_, i) => 100 + i);
    // Written without an outbox's fast path, as rows left over from an outage are.
    await inContext(db.app, { tenantId, userId: null }, async (em) => {
      for (const n of rows) await jobOutboxRepository.stage(em, { tenantId, queue: PING.queue, name: PING.name, payload: { tenantId, n }, options: {} });
    });

    await Promise.all(relays.map(({ outbox }) => outbox.relay()));

    // No job id: a row handed over twice would be two jobs.
    const delivered = (await jobsIn(relays[0].queue)).map((job) => job.n).sort((a, b) => a - b);
    expect(delivered).toEqual(rows);
    expect((await db.admin.query(`SELECT 1 FROM job_outbox WHERE (payload->>'n')::int >= 100`)).rows).toEqual([]);
  });
});
