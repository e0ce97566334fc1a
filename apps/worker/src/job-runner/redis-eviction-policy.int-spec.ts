import { createTestDatabase, logMessages, OwnRedis, startOwnRedis, TestDatabase, uniqueName } from '@raadgiver/testing';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { readEvictionPolicy } from './redis-eviction-policy';

const ROOT = join(__dirname, '../../../..');

interface RunningWorker {
  child: ChildProcess;
  output(): string;
  /** Resolves once the worker says it started; rejects when it exits first. */
  started: Promise<void>;
  /** The exit code (null when ended by a signal). */
  exited: Promise<number | null>;
}

/** The real worker process (main.ts) against `redisUrl`. */
function runWorker(databaseUrl: string, redisUrl: string, env: Record<string, string> = {}): RunningWorker {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, QUEUE_PREFIX: uniqueName('evict'), NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Worker started')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
  started.catch(() => undefined);
  return { child, output: () => logMessages(output), started, exited };
}

async function stopWorker(worker: RunningWorker): Promise<void> {
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
  await worker.exited;
}

describe("the worker's check of Redis' eviction policy", () => {
  let db: TestDatabase;
  /** Evicts any key when full: BullMQ's jobs could vanish. */
  let evicting: OwnRedis;
  /** Keeps every key, and refuses CONFIG, as managed Redis services often do. */
  let keeping: OwnRedis;
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    [db, evicting, keeping] = await Promise.all([
      createTestDatabase({ poolSize: 1 }),
      startOwnRedis(['--maxmemory-policy', 'allkeys-lru']),
      startOwnRedis(['--rename-command', 'CONFIG', '']),
    ]);
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await Promise.all([evicting?.stop(), keeping?.stop(), db?.drop()]);
  });

  it('reads the policy with CONFIG GET, or from INFO memory where CONFIG is refused', async () => {
    const lru = new Redis(evicting.url);
    const managed = new Redis(keeping.url);
    try {
      expect(await readEvictionPolicy(lru)).toBe('allkeys-lru');
      await expect(managed.config('GET', 'maxmemory-policy')).rejects.toThrow(/unknown command/i);
      expect(await readEvictionPolicy(managed)).toBe('noeviction');
    } finally {
      lru.disconnect();
      managed.disconnect();
    }
  });

  it('refuses to start against a Redis that evicts keys, saying why and how to fix it', async () => {
    const worker = runWorker(db.appUrl, evicting.url);
    workers.push(worker);
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/Worker failed to start: Redis' maxmemory-policy is "allkeys-lru", not "noeviction"/);
    expect(worker.output()).toContain('maxmemory-policy noeviction');
    expect(worker.output()).toContain('REDIS_ALLOW_EVICTION=true');
    expect(worker.output()).not.toContain('Worker started');
  });

  it('starts against it with REDIS_ALLOW_EVICTION=true, with a warning', async () => {
    const worker = runWorker(db.appUrl, evicting.url, { REDIS_ALLOW_EVICTION: 'true' });
    workers.push(worker);
    await worker.started;
    expect(worker.output()).toMatch(/WARNING: Redis' maxmemory-policy is "allkeys-lru".*REDIS_ALLOW_EVICTION=true; jobs may be lost/);
    await stopWorker(worker);
  });

  it('starts without a warning against a Redis that keeps its keys, reading the policy from INFO', async () => {
    const worker = runWorker(db.appUrl, keeping.url);
    workers.push(worker);
    await worker.started;
    expect(worker.output()).not.toMatch(/maxmemory-policy|REDIS_ALLOW_EVICTION/);
    await stopWorker(worker);
  });
});
