import { INestApplicationContext } from '@nestjs/common';
import { defaultJobOptions, JOBS, QUEUES } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue, QueueEvents } from 'bullmq';
import { redisConnectionOptions } from './job-runner/redis-connection';
import { createWorkerApp, startWorker } from './worker';

describe('the worker', () => {
  const queuePrefix = uniqueName('test_worker');
  const connection = redisConnectionOptions(redisUrl());
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix, concurrency: 2, lockMs: 30_000 }, { logger: false });
    await startWorker(app);
    queue = new Queue(QUEUES.maintenance, { connection, prefix: queuePrefix, defaultJobOptions });
    events = new QueueEvents(QUEUES.maintenance, { connection, prefix: queuePrefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await app?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await db?.drop();
  });

  it('completes a ping with its result', async () => {
    const before = Date.now();
    const job = await queue.add(JOBS.ping.name, {});
    const result = await job.waitUntilFinished(events, 10_000);
    expect(result).toEqual({ pong: true, at: expect.any(String) });
    expect(Date.parse(result.at)).toBeGreaterThanOrEqual(before - 1_000);
    expect(job.opts.attempts).toBe(defaultJobOptions.attempts);
  });

  it('purges refresh sessions that expired or were revoked more than a day ago, and only those', async () => {
    const { rows } = await db.admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'advisor@lejre.demo'`);
    const userId = rows[0].id;
    const sessions = {
      expiredLongAgo: [`now() - interval '2 days'`, 'NULL'],
      expiredRecently: [`now() - interval '2 hours'`, 'NULL'],
      active: [`now() + interval '7 days'`, 'NULL'],
      revokedLongAgo: [`now() + interval '7 days'`, `now() - interval '25 hours'`],
      revokedRecently: [`now() + interval '7 days'`, `now() - interval '1 hour'`],
    };
    for (const [name, [expiresAt, revokedAt]] of Object.entries(sessions)) {
      await db.admin.query(
        `INSERT INTO refresh_session (user_id, family_id, token_hash, expires_at, revoked_at)
         VALUES ($1, gen_random_uuid(), $2, ${expiresAt}, ${revokedAt})`,
        [userId, name],
      );
    }

    const job = await queue.add(JOBS.purgeExpiredSessions.name, {});
    expect(await job.waitUntilFinished(events, 10_000)).toEqual({ deleted: 2 });

    const left = await db.admin.query<{ token_hash: string }>('SELECT token_hash FROM refresh_session ORDER BY token_hash');
    expect(left.rows.map((r) => r.token_hash)).toEqual(['active', 'expiredRecently', 'revokedRecently']);
  });

  it('fails a job nobody handles at once, without retrying it', async () => {
    const job = await queue.add('maintenance.no-such-job', {});
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow('No handler for job "maintenance.no-such-job"');
    expect((await queue.getJob(job.id as string))?.attemptsMade).toBe(1);
  });
});
