#!/usr/bin/env node
// `npm start`: runs the whole product on a fresh machine.
//
// PostgreSQL: DATABASE_URL (a superuser URL) or an embedded PostgreSQL 17 with its data in
// <data>/postgres. Redis: REDIS_URL, else one on 127.0.0.1:6379, else redis-server from PATH with
// its data in <data>/redis. Then roles, database, migrations and the demo seed; then API, worker
// and admin dev server with prefixed output. Ctrl-C stops everything.
//
// Mail: SMTP_URL, else a local mail catcher (tools/dev/mail-catcher.ts) that the worker's reminders go to.
//
// Env: DATABASE_URL, REDIS_URL, SMTP_URL, JWT_SECRET, API_PORT (3000), ADMIN_PORT (4200), MAIL_SMTP_PORT (1025),
// MAIL_HTTP_PORT (1080),
// RAADGIVER_DATA_DIR (.data), RAADGIVER_DB_NAME (raadgiver), RAADGIVER_NO_ADMIN=1, RAADGIVER_FRESH=1.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { findFreePort, isPortFree } from './ports.mjs';
import { describeExit, killAllNow, printLine, running, startProcess, stopProcess } from './processes.mjs';
import { displayUrl, resolveRedis } from './redis.mjs';
import { SetupError } from './setup-error.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_ENTRY = 'apps/api/src/main.ts';
const WORKER_ENTRY = 'apps/worker/src/main.ts';
// Development only: the Bearer token of /metrics (the API serves none without one; production sets its own).
const DEV_METRICS_TOKEN = 'raadgiver-development-metrics';
const ADMIN_CONFIG = 'apps/admin/vite.config.mts';
const START_TIMEOUT_MS = 120_000;

const log = (line) => printLine('dev', line);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function readConfig(env) {
  return {
    dataDir: resolve(env.RAADGIVER_DATA_DIR || join(ROOT, '.data')),
    database: env.RAADGIVER_DB_NAME || 'raadgiver',
    fresh: env.RAADGIVER_FRESH === '1',
    withAdmin: env.RAADGIVER_NO_ADMIN !== '1',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    jwtSecret: env.JWT_SECRET || undefined,
    secretKeys: env.SECRET_KEYS || undefined,
    apiPort: env.API_PORT ? Number(env.API_PORT) : undefined,
    workerHttpPort: env.WORKER_HTTP_PORT ? Number(env.WORKER_HTTP_PORT) : undefined,
    metricsToken: env.METRICS_TOKEN || DEV_METRICS_TOKEN,
    adminPort: env.ADMIN_PORT ? Number(env.ADMIN_PORT) : undefined,
    mailSmtpPort: env.MAIL_SMTP_PORT ? Number(env.MAIL_SMTP_PORT) : undefined,
    mailHttpPort: env.MAIL_HTTP_PORT ? Number(env.MAIL_HTTP_PORT) : undefined,
    debug: ['debug', 'verbose'].includes((env.LOG_LEVEL ?? '').toLowerCase()),
  };
}

/** An explicit port must be free; a default one moves to the next free port. */
async function choosePort(explicit, fallback, envName) {
  if (explicit === undefined) return findFreePort(fallback);
  if (!(await isPortFree(explicit))) throw new SetupError(`${envName}=${explicit} is already in use.`);
  return explicit;
}

