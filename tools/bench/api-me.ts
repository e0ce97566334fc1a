/**
 * Benchmark, not a test: latency of an authenticated GraphQL `me` query with 20 concurrent clients.
 * Target: p95 ≤ 20 ms. Needs wrk (apt-get install wrk) as the load generator. Starts the API as its own process (NODE_ENV=production) on a fresh
 * benchmark database with the demo data, logs in once, then keeps 20 clients busy.
 *
 *   node -r @swc-node/register tools/bench/api-me.ts      (SWC_NODE_PROJECT=tsconfig.base.json)
 *   BENCH_SECONDS=20 BENCH_CLIENTS=20 ...
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '@raadgiver/db';
import { prepareDatabase } from '../dev/prepare-database';

const ROOT = resolve(__dirname, '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const TARGET_P95_MS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3791);
const ME = JSON.stringify({ query: '{ me { user { id email displayName } activeTenant { id name } roles tenants { tenant { id name } roles } } }' });

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The API did not answer /health in time');
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, 'raadgiver_bench', true);
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : [];
  const api: ChildProcess = spawn(process.execPath, [...profile, ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json'),
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATABASE_URL: appUrl,
      JWT_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
      REDIS_PREFIX: `bench-${process.pid}`,
    },
  });
  try {
    await waitForHealth(Date.now() + 60_000);
    const login = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email: 'multi@raadgiver.demo', password: DEMO_PASSWORD } } }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
    // wrk (C, epoll) as the load: a Node load generator would take much of the same two cores from the API.
    const script = join(mkdtempSync(join(tmpdir(), 'raadgiver-wrk-')), 'me.lua');
    writeFileSync(
      script,
      `wrk.method = "POST"
wrk.body = ${JSON.stringify(ME)}
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer ${token}"
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then error("me failed: " .. status .. " " .. body) end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`,
    );
    const wrk = (seconds: number) =>
      execFileSync('wrk', ['-t2', `-c${CLIENTS}`, `-d${seconds}s`, '-s', script, `http://127.0.0.1:${PORT}/graphql`], { encoding: 'utf8' });
    wrk(3); // warm-up: JIT, pool connections
    const output = wrk(SECONDS);
    const result = /RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
    if (!result) throw new Error(`wrk gave no result:\n${output}`);
    const [, requests, errors, p50, p95, p99, max] = result;
    console.log(`me query, ${CLIENTS} concurrent clients, ${SECONDS} s: ${requests} requests (${Math.round(Number(requests) / SECONDS)} req/s), ${errors} errors`);
    console.log(`latency ms: p50 ${p50}  p95 ${p95}  p99 ${p99}  max ${max}`);
    const pass = Number(p95) <= TARGET_P95_MS && Number(errors) === 0;
    console.log(pass ? `PASS: p95 ≤ ${TARGET_P95_MS} ms` : `FAIL: p95 above ${TARGET_P95_MS} ms or errors`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    api.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
