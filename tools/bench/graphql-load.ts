/**
 * What the GraphQL benchmarks share: the API started as its own process in production mode on a
 * benchmark database, a login, and wrk (C, epoll) as the load, so that the load generator takes
 * little of the cores the API and Postgres need. Needs wrk on PATH (apt-get install wrk).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '@raadgiver/db';

const ROOT = resolve(__dirname, '../..');

export interface BenchApi {
  url: string;
  /** CPU time the API process has used so far, in ms (user + system, from /proc). */
  cpuMs(): number;
  stop(): void;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Of the errors, those that were no answer within wrk's timeout. */
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Bytes read over the measured run, status lines and headers included. */
  bytes: number;
  /** The API's CPU per request during the measured run: less noisy than latency on a shared machine. */
  apiCpuMsPerRequest: number;
  /** The same for the PostgreSQL processes serving the benchmark database, when they run on this machine. */
  postgresCpuMsPerRequest: number | null;
}

/** utime + stime of a process in ms; fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux). */
export function processCpuMs(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU so far of each local PostgreSQL backend connected to `database` (its process title names the database). */
export function postgresBackendsCpuMs(database: string): Map<string, number> {
  const backends = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.startsWith('postgres:') && title.includes(` ${database} `)) backends.set(pid, processCpuMs(pid));
    } catch {
      // gone, or not ours to read
    }
  }
  return backends;
}

/** Starts the API against `appUrl`; BENCH_PROFILE=1 writes a CPU profile to tmp/prof, BENCH_NODE_FLAGS adds node flags. */
export async function startBenchApi(appUrl: string, port: number): Promise<BenchApi> {
  const flags = [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : []),
    ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
  ];
  const api: ChildProcess = spawn(process.execPath, [...flags, '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: resolve(ROOT, 'tsconfig.base.json'),
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: appUrl,
      JWT_SECRET: 'benchmark-secret-benchmark-secret-benchmark',
      REDIS_PREFIX: `bench-${process.pid}`,
      // One user's throughput is what is measured here, not the per-user limit of expensive operations.
      EXPENSIVE_OPERATIONS_PER_MINUTE: String(1_000_000_000),
      // Nor the per-source limit of requests without a login (the public benchmark page's load comes from one address).
      PUBLIC_RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || api.exitCode !== null) {
      api.kill('SIGTERM');
      throw new Error('The API did not answer /health in time');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, cpuMs: () => processCpuMs(api.pid!), stop: () => api.kill('SIGTERM') };
}

export async function graphql<T>(api: BenchApi, body: string, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const send = () => fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
  // A kept-alive connection the API closed while wrk ran fails on first use: send once more on a new one.
  const response = await send().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
    return send();
  });
  const result = (await response.json()) as { data?: T; errors?: unknown };
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A password login of a user without a second factor (the benchmarks log in as advisors; tenant admins need a code). */
export async function benchLogin(api: BenchApi, email: string): Promise<string> {
  const body = JSON.stringify({
    query: 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email, password: DEMO_PASSWORD } },
  });
  const { accessToken } = (await graphql<{ login: { accessToken: string | null } }>(api, body)).login;
  if (!accessToken) throw new Error(`${email} logs in with a second factor: benchmark as a user without one`);
  return accessToken;
}

/**
 * Keeps `clients` connections busy with one GraphQL request for `seconds` after a 3 s warm-up; any error response fails the run.
 * With `database`, also measures the CPU of the PostgreSQL backends serving it, when PostgreSQL runs on this machine.
 * `timeoutSeconds` is how long wrk waits for an answer before counting it an error (wrk's default 2 s would leave slow
 * answers out of the percentiles).
 */
export function loadWithWrk(api: BenchApi, body: string, token: string, clients: number, seconds: number, database?: string, timeoutSeconds = 2): LoadResult {
  return loadUrlWithWrk(api, `${api.url}/graphql`, `wrk.method = "POST"
wrk.body = ${JSON.stringify(body)}
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer ${token}"
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then error("request failed: " .. status .. " " .. string.sub(body, 1, 300)) end
end
`, clients, seconds, database, timeoutSeconds);
}

/**
 * The same load as loadWithWrk for an answer too large to hand to Lua per response (copying each body into Lua
 * would make wrk the bottleneck, as for loadGetWithWrk): nothing is read per response; instead every answer must
 * have exactly the size of `expected` (an answer with errors is far smaller), checked by the bytes wrk read in all,
 * and wrk counts any status of 400 or more as an error by itself.
 */
