#!/usr/bin/env node
// `npm test`: the whole suite, stopping at the first failing step.
//
//   0. Node and browser  this Node within package.json's engines, no EBADENGINE in the lock file, and the
//                        browser for the e2e tests (tools/test/browser.cjs), all within the first seconds
//   1. lint + typecheck  nx run-many -t lint typecheck (all projects); no copied code (jscpd, .jscpd.json)
//   2. generated code    tools/test/check-generated.mjs, when it exists
//   3. unit + int        jest --selectProjects unit int (--ci when CI=true)
//   4. e2e               playwright test -c e2e/playwright.config.ts, when it exists
//
// Each step's output goes to tmp/test-logs/<step>.log; the terminal gets one line per step, and a failing
// step's output in full.
//
// Integration and e2e tests need PostgreSQL and Redis. TEST_DATABASE_ADMIN_URL and REDIS_URL win;
// otherwise the local servers on 127.0.0.1:5432 / :6379 are used when they answer, and throw-away
// ones are started under tmp/ when they do not.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dev/embedded-postgres.mjs';
import { findFreePort } from '../dev/ports.mjs';
import { killAllNow, label, printLine, running, stopProcess } from '../dev/processes.mjs';
import { displayUrl, resolveRedis } from '../dev/redis.mjs';
import { SetupError } from '../dev/setup-error.mjs';
import { engineMismatches } from './check-engines.mjs';

const require = createRequire(import.meta.url);
const { unsupported } = require('../dev/check-node.cjs');
const { prepareBrowser, BrowserSetupError } = require('./browser.cjs');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const SERVICES_DIR = join(ROOT, 'tmp', `test-services-${process.pid}`);
const LOG_DIR = join(ROOT, 'tmp', 'test-logs');
const TTY = Boolean(process.stdout.isTTY);

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

/** Runs a step's command with its output (stdout and stderr, interleaved) written to `logFile`. */
function runCommand(command, args, logFile) {
  return new Promise((resolvePromise) => {
    const out = createWriteStream(logFile);
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const finish = (code) => out.end(() => resolvePromise(code));
    child.once('error', (error) => {
      out.write(`cannot run ${command}: ${error.message}\n`);
      finish(1);
    });
    child.once('close', (code, sig) => finish(code ?? (sig ? 1 : 0)));
  });
}

/** This Node, the lock file's engines and the browser: settled before anything slow runs. */
async function checkMachine() {
  const range = unsupported(process.version);
  if (range) throw new SetupError(`Raadgiver needs Node ${range}; this is Node ${process.version}.`);
  const mismatches = engineMismatches(JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')), process.version);
  if (mismatches.length > 0) throw new SetupError(`npm install on Node ${process.version} warns EBADENGINE: ${mismatches.join('; ')}.`);
  if (!existsSync(join(ROOT, 'e2e/playwright.config.ts'))) return `Node ${process.version}`;
  try {
    const browser = await prepareBrowser({ log });
    return `Node ${process.version}, every package supports it; browser: ${browser.origin}`;
  } catch (error) {
    throw error instanceof BrowserSetupError ? new SetupError(error.message) : error;
  }
}

const JEST_WORKERS = Math.max(2, availableParallelism() - 1);

const steps = [
  {
    name: 'lint + typecheck',
    run: (logFile) => runCommand(bin('nx'), ['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static'], logFile),
  },
  {
    // No pattern written twice: clones of 10 or more lines outside tests and generated code (.jscpd.json).
    name: 'no copied code (jscpd)',
    run: (logFile) => runCommand(bin('jscpd'), ['apps', 'libs', 'tools'], logFile),
  },
  {
    name: 'generated code is up to date',
    skipUnless: 'tools/test/check-generated.mjs',
    run: (logFile) => runCommand(process.execPath, [join(ROOT, 'tools/test/check-generated.mjs')], logFile),
  },
  {
    name: 'jest unit + int',
    needsServices: true,
    // In CI a handle a failed test left open must not keep jest (and the run) waiting: jest still names the
    // failure, and the exit code is the tests' own.
    // The summary reporter: the failing tests in full, then the counts.
    // Two workers at least: jest's default (one fewer than the cores) leaves one on two cores, and the tests spend
    // much of their time waiting for PostgreSQL, Redis and the processes they start (580 s with one, 300 s with two).
    run: (logFile) => runCommand(bin('jest'), ['--selectProjects', 'unit', 'int', '--reporters=summary', `--maxWorkers=${JEST_WORKERS}`, ...(CI ? ['--ci', '--forceExit'] : [])], logFile),
  },
  {
    name: 'playwright e2e',
    skipUnless: 'e2e/playwright.config.ts',
    needsServices: true,
    run: (logFile) => runCommand(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts', '--reporter=line'], logFile),
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
  log(await checkMachine());
  mkdirSync(LOG_DIR, { recursive: true });
  let servicesReady = false;
  for (const [index, step] of steps.entries()) {
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
    const logFile = join(LOG_DIR, `${index + 1}-${step.name.replace(/[^a-z0-9]+/gi, '-')}.log`);
    // On a terminal the running step shows until its result line replaces it.
    if (TTY) process.stdout.write(`${label('test')} ▶  ${step.name}…`);
    const since = performance.now();
    const code = await step.run(logFile);
    if (TTY) process.stdout.write('\r\u001b[K');
    const line = code === 0 ? `✔  ${step.name.padEnd(32)} passed in ${seconds(since)}` : `✘  ${step.name.padEnd(32)} FAILED (exit ${code}) after ${seconds(since)}`;
    summary.push(line);
    if (code !== 0) {
      process.stdout.write(readFileSync(logFile, 'utf8'));
      log(line);
      log(`(this output is also in ${logFile.slice(ROOT.length + 1)})`);
      return code;
    }
    log(line);
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
  // A set-up problem is one line saying what to do; a step that ran before it is in the summary.
  log(error instanceof SetupError ? error.message : (error?.stack ?? String(error)));
  exitCode = 1;
}
if (!interrupted) {
  await stopServices();
  if (exitCode === 0) log(`All steps passed in ${seconds(started)}.`);
  else if (summary.length > 0) {
    summary.push(`npm test failed after ${seconds(started)}.`);
    printSummary();
  }
  process.exit(exitCode);
}
