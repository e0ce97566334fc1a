import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisUrl } from '@raadgiver/testing';

const ROOT = join(__dirname, '../..');
const API_ENTRY = join(ROOT, 'apps/api/src/main.ts');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm start (tools/dev/start.mjs)', () => {
  let dataDir: string;
  let start: ChildProcess | undefined;
  let exit: Exit | undefined;
  let output = '';

  /** Every process start.mjs reported: "<name> started … (pid N". */
  const startedPids = () => [...output.matchAll(/(\w+) started [^\n]*?\(pid (\d+)/g)].map((m) => ({ name: m[1], pid: Number(m[2]) }));

  async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (exit) throw new Error(`start.mjs exited (${exit.code ?? exit.signal}) before ${what}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${output}`);
      await sleep(200);
    }
  }

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'raadgiver-start-'));
    // As root, embedded PostgreSQL runs as user postgres, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
  });

  afterAll(async () => {
    // On failure nothing may outlive the test: start.mjs, then every process group it started.
    if (start && !exit) start.kill('SIGKILL');
    for (const { pid } of startedPids()) {
      for (const target of [-pid, pid]) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    await sleep(100);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, Redis and the API, and Ctrl-C stops every process', async () => {
    const apiPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      RAADGIVER_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      RAADGIVER_NO_ADMIN: '1',
      REDIS_URL: redisUrl(),
      // The shared test Redis: keep this run's queues and rate limits apart from everyone else's.
      QUEUE_PREFIX: `start-test-${process.pid}`,
      REDIS_PREFIX: `start-test-${process.pid}`,
      NO_COLOR: '1',
    };
    for (const name of ['DATABASE_URL', 'RAADGIVER_FRESH', 'JWT_SECRET', 'RAADGIVER_DB_NAME']) delete env[name];

    const child = spawn(process.execPath, ['tools/dev/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    start = child;
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => (exit = { code, signal }));

    await waitFor('"Raadgiver is running"', () => output.includes('Raadgiver is running'), 100_000);
    expect(output).toMatch(/postgres started on 127\.0\.0\.1:\d+, new cluster/);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(true);
    // What a person needs: where things run and the demo logins; the frameworks' per-module lines only with LOG_LEVEL=debug.
    expect(output).toMatch(/GraphQL +http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(output).toMatch(/advisor@lejre\.demo +advisor, Lejre Kommune/);
    expect(output).not.toMatch(/InstanceLoader|RoutesResolver|RouterExplorer|Mapped \{/);

    if (existsSync(API_ENTRY)) {
      const health = await fetch(`http://127.0.0.1:${apiPort}/health`);
      expect(health.status).toBe(200);
      const graphql = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await graphql.json()).toMatchObject({ data: { __typename: 'Query' } });
      // Where the probes and metrics are, and the development token that opens the metrics.
      const token = /Metrics +http:\/\/127\.0\.0\.1:\d+\/metrics with "Authorization: Bearer (\S+)"/.exec(output)?.[1];
      expect(token).toBeDefined();
      const metrics = await fetch(`http://127.0.0.1:${apiPort}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(await metrics.text()).toContain('raadgiver_health_ready{process="api"} 1');
      const workerProbe = /Worker +(http:\/\/127\.0\.0\.1:\d+)\/health\/ready/.exec(output)?.[1];
      expect((await fetch(`${workerProbe}/health/ready`)).status).toBe(200);
    }

    const started = startedPids();
    expect(started.map((p) => p.name)).toEqual(expect.arrayContaining(['postgres', ...(existsSync(API_ENTRY) ? ['api'] : [])]));

    child.kill('SIGINT');
    await waitFor('start.mjs to stop after SIGINT', () => exit !== undefined, 45_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(started.filter(({ pid }) => isAlive(pid))).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
