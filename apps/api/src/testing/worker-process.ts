import { redisUrl } from '@raadgiver/testing';
import { AppProcess, killAppProcesses, startAppProcess } from './app-process';

export interface WorkerProcess extends AppProcess {
  /** Its health and metrics listener (a free port each, so that several workers can run at once). */
  httpUrl: string;
}

/**
 * The real worker (apps/worker/src/main.ts) as its own process over the test database and the local Redis, resolved
 * once it takes jobs. `env` adds to or overrides DATABASE_URL, REDIS_URL, QUEUE_PREFIX and WORKER_HTTP_PORT (0).
 */
export async function startWorkerProcess(databaseUrl: string, queuePrefix: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const started = await startAppProcess('worker', { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl(), QUEUE_PREFIX: queuePrefix, WORKER_HTTP_PORT: '0', ...env }, (output) =>
    output.includes('Worker started'),
  );
  const httpUrl = /Worker started: .*health and metrics on (http:\/\/[\w.:\[\]-]+)/.exec(started.output())?.[1] ?? '';
  return { ...started, httpUrl };
}

/** Kills every worker a test file started and left running (for afterAll). */
export const killWorkerProcesses = killAppProcesses;