export function loadLargeWithWrk(api: BenchApi, body: string, token: string, expected: Buffer, clients: number, seconds: number, database?: string, timeoutSeconds = 2): LoadResult {
  const result = loadUrlWithWrk(api, `${api.url}/graphql`, `wrk.method = "POST"
wrk.body = ${JSON.stringify(body)}
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer ${token}"
`, clients, seconds, database, timeoutSeconds);
  // The status line and headers come on top of the body: a few hundred bytes, the same for every answer.
  const perAnswer = result.bytes / result.requests - expected.length;
  if (perAnswer < 0 || perAnswer > 1024) {
    throw new Error(`The answers average ${Math.round(result.bytes / result.requests)} bytes, not the ${expected.length} of the expected answer (plus headers): some were not the answer`);
  }
  return result;
}

/**
 * The same load as plain GETs of `url` (a file a browser or CDN would fetch). No Lua per response: handing each
 * large body to Lua would make wrk the bottleneck; wrk counts an answer of 400 or more as an error by itself.
 */
export function loadGetWithWrk(api: Pick<BenchApi, 'cpuMs'>, url: string, clients: number, seconds: number, database?: string, timeoutSeconds = 2): LoadResult {
  return loadUrlWithWrk(api, url, '', clients, seconds, database, timeoutSeconds);
}

function loadUrlWithWrk(api: Pick<BenchApi, 'cpuMs'>, url: string, request: string, clients: number, seconds: number, database: string | undefined, timeoutSeconds: number): LoadResult {
  const script = join(mkdtempSync(join(tmpdir(), 'raadgiver-wrk-')), 'load.lua');
  writeFileSync(
    script,
    `${request}done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f %d %d\\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.errors.timeout, summary.bytes))
end
`,
  );
  const run = (duration: number) =>
    execFileSync('wrk', ['-t2', `-c${clients}`, `-d${duration}s`, '--timeout', `${timeoutSeconds}s`, '-s', script, url], { encoding: 'utf8' });
  run(3); // warm-up: JIT, pool connections, Postgres caches
  const cpuBefore = api.cpuMs();
  const postgresBefore = database ? postgresBackendsCpuMs(database) : new Map<string, number>();
  const output = run(seconds);
  const cpuMs = api.cpuMs() - cpuBefore;
  const postgresAfter = database ? postgresBackendsCpuMs(database) : new Map<string, number>();
  const postgresMs = [...postgresAfter].reduce((sum, [pid, ms]) => sum + ms - (postgresBefore.get(pid) ?? 0), 0);
  const match = /RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)/.exec(output);
  if (!match) throw new Error(`wrk gave no result:\n${output}`);
  const [requests, errors, p50, p95, p99, max, timeouts, bytes] = match.slice(1).map(Number);
  return {
    requests, errors, timeouts, p50, p95, p99, max, bytes,
    apiCpuMsPerRequest: cpuMs / requests,
    postgresCpuMsPerRequest: postgresAfter.size ? postgresMs / requests : null,
  };
}

/**
 * Prints the machine, the figures, and PASS or FAIL against the p95 target (errors fail too); a FAIL sets the
 * exit code to 1. With no target (null) the run is shown and fails only on errors.
 */
export function report(what: string, result: LoadResult, clients: number, seconds: number, targetP95Ms: number | null): void {
  console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  console.log(`${what}, ${clients} concurrent clients, ${seconds} s: ${result.requests} requests (${Math.round(result.requests / seconds)} req/s), ${result.errors} errors (${result.timeouts} of them timeouts)`);
  console.log(`latency ms: p50 ${result.p50.toFixed(1)}  p95 ${result.p95.toFixed(1)}  p99 ${result.p99.toFixed(1)}  max ${result.max.toFixed(1)}`);
  const postgres = result.postgresCpuMsPerRequest === null ? '' : `, PostgreSQL backends ${result.postgresCpuMsPerRequest.toFixed(2)} ms`;
  console.log(`CPU per request: API ${result.apiCpuMsPerRequest.toFixed(2)} ms${postgres}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const pass = (targetP95Ms === null || result.p95 <= targetP95Ms) && result.errors === 0;
  if (targetP95Ms === null) console.log(pass ? 'measured (no target): no errors' : 'FAIL: errors');
  else console.log(pass ? `PASS: p95 ≤ ${targetP95Ms} ms` : `FAIL: p95 above ${targetP95Ms} ms or errors`);
  if (!pass) process.exitCode = 1;
}
