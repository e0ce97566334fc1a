import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** An API or worker started as a process of its own (apps/<app>/src/main.ts), as production runs it. */
export interface AppProcess {
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends the signal and waits for the process to end (at once if it already has). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();
const START_TIMEOUT_MS = 90_000;

/**
 * Starts `apps/<app>/src/main.ts` through @swc-node/register with `env` over this process's environment, and resolves
 * once `ready` says so (it is asked whenever the process prints, and every 200 ms).
 */
export function startAppProcess(app: 'api' | 'worker', env: Record<string, string>, ready: (output: string) => boolean | Promise<boolean>): Promise<AppProcess> {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NO_COLOR: '1', ...env },
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
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      if (error) reject(error);
      else resolve({ child, output: () => output, stop });
    };
    const check = async () => {
      if (!settled && (await ready(output))) settle();
    };
    // Generous: compiling the app at start takes a loaded 2-core machine well over 30 s at times.
    const timer = setTimeout(() => settle(new Error(`${app} did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const poll = setInterval(() => void check().catch(() => undefined), 200);
    child.stdout?.on('data', () => void check().catch(() => undefined));
    child.once('exit', () => settle(new Error(`${app} exited:\n${output}`)));
  });
}

/** Kills every API and worker process a test file started and left running (for afterAll). */
export function killAppProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}
