// Child processes for the dev orchestrator and the test runner: prefixed output, their own
// process group (so a stop reaches grandchildren such as esbuild), and a registry that a
// shutdown walks in reverse start order.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLORS = { api: 36, worker: 35, admin: 32, redis: 31, postgres: 34, db: 33, dev: 90, test: 90 };
const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const LABEL_WIDTH = 10;

export function label(name) {
  const text = `[${name}]`.padEnd(LABEL_WIDTH);
  const color = COLORS[name];
  return useColor && color ? `\u001b[${color}m${text}\u001b[0m` : text;
}

export function printLine(name, line, stream = process.stdout) {
  stream.write(`${label(name)} ${line}\n`);
}

/** Processes started through startProcess that have not exited yet, in start order. */
export const running = new Set();

const DEFAULT_STOP = [
  ['SIGTERM', 10_000],
  ['SIGKILL', 5_000],
];

/**
 * Spawns a child in its own process group and forwards each output line with a prefix.
 * `onLine(line)` may return false to swallow a line. `stopSignals` is the escalation used by
 * stopProcess: [signal, how long to wait for the exit] pairs. `group: false` signals only the
 * process itself (PostgreSQL's postmaster must be the only one to get the shutdown signal).
 */
export function startProcess({
  name,
  command,
  args = [],
  cwd,
  env = process.env,
  uid,
  gid,
  ipc = false,
  group = true,
  stopSignals = DEFAULT_STOP,
  onLine,
}) {
  const stdio = ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])];
  const child = spawn(command, args, { cwd, env, uid, gid, detached: true, stdio });
  const managed = { name, child, pid: child.pid, group, stopSignals, exitInfo: null, exited: null };
  managed.exited = new Promise((resolve) => {
    const finish = (info) => {
      if (managed.exitInfo) return;
      managed.exitInfo = info;
      running.delete(managed);
      resolve(info);
    };
    child.once('exit', (code, signal) => finish({ code, signal }));
    child.once('error', (error) => finish({ code: null, signal: null, error }));
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      if (onLine && onLine(line) === false) return;
      printLine(name, line);
    });
  }
  if (child.pid) running.add(managed);
  return managed;
}

function signal(managed, sig) {
  try {
    process.kill(managed.group ? -managed.pid : managed.pid, sig);
  } catch {
    // Already gone.
  }
}

function within(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** Sends the stop signals in turn until the process has exited. */
export async function stopProcess(managed) {
  for (const [sig, waitMs] of managed.stopSignals) {
    if (managed.exitInfo) return;
    if (sig === 'SIGKILL') printLine('dev', `${managed.name} did not stop in time; killing it`);
    signal(managed, sig);
    if (await within(managed.exited, waitMs)) return;
  }
}

/** Last resort when this process exits: no child may outlive it. Synchronous by necessity. */
export function killAllNow() {
  for (const managed of running) signal(managed, managed.group ? 'SIGKILL' : 'SIGQUIT');
}

export function describeExit({ code, signal: sig, error }) {
  if (error) return error.message;
  return sig ? `signal ${sig}` : `code ${code}`;
}
