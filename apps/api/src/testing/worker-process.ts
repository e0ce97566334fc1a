import { redisUrl } from '@raadgiver/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything the worker printed so far. */
  output(): string;
  /** Sends the signal and waits for the process to end (at once if it already has). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * The real worker (apps/worker/src/main.ts) as its own process over the test database and the local Redis, resolved
 * once it takes jobs. `env` adds to or overrides DATABASE_URL, REDIS_URL and QUEUE_PREFIX.
 */
export function startWorkerProcess(databaseUrl: string, queuePrefix: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl(), QUEUE_PREFIX: queuePrefix, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in 30 s:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      if (!output.includes('Worker started')) return;
      clearTimeout(timer);
      resolve({ child, output: () => output, stop });
    });
    child.once('exit', () => reject(new Error(`worker exited:\n${output}`)));
  });
}

/** Kills every worker a test file started and left running (for afterAll). */
export function killWorkerProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}
