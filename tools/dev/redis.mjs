// Finds a Redis to use: REDIS_URL, else one answering on the default port, else a
// `redis-server` from PATH started with its data in the given folder.
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from './ports.mjs';
import { startProcess } from './processes.mjs';
import { SetupError } from './setup-error.mjs';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const INSTALL_HINT =
  'Raadgiver needs Redis 7. Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`, ' +
  'macOS: `brew install redis`) so that `redis-server` is on PATH, or set REDIS_URL to a running Redis.';

export async function redisAnswers(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** The URL without its password, for messages. */
export function displayUrl(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function findOnPath(binary) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

async function startRedisServer(binary, dir, ephemeral) {
  await mkdir(dir, { recursive: true });
  const port = await findFreePort(63790);
  const persistence = ephemeral ? ['--save', '', '--appendonly', 'no'] : [];
  // Start-up chatter is kept back and shown only if the start fails.
  const tail = [];
  let ready = false;
  const server = startProcess({
    name: 'redis',
    command: binary,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--loglevel', 'warning', ...persistence],
    cwd: dir,
    onLine: (line) => {
      if (!ready) tail.push(line);
      return ready;
    },
  });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (!(await redisAnswers(url))) {
    if (server.exitInfo) throw new SetupError(`redis-server stopped during start-up:\n${tail.join('\n')}`);
    if (Date.now() > deadline) throw new SetupError(`redis-server did not answer within 15 s:\n${tail.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  ready = true;
  return { url, server };
}

/**
 * Returns { url, origin, server? }: origin is 'REDIS_URL', 'local' (something answered on the
 * default port) or 'started' (then `server` is the managed redis-server).
 */
export async function resolveRedis({ url, dir, ephemeral = false }) {
  if (url) {
    if (!(await redisAnswers(url))) {
      throw new SetupError(`REDIS_URL (${displayUrl(url)}) does not answer PING. Start that Redis or unset REDIS_URL.`);
    }
    return { url, origin: 'REDIS_URL' };
  }
  if (await redisAnswers(DEFAULT_REDIS_URL)) return { url: DEFAULT_REDIS_URL, origin: 'local' };
  const binary = findOnPath('redis-server');
  if (!binary) throw new SetupError(`No Redis answers at ${DEFAULT_REDIS_URL} and redis-server is not on PATH. ${INSTALL_HINT}`);
  const started = await startRedisServer(binary, dir, ephemeral);
  return { ...started, origin: 'started' };
}