async function ensureJwtSecret(dataDir) {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The development key that seals identity-provider secrets (SECRET_KEYS), kept beside the JWT secret. */
async function ensureSecretKeys(dataDir) {
  const file = join(dataDir, 'secret-keys');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const keys = `dev1:${randomBytes(32).toString('base64')}`;
  await writeFile(file, `${keys}\n`, { mode: 0o600 });
  return keys;
}

async function checkDatabaseUrl(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new SetupError(`DATABASE_URL (${displayUrl(url)}) does not accept connections: ${error.message}. Fix it, or unset it to use the embedded PostgreSQL.`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function startPostgres(config) {
  if (config.databaseUrl) {
    await checkDatabaseUrl(config.databaseUrl);
    return { adminUrl: config.databaseUrl, description: `${displayUrl(config.databaseUrl)} (DATABASE_URL)` };
  }
  const since = performance.now();
  const port = await findFreePort(54329);
  const pg = await startEmbeddedPostgres({ dataRoot: config.dataDir, port });
  const what = pg.created ? 'new cluster' : 'existing cluster';
  log(`postgres started on 127.0.0.1:${port}, ${what} in ${pg.displayDir} (pid ${pg.server.pid}, ${seconds(since)})`);
  return { adminUrl: pg.adminUrl, description: `127.0.0.1:${port} (embedded, data in ${pg.displayDir})` };
}

async function startRedis(config) {
  const since = performance.now();
  const redis = await resolveRedis({ url: config.redisUrl, dir: join(config.dataDir, 'redis') });
  if (redis.server) log(`redis started on ${redis.url} (pid ${redis.server.pid}, ${seconds(since)})`);
  const origin = { REDIS_URL: 'REDIS_URL', local: 'already running', started: `started, data in ${relative(process.cwd(), join(config.dataDir, 'redis'))}` };
  return { url: redis.url, description: `${displayUrl(redis.url)} (${origin[redis.origin]})` };
}

function typeScriptProcess(name, entry, env, extra = {}) {
  const managed = startProcess({
    name,
    command: process.execPath,
    args: ['-r', '@swc-node/register', entry],
    cwd: ROOT,
    env: { ...env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
    ...extra,
  });
  return managed;
}

/**
 * SMTP_URL when set; otherwise the mail catcher, on MAIL_SMTP_PORT and MAIL_HTTP_PORT, or 1025 and 1080 (or the next
 * free ports). Resolves
 * once it listens.
 */
async function startMail(config, baseEnv) {
  if (config.smtpUrl) return { smtpUrl: config.smtpUrl, description: `${displayUrl(config.smtpUrl)} (SMTP_URL)` };
  const smtpPort = await choosePort(config.mailSmtpPort, 1025, 'MAIL_SMTP_PORT');
  const httpPort = await choosePort(config.mailHttpPort, 1080, 'MAIL_HTTP_PORT');
  const child = typeScriptProcess('mail', 'tools/dev/mail-catcher.ts', { ...baseEnv, MAIL_SMTP_PORT: String(smtpPort), MAIL_HTTP_PORT: String(httpPort) }, { ipc: true });
  const urls = await Promise.race([
    new Promise((resolve) => child.child.once('message', resolve)),
    child.exited.then((exit) => {
      throw new SetupError(`The mail catcher did not start (${describeExit(exit)}); see [mail] above, or set SMTP_URL.`);
    }),
  ]);
  log(`mail catcher started (pid ${child.pid})`);
  return { smtpUrl: urls.smtpUrl, description: `caught at ${urls.httpUrl} (SMTP ${urls.smtpUrl})` };
}

async function prepareDatabase(config, adminUrl, baseEnv) {
  const since = performance.now();
  const child = typeScriptProcess('db', 'tools/dev/prepare-database.ts', {
    ...baseEnv,
    RAADGIVER_ADMIN_DATABASE_URL: adminUrl,
    RAADGIVER_DB_NAME: config.database,
    RAADGIVER_FRESH: config.fresh ? '1' : '0',
  }, { ipc: true });
  let result;
  child.child.on('message', (message) => (result = message));
  const exit = await child.exited;
  if (exit.code !== 0 || !result) throw new SetupError(`Preparing the database failed (${describeExit(exit)}); see [db] above.`);
  const seed = result.seededRows ? `demo data seeded (${result.seededRows} rows)` : 'demo data in place';
  log(`database "${config.database}" ${result.created ? 'created' : 'up to date'}, migrations applied, ${seed} (${seconds(since)})`);
  return result;
}

function startApps(config, ports, urls, baseEnv) {
  const apps = [];
  const missing = (path) => {
    log(`${path} does not exist yet; skipping it`);
  };
  if (existsSync(join(ROOT, API_ENTRY))) {
    apps.push(typeScriptProcess('api', API_ENTRY, {
      ...baseEnv,
      DATABASE_URL: urls.appUrl,
      REDIS_URL: urls.redisUrl,
      JWT_SECRET: urls.jwtSecret,
      SECRET_KEYS: urls.secretKeys,
      PORT: String(ports.api),
      METRICS_TOKEN: config.metricsToken,
      // The SAML SP's entity ids and ACS URLs are made from it: the admin's origin, which proxies /auth/saml/ to the API.
      ...(ports.admin ? { PUBLIC_URL: `http://127.0.0.1:${ports.admin}` } : {}),
      // The admin's dev server proxies to the API from this machine; nothing else may name the client's address.
      TRUST_PROXY: 'loopback',
    }));
  } else missing(API_ENTRY);
  if (existsSync(join(ROOT, WORKER_ENTRY))) {
    apps.push(typeScriptProcess('worker', WORKER_ENTRY, {
      ...baseEnv,
      DATABASE_URL: urls.appUrl,
      REDIS_URL: urls.redisUrl,
      SMTP_URL: urls.smtpUrl,
      WORKER_HTTP_PORT: String(ports.worker),
      METRICS_TOKEN: config.metricsToken,
      ...(ports.admin ? { ADMIN_URL: `http://127.0.0.1:${ports.admin}` } : {}),
    }));
  } else missing(WORKER_ENTRY);
  if (config.withAdmin) {
    if (existsSync(join(ROOT, ADMIN_CONFIG))) {
      const require = createRequire(import.meta.url);
      const vitePackage = require.resolve('vite/package.json');
      apps.push(startProcess({
        name: 'admin',
        command: process.execPath,
        // Vite's banner repeats what the summary prints; its warnings and errors stay.
        args: [join(dirname(vitePackage), require(vitePackage).bin.vite), '--config', ADMIN_CONFIG, '--port', String(ports.admin), '--strictPort', '--logLevel', config.debug ? 'info' : 'warn'],
        cwd: ROOT,
        env: { ...baseEnv, ADMIN_PORT: String(ports.admin), API_URL: `http://127.0.0.1:${ports.api}` },
      }));
    } else missing(ADMIN_CONFIG);
  }
  for (const app of apps) log(`${app.name} started (pid ${app.pid})`);
  return apps;
}

async function waitFor(description, probe, timeoutMs = START_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new SetupError(`${description} did not answer within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function apiHealthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const done = (answered) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

function demoLoginLines({ demoLogins, demoPassword }) {
  if (!demoLogins?.length) return [];
  const width = Math.max(...demoLogins.map((login) => login.email.length));
  return [
    '',
    `  Demo logins (password: ${demoPassword})`,
    ...demoLogins.map((login) => `    ${login.email.padEnd(width)}  ${login.description}`),
    '  Admins and the operator set up a second factor (an authenticator app) at their first login.',
  ];
}

function printBanner({ config, ports, apps, postgres, redis, mail, prepared, since }) {
  const has = (name) => apps.some((app) => app.name === name);
  const lines = [
    '',
    `  Raadgiver is running (ready in ${seconds(since)})`,
    '',
    ...(has('admin') ? [`  Admin       http://127.0.0.1:${ports.admin}`] : []),
    ...(has('api')
      ? [
          `  GraphQL     http://127.0.0.1:${ports.api}/graphql`,
          `  Health      http://127.0.0.1:${ports.api}/health/ready (and /health/live)`,
          `  Metrics     http://127.0.0.1:${ports.api}/metrics with "Authorization: Bearer ${config.metricsToken}"`,
        ]
      : []),
    ...(has('worker') ? [`  Worker      http://127.0.0.1:${ports.worker}/health/ready, /health/live and /metrics (the same token)`] : []),
    `  PostgreSQL  ${postgres.description}`,
    `  Redis       ${redis.description}`,
    `  Mail        ${mail.description}`,
    ...demoLoginLines(prepared),
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

let stopping;
let stopRequestedAt = 0;

/** Stops the apps first, then Redis and PostgreSQL, then exits. */
function shutdown(code) {
  stopping ??= (async () => {
    log('stopping…');
    const all = [...running];
    const infra = all.filter((managed) => managed.name === 'postgres' || managed.name === 'redis');
    await Promise.all(all.filter((managed) => !infra.includes(managed)).map((managed) => stopProcess(managed)));
    await Promise.all(infra.map((managed) => stopProcess(managed)));
    log('stopped');
    process.exit(code);
  })();
  return stopping;
}

function watchForCrashes(managedList) {
  for (const managed of managedList) {
    managed.exited.then((info) => {
      if (stopping) return;
      log(`${managed.name} exited unexpectedly (${describeExit(info)}); stopping everything`);
      shutdown(1);
    });
  }
}

async function main() {
  const since = performance.now();
  const config = readConfig(process.env);
  await mkdir(config.dataDir, { recursive: true });
  const baseEnv = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' };
  // The API and worker write JSON lines unless told otherwise; a person at the terminal reads them pretty-printed.
  baseEnv.LOG_FORMAT ||= 'pretty';
  // Children write to pipes; keep their colours only when we write to a terminal.
  if (process.stdout.isTTY && !process.env.NO_COLOR) baseEnv.FORCE_COLOR ??= '1';
  else if (!baseEnv.FORCE_COLOR) baseEnv.NO_COLOR ??= '1';
  // Node warns on every process that has both; NO_COLOR wins either way.
  if (baseEnv.NO_COLOR && baseEnv.FORCE_COLOR) delete baseEnv.FORCE_COLOR;
  delete baseEnv.DATABASE_URL;
  delete baseEnv.PORT;
  // One Redis namespace per database, so starts against different databases (e2e, a second
  // checkout) can share a Redis without taking each other's jobs.
  const namespace = config.database.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
  baseEnv.QUEUE_PREFIX ??= namespace;
  baseEnv.REDIS_PREFIX ??= namespace;

  // The mail catcher starts in the background; the worker needs its address only once the database is ready.
  const mailStarting = startMail(config, baseEnv);
  mailStarting.catch(() => {});
  // Redis first: it answers (or fails) in milliseconds, before PostgreSQL's initdb gets going.
  const redis = await startRedis(config);
  const postgres = await startPostgres(config);
  const jwtSecret = config.jwtSecret ?? (await ensureJwtSecret(config.dataDir));
  const secretKeys = config.secretKeys ?? (await ensureSecretKeys(config.dataDir));
  watchForCrashes([...running]);

  const prepared = await prepareDatabase(config, postgres.adminUrl, baseEnv);
  const ports = {
    api: await choosePort(config.apiPort, 3000, 'API_PORT'),
    admin: config.withAdmin ? await choosePort(config.adminPort, 4200, 'ADMIN_PORT') : undefined,
  };
  // After the API's: a default port moves to the next free one, and the API is not listening yet.
  ports.worker = await choosePort(config.workerHttpPort, ports.api + 1, 'WORKER_HTTP_PORT');
  const mail = await mailStarting;
  const apps = startApps(config, ports, { appUrl: prepared.appUrl, redisUrl: redis.url, smtpUrl: mail.smtpUrl, jwtSecret, secretKeys }, baseEnv);
  watchForCrashes(apps);

  await Promise.all([
    apps.some((app) => app.name === 'api') && waitFor('The API health check', () => apiHealthy(ports.api)),
    apps.some((app) => app.name === 'admin') && waitFor('The admin dev server', () => portAnswers(ports.admin)),
  ]);
  printBanner({ config, ports, apps, postgres, redis, mail, prepared, since });
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (!stopping) {
      stopRequestedAt = Date.now();
      return void shutdown(0);
    }
    // Under `npm start` one Ctrl-C arrives twice (from the terminal and forwarded by npm); only a
    // later one means "do not wait any longer".
    if (Date.now() - stopRequestedAt < 2000) return;
    log('stopping now');
    killAllNow();
    process.exit(130);
  });
}
process.on('exit', killAllNow);

main().catch((error) => {
  if (stopping) return;
  log(error instanceof SetupError ? error.message : (error?.stack ?? String(error)));
  shutdown(1);
});
