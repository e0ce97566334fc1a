import { JOBS, QUEUES } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue, QueueEvents } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { redisConnectionOptions } from './job-runner/redis-connection';

const ROOT = join(__dirname, '../../..');

/** Resolves with the exit code (null when killed by a signal) or rejects after `ms`. */
function exitOf(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker still running ${ms} ms after SIGTERM`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function outputContaining(child: ChildProcess, text: string, ms: number, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" after ${ms} ms; output:\n${output()}`)), ms);
    const check = () => {
      if (!output().includes(text)) return;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`worker exited before "${text}"; output:\n${output()}`));
    });
  });
}

describe('the worker process', () => {
  const queuePrefix = uniqueName('test_main');
  const connection = redisConnectionOptions(redisUrl());
  let db: TestDatabase;
  let queue: Queue;
  let followUp: Queue;
  let benchmark: Queue;
  let events: QueueEvents;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 1 });
    queue = new Queue(QUEUES.maintenance, { connection, prefix: queuePrefix });
    followUp = new Queue(QUEUES.followUp, { connection, prefix: queuePrefix });
    benchmark = new Queue(QUEUES.benchmark, { connection, prefix: queuePrefix });
    events = new QueueEvents(QUEUES.maintenance, { connection, prefix: queuePrefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await queue?.obliterate({ force: true });
    await queue?.close();
    await followUp?.obliterate({ force: true });
    await followUp?.close();
    await benchmark?.obliterate({ force: true });
    await benchmark?.close();
    await events?.close();
    await db?.drop();
  });

  it('takes jobs, and exits 0 soon after SIGTERM', async () => {
    let output = '';
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        DATABASE_URL: db.appUrl,
        REDIS_URL: redisUrl(),
        QUEUE_PREFIX: queuePrefix,
        NO_COLOR: '1',
        // Several workers may run at once on this machine: each its own port.
        WORKER_HTTP_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await outputContaining(child, 'Worker started', 30_000, () => output);

    const job = await queue.add(JOBS.ping.name, {});
    expect(await job.waitUntilFinished(events, 10_000)).toEqual({ pong: true, at: expect.any(String) });
    // The daily reminders (07:00 Danish time) and the nightly benchmark refresh are scheduled at start-up.
    expect(await followUp.getJobSchedulers()).toContainEqual(
      expect.objectContaining({ key: 'daily-reminders', name: JOBS.sendReminders.name, pattern: '0 7 * * *', tz: 'Europe/Copenhagen' }),
    );
    expect(await benchmark.getJobSchedulers()).toContainEqual(
      expect.objectContaining({ key: 'benchmark-nightly', name: JOBS.refreshAllBenchmarks.name, pattern: '30 2 * * *', tz: 'Europe/Copenhagen' }),
    );

    const exited = exitOf(child, 5_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Queue workers stopped');
    // The job's data and the connection strings never reach the log.
    expect(output).not.toContain(db.appUrl);
    // Start-up (swc, Nest, Redis, the schedulers) waits for up to 30 s above; jest's own limit must not cut it short.
  }, 60_000);
});
