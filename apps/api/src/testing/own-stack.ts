import { OwnPostgres, OwnRedis, startOwnPostgres, startOwnRedis, uniqueName } from '@raadgiver/testing';
import { ApiProcess, startApiProcess } from './api-process';
import { killAppProcesses } from './app-process';

/** What a fault test runs on: a PostgreSQL and a Redis of its own, and API processes over them. */
export interface OwnStack {
  postgres: OwnPostgres;
  redis: OwnRedis;
  apis: ApiProcess[];
}

/**
 * A PostgreSQL and a Redis of the test file's own with `count` API processes over them, started before the file's
 * tests and stopped after them. The APIs share one session store, as in production: a session begun on one holds on
 * every other.
 */
export function useOwnStack(count: number): OwnStack {
  const stack = { apis: [] as ApiProcess[] } as OwnStack;
  beforeAll(async () => {
    [stack.postgres, stack.redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    const env = { REDIS_URL: stack.redis.url, REDIS_PREFIX: uniqueName('faults') };
    stack.apis = await Promise.all(Array.from({ length: count }, () => startApiProcess(stack.postgres, env)));
  }, 240_000);
  afterAll(async () => {
    killAppProcesses();
    await Promise.all([stack.postgres?.stop(), stack.redis?.stop()]);
  });
  return stack;
}
