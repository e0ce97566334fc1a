import { ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { AddressInfo, createServer } from 'node:net';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SECRET = `secret-${process.pid}-${Date.now()}-do-not-serve`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** GET with the path exactly as written: fetch would resolve `..` and re-encode before sending. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the admin dev server (Vite) serves the admin and nothing of the data folder', () => {
  const configuredData = join(ROOT, 'tmp', `dev-server-data-${process.pid}`);
  const defaultData = join(ROOT, '.data', `dev-server-probe-${process.pid}`);
  let vite: ChildProcess;
  let port: number;

  beforeAll(async () => {
    for (const dir of [join(configuredData, 'postgres', 'base', '1'), join(defaultData, 'postgres', 'base', '1')]) mkdirSync(dir, { recursive: true });
    for (const dir of [configuredData, defaultData]) {
      writeFileSync(join(dir, 'jwt-secret'), SECRET);
      writeFileSync(join(dir, 'postgres', 'base', '1', '1259'), `citizen ${SECRET}`);
    }
    port = await freePort();
    vite = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--config', 'apps/admin/vite.config.mts'], {
      cwd: ROOT,
      env: { ...process.env, ADMIN_PORT: String(port), RAADGIVER_DATA_DIR: configuredData, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await get(port, '/').catch(() => null);
      if (answer?.status === 200) break;
      if (Date.now() > deadline) throw new Error('the admin dev server did not start');
      await new Promise((done) => setTimeout(done, 200));
    }
  }, 60_000);

  afterAll(() => {
    vite?.kill('SIGTERM');
    rmSync(configuredData, { recursive: true, force: true });
    rmSync(defaultData, { recursive: true, force: true });
  });

  it('serves the admin’s own modules and the libs it imports', async () => {
    expect((await get(port, '/src/main.tsx')).status).toBe(200);
    const lib = await get(port, `/@fs${ROOT}/libs/domain/src/index.ts`);
    expect(lib.status).toBe(200);
  });

  it('refuses the JWT secret and PostgreSQL’s files in every path form', async () => {
    const files = [];
    for (const dir of [configuredData, defaultData]) {
      const relative = dir.slice(ROOT.length + 1);
      for (const file of ['jwt-secret', 'postgres/base/1/1259']) files.push({ absolute: `${dir}/${file}`, relative: `${relative}/${file}` });
    }
    const paths = files.flatMap(({ absolute, relative }) => [
      `/@fs${absolute}`,
      `/@fs${absolute}?raw`,
      `/@fs${absolute}?import`,
      `/@fs${absolute}?raw&import`,
      `/@fs${absolute}?url`,
      `/@fs${absolute.replace(/\//g, '%2F')}?raw`,
      `/@fs${absolute.replace(/\./g, '%2e')}?raw`,
      `/@fs${ROOT}/apps/admin/../../${relative}?raw`,
      `/@fs${ROOT}/apps/admin/%2e%2e/%2e%2e/${relative}?raw`,
      `/${relative}`,
      `/${relative}?raw`,
      `/../../${relative}?raw`,
      `/%2e%2e/%2e%2e/${relative}?raw`,
      `/@fs${ROOT}/node_modules/../${relative}?raw`,
    ]);
    const leaks: string[] = [];
    for (const path of paths) {
      const answer = await get(port, path);
      if (answer.body.includes(SECRET)) leaks.push(`${answer.status} ${path}`);
    }
    expect(leaks).toEqual([]);
    expect(paths.length).toBeGreaterThanOrEqual(50);
  });

  it('refuses files of the repository outside the admin, its libs and node_modules', async () => {
    const answer = await get(port, `/@fs${ROOT}/package.json?raw`);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('"allowScripts"');
  });
});
