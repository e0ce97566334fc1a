import { OwnPostgres, OwnRedis, startOwnPostgres, startOwnRedis, uniqueName, until } from '@raadgiver/testing';
import { startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';

interface Readiness {
  status: number;
  failed: string[];
}

async function readiness(baseUrl: string): Promise<Readiness> {
  try {
    const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) });
    const body = (await response.json()) as { error?: Record<string, unknown> };
    return { status: response.status, failed: Object.keys(body.error ?? {}) };
  } catch {
    return { status: 0, failed: [] };
  }
}

/** Polls readiness until it answers `status`; the last answer. */
async function readinessTurns(baseUrl: string, status: number): Promise<Readiness> {
  let last: Readiness = { status: 0, failed: [] };
  await until(`readiness of ${baseUrl} did not turn ${status}`, 20_000, async () => (last = await readiness(baseUrl)).status === status);
  return last;
}

describe('readiness through a PostgreSQL crash and a Redis kill, without a restart', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let api: TestApi;
  let worker: WorkerProcess;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    api = await startTestApi(postgres, { REDIS_URL: redis.url });
    worker = await startWorkerProcess(postgres.appUrl, uniqueName('rghealth'), { REDIS_URL: redis.url });
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    killWorkerProcesses();
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('turns not ready while PostgreSQL is down, naming the database, and ready again when it is back', async () => {
    const session = await api.login('advisor@lejre.demo');
    for (const url of [api.url, worker.httpUrl]) expect(await readinessTurns(url, 200)).toEqual({ status: 200, failed: [] });

    await postgres.crash();
    for (const url of [api.url, worker.httpUrl]) {
      const down = await readinessTurns(url, 503);
      expect(down.failed).toContain('database');
      expect(down.failed).not.toContain('redis');
      // Alive all the same: no restart for an outage of a dependency.
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    }

    await postgres.start();
    for (const url of [api.url, worker.httpUrl]) await readinessTurns(url, 200);
    const me = await api.gql<{ me: { user: { email: string } } }>('{ me { user { email } } }', {}, session);
    expect(me.data?.me.user.email).toBe('advisor@lejre.demo');
    expect(worker.child.exitCode).toBeNull();
  }, 120_000);

  it('turns not ready while Redis is down, naming Redis, and ready again when it is back', async () => {
    await redis.kill();
    for (const url of [api.url, worker.httpUrl]) expect((await readinessTurns(url, 503)).failed).toEqual(['redis']);
    await redis.start();
    for (const url of [api.url, worker.httpUrl]) await readinessTurns(url, 200);
  }, 120_000);

  it('answers no more than up and down: no message, address or password', async () => {
    await postgres.crash();
    try {
      for (const url of [api.url, worker.httpUrl]) {
        await readinessTurns(url, 503);
        const text = await (await fetch(`${url}/health/ready`)).text();
        expect(text).not.toMatch(/127\.0\.0\.1|postgres|raadgiver_app|ECONNREFUSED|message/i);
        expect(JSON.parse(text).error.database).toEqual({ status: 'down' });
      }
    } finally {
      await postgres.start();
    }
  }, 120_000);
});
