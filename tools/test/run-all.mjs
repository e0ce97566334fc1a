#!/usr/bin/env node
// `npm test`: the whole suite, stopping at the first failing step.
//
//   1. lint + typecheck  nx run-many -t lint typecheck (all projects)
//   2. generated code    tools/test/check-generated.mjs, when it exists
//   3. unit + int        jest --selectProjects unit int (--ci when CI=true)
//   4. e2e               playwright test -c e2e/playwright.config.ts, when it exists
//
// Integration and e2e tests need PostgreSQL and Redis. TEST_DATABASE_ADMIN_URL and REDIS_URL win;
// otherwise the local servers on 127.0.0.1:5432 / :6379 are used when they answer, and throw-away
// ones are started under tmp/ when they do not.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dev/embedded-postgres.mjs';
import { findFreePort } from '../dev/ports.mjs';
import { killAllNow, printLine, running, stopProcess } from '../dev/processes.mjs';
import { displayUrl, resolveRedis } from '../dev/redis.mjs';
import { SetupError } from '../dev/setup-error.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const SERVICES_DIR = join(ROOT, 'tmp', `test-services-${process.pid}`);

const log = (line) => printLine('test', line);
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

async function postgresAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensurePostgres() {
  if (process.env.TEST_DATABASE_ADMIN_URL) return `${displayUrl(process.env.TEST_DATABASE_ADMIN_URL)} (TEST_DATABASE_ADMIN_URL)`;
  if (await postgresAnswers(LOCAL_POSTGRES)) {
    process.env.TEST_DATABASE_ADMIN_URL = LOCAL_POSTGRES;
    return `${LOCAL_POSTGRES} (local server)`;
  }
  const pgServer = await startEmbeddedPostgres({ dataRoot: SERVICES_DIR, port: await findFreePort(54339), ephemeral: true });
  process.env.TEST_DATABASE_ADMIN_URL = pgServer.adminUrl;
  return `127.0.0.1:${pgServer.port} (embedded, started for this run)`;
}

async function ensureRedis() {
  const redis = await resolveRedis({ url: process.env.REDIS_URL, dir: join(SERVICES_DIR, 'redis'), ephemeral: true });
  process.env.REDIS_URL = redis.url;
  const origin = { REDIS_URL: 'REDIS_URL', local: 'local server', started: 'redis-server started for this run' };
  return `${displayUrl(redis.url)} (${origin[redis.origin]})`;
}

function runCommand(command, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
    child.once('error', (error) => {
      log(`cannot run ${command}: ${error.message}`);
      resolvePromise(1);
    });
    child.once('exit', (code, sig) => resolvePromise(code ?? (sig ? 1 : 0)));
  });
}

const steps = [
  {
    name: 'lint + typecheck',
    run: () => runCommand(bin('nx'), ['run-many', '-t', 'lint', 'typecheck']),
  },
  {
    name: 'generated code is up to date',
    skipUnless: 'tools/test/check-generated.mjs',
    run: () => runCommand(process.execPath, [join(ROOT, 'tools/test/check-generated.mjs')]),
  },
  {
    name: 'jest unit + int',
    needsServices: true,
    // In CI a handle a failed test left open must not keep jest (and the run) waiting: jest still names the
    // failure, and the exit code is the tests' own.
    run: () => runCommand(bin('jest'), ['--selectProjects', 'unit', 'int', ...(CI ? ['--ci', '--forceExit'] : [])]),
  },
  {
    name: 'playwright e2e',
    skipUnless: 'e2e/playwright.config.ts',
    needsServices: true,
    run: () => runCommand(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts']),
  },
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const summary = [];

function printSummary() {
  process.stdout.write(`\n${'─'.repeat(60)}\n`);
  for (const line of summary) process.stdout.write(`${line}\n`);
  process.stdout.write(`${'─'.repeat(60)}\n`);
}

async function stopServices() {
  await Promise.all([...running].map((managed) => stopProcess(managed)));
  await rm(SERVICES_DIR, { recursive: true, force: true });
}

async function runSteps() {
  let servicesReady = false;
  for (const step of steps) {
    if (step.skipUnless && !existsSync(join(ROOT, step.skipUnless))) {
      summary.push(`–  ${step.name.padEnd(32)} skipped (no ${step.skipUnless})`);
      continue;
    }
    if (step.needsServices && !servicesReady) {
      const [postgres, redis] = await Promise.all([ensurePostgres(), ensureRedis()]);
      log(`PostgreSQL ${postgres}`);
      log(`Redis      ${redis}`);
      servicesReady = true;
    }
    log(`▶ ${step.name}`);
    const since = performance.now();
    const code = await step.run();
    const line = code === 0 ? `✔  ${step.name.padEnd(32)} passed in ${seconds(since)}` : `✘  ${step.name.padEnd(32)} FAILED (exit ${code}) after ${seconds(since)}`;
    log(line);
    summary.push(line);
    if (code !== 0) return code;
  }
  return 0;
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // The running step shares our process group and gets the same Ctrl-C; we only tidy up.
    if (interrupted) return;
    interrupted = true;
    log('interrupted; stopping test services');
    stopServices().finally(() => process.exit(130));
  });
}
process.on('exit', killAllNow);

const started = performance.now();
let exitCode;
try {
  exitCode = await runSteps();
} catch (error) {
  log(error instanceof SetupError ? error.message : (error?.stack ?? String(error)));
  summary.push(`✘  test services could not be started`);
  exitCode = 1;
}
if (!interrupted) {
  await stopServices();
  summary.push(exitCode === 0 ? `All steps passed in ${seconds(started)}.` : `npm test failed after ${seconds(started)}.`);
  printSummary();
  process.exit(exitCode);
}
