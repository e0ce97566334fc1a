import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** An app of the repository (API or worker) running as its own process, as in production. */
export interface AppProcess {
  child: ChildProcess;
  /** Everything the process printed so far, stdout and stderr. */
  output(): string;
  /** Sends the signal and waits for the process to end (at once if it already has). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Runs a TypeScript entry point (e.g. apps/worker/src/main.ts) through SWC, with `env` over the test's own. */
export function spawnAppProcess(entry: string, env: Record<string, string>): AppProcess {
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
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
  return { child, output: () => output, stop };
}

/** Resolves once `ready` says so (checked every 100 ms), rejects when the process exits first or after `seconds`. */
export function untilReady<T extends AppProcess>(app: T, what: string, ready: () => boolean | Promise<boolean>, seconds = 30): Promise<T> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(app);
    };
    const timer = setTimeout(() => finish(new Error(`${what} did not start in ${seconds} s:\n${app.output()}`)), seconds * 1000);
    const poll = setInterval(() => {
      void Promise.resolve(ready()).then((yes) => yes && finish(), () => undefined);
    }, 100);
    app.child.once('exit', () => finish(new Error(`${what} exited:\n${app.output()}`)));
  });
}

/** Kills every app process a test file started and left running (for afterAll). */
export function killAppProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}
