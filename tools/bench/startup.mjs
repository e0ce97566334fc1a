#!/usr/bin/env node
// Benchmark, not a test: how long the start command takes from launch to an API that answers
// GET /health, with embedded PostgreSQL and a fresh data folder (initdb, migrations and demo seed
// included). Dependencies must be installed already; `npm start`'s `npm install` is not timed.
//
//   node tools/bench/startup.mjs            3 runs, admin dev server included (as `npm start`)
//   BENCH_RUNS=5 RAADGIVER_NO_ADMIN=1 node tools/bench/startup.mjs
//
// Redis is whatever `npm start` would pick (REDIS_URL, 127.0.0.1:6379, or redis-server from PATH).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../dev/ports.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_SECONDS = 30;
const TIMEOUT_MS = 180_000;

async function healthy(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

async function timeOneStart(run) {
  const dataDir = mkdtempSync(join(tmpdir(), 'raadgiver-bench-'));
  // As root, embedded PostgreSQL runs as user postgres, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const apiPort = await findFreePort(3300);
  const adminPort = await findFreePort(4400);
  const namespace = `bench-startup-${process.pid}-${run}`;
  const env = {
    ...process.env,
    RAADGIVER_DATA_DIR: dataDir,
    API_PORT: String(apiPort),
    ADMIN_PORT: String(adminPort),
    QUEUE_PREFIX: namespace,
    REDIS_PREFIX: namespace,
    NO_COLOR: '1',
  };
  delete env.DATABASE_URL;
  delete env.RAADGIVER_FRESH;

  let output = '';
  let exited = false;
  const started = performance.now();
  const child = spawn(process.execPath, ['tools/dev/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stopped = new Promise((resolvePromise) => child.once('exit', () => resolvePromise((exited = true))));
  try {
    while (!(await healthy(apiPort))) {
      if (exited) throw new Error(`start.mjs exited before the API answered:\n${output}`);
      if (performance.now() - started > TIMEOUT_MS) throw new Error(`the API did not answer within ${TIMEOUT_MS / 1000} s:\n${output}`);
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`run ${run}: API answered after ${seconds.toFixed(2)} s`);
    return seconds;
  } finally {
    child.kill('SIGINT');
    await stopped;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `startup benchmark: ${RUNS} runs, fresh data folder each, admin ${process.env.RAADGIVER_NO_ADMIN === '1' ? 'off' : 'on'}; ` +
    `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
const times = [];
for (let run = 1; run <= RUNS; run += 1) times.push(await timeOneStart(run));
const min = Math.min(...times);
const med = median(times);
console.log(`min ${min.toFixed(2)} s, median ${med.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s: ${med <= TARGET_SECONDS ? 'met' : 'MISSED'})`);
