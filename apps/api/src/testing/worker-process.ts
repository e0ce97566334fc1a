import { redisUrl } from '@raadgiver/testing';
import { AppProcess, killAppProcesses, startAppProcess } from './app-process';

export type WorkerProcess = AppProcess;

/**
 * The real worker (apps/worker/src/main.ts) as its own process over the test database and the local Redis, resolved
 * once it takes jobs. `env` adds to or overrides DATABASE_URL, REDIS_URL and QUEUE_PREFIX.
 */
export function startWorkerProcess(databaseUrl: string, queuePrefix: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  return startAppProcess('worker', { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl(), QUEUE_PREFIX: queuePrefix, ...env }, (output) => output.includes('Worker started'));
}

/** Kills every worker a test file started and left running (for afterAll). */
export const killWorkerProcesses = killAppProcesses;
