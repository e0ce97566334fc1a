/**
 * Benchmark, not a test: the national benchmark at all 98 municipalities over 10 years (about 300,000
 * registrations). Targets (issue 17), each against a held answer measured in the same run: plain Node `http`
 * serving a pre-built JSON of the public benchmark's size. The logged-in dashboard query through GraphQL at
 * ≥ 0.25× the held answer's requests/s, the public `GET /public/benchmark/<year>.json` at ≥ 0.5×, both with 50
 * clients; the full refresh of every tenant (aggregates and the published snapshot) in at most 60 s; a changed
 * registration shown by the public GET within 2 minutes. Needs wrk (apt-get install wrk) as the load generator.
 *
 * Builds a fresh benchmark database with the demo data, makes every other municipality a tenant with generated
 * registrations (benchmark-data.ts), then:
 *  - refresh: refreshTenantBenchmarkInContext for every tenant, one after another, then publishBenchmarkSnapshot
 *    once, as the nightly refreshAllBenchmarks job does;
 *  - held answers: a Node process serving the dashboard's bytes, then one serving the public JSON's, from memory,
 *    50 clients with wrk; each target is a ratio to the held answer of its own size;
 *  - GraphQL: the API in production mode, Lejre's advisor sending the admin's BenchmarkDashboard query (read from
 *    the admin's generated operations; the trends are a query of their own there), 50 clients with wrk; no body is
 *    handed to Lua (as for the GETs), every answer must have the size of the expected one (loadLargeWithWrk);
 *  - public GET: the year's JSON without a login, 50 clients with wrk (the API's per-source limit on anonymous
 *    requests raised by PUBLIC_RATE_LIMIT_PER_MINUTE for the one source wrk is; the limit is still consulted);
 *  - change: the real worker started, a registration created through GraphQL in Norddjurs (the debounced refresh
 *    job, BENCHMARK_REFRESH_DELAY_MS as in production unless set), and the time until the public GET's ETag moves.
 * The refresh is followed by VACUUM ANALYZE of the aggregate tables (not timed), as autovacuum would do after the
 * nightly rewrite of every row.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/benchmark.ts
 *   BENCH_SECONDS=30 BENCH_CLIENTS=50 BENCH_REGISTRATIONS=300000 ...
 *   BENCH_KEEP_DB=1 keeps the database; BENCH_REUSE_DB=1 then uses it again without generating (for profiling).
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentNode, print } from 'graphql';
import { Client } from 'pg';
import { createDataSource, dropDatabase, inContext, loadBenchmarkData, publishBenchmarkSnapshotInContext, refreshTenantBenchmarkInContext } from '@raadgiver/db';
import { buildBenchmark } from '@raadgiver/domain';
import { prepareDatabase } from '../dev/prepare-database';
import { generateBenchmarkData } from './benchmark-data';
import { startHeldAnswer, startBenchWorker, timeChangeShown } from './benchmark-serving';
import { benchLogin, graphql, LoadResult, loadGetWithWrk, loadLargeWithWrk, startBenchApi } from './graphql-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 300_000);
const FIRST_YEAR = 2015;
const YEARS = 10;
const TARGET_REFRESH_S = 60;
const TARGET_DASHBOARD_RATIO = 0.25;
const TARGET_PUBLIC_RATIO = 0.5;
const TARGET_CHANGE_S = 120;
const WRK_TIMEOUT_S = 30;
const PORT = Number(process.env.BENCH_PORT ?? 3794);
const DATABASE = 'raadgiver_bench_benchmark';
const TENANT_SLUG = 'lejre';
const YEAR = FIRST_YEAR + YEARS - 1;

/** An operation of the admin as its generated document holds it: read, not imported, as a tool imports no app. */
function adminOperation(name: string): DocumentNode {
  const source = readFileSync(resolve(__dirname, '../../apps/admin/src/gql/graphql.ts'), 'utf8');
  const found = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(source);
  if (!found) throw new Error(`The admin has no generated ${name} operation`);
  return JSON.parse(found[1]) as DocumentNode;
}

// The admin's own dashboard query (apps/admin/src/benchmark/benchmark.operations.ts): the trends are a query of their
// own there (BenchmarkDashboardTrends), asked for separately.
const DASHBOARD = JSON.stringify({ query: print(adminOperation('BenchmarkDashboard')), variables: { year: YEAR } });

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const reuse = Boolean(process.env.BENCH_REUSE_DB);
  const { appUrl } = await prepareDatabase(adminUrl, DATABASE, !reuse);
  try {
    console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (!reuse) {
      const generated = await generateBenchmarkData(adminUrl, DATABASE, { firstYear: FIRST_YEAR, years: YEARS, registrations: REGISTRATIONS });
      console.log(`generated ${generated.generatedRegistrations} registrations for ${generated.generatedTenants} tenants ` +
        `(${generated.tenants} tenants, ${generated.registrations} registrations in all) in ${generated.seconds.toFixed(1)} s`);
    }

    const refreshSeconds = await refreshAll(appUrl);
    await analyzeAggregates(adminUrl);
    await timeBuild(appUrl);

    // The worker's queue and the API's producer meet under one prefix of this run.
    process.env.QUEUE_PREFIX = `bench-benchmark-${process.pid}`;
    const api = await startBenchApi(appUrl, PORT);
    try {
      const token = await benchLogin(api, `advisor@${TENANT_SLUG}.demo`);
      const first = await graphql<{ benchmarkDashboard: { benchmark: { tenants: unknown[]; figures: { values: unknown[] }[] } } }>(api, DASHBOARD, token);
      const { tenants, figures } = first.benchmarkDashboard.benchmark;
      console.log(`query: benchmarkDashboard(${YEAR}) as ${TENANT_SLUG}'s advisor: ${tenants.length} tenants shown, ${figures.length} figures, ` +
        `${figures.reduce((n, f) => n + f.values.length, 0)} values, ${(Buffer.byteLength(JSON.stringify(first)) / 1024).toFixed(0)} KiB`);
      const publicUrl = `${api.url}/public/benchmark/${YEAR}.json`;
      const publicJson = Buffer.from(await (await fetch(publicUrl)).arrayBuffer());
      // The answer's bytes as the API sends them: what the held answer serves and every measured answer must be.
      const dashboardJson = Buffer.from(await (await fetch(`${api.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: DASHBOARD,
      })).arrayBuffer());
      console.log(`public GET ${publicUrl.slice(api.url.length)}: ${(publicJson.length / 1024).toFixed(0)} KiB (every field of the type, the trends too)`);

      // The held answer at each answer's size: the dashboard's and the public JSON's bytes.
      const heldLoad = async (body: Buffer, port: number) => {
        const held = await startHeldAnswer(body, port);
        try {
          return loadGetWithWrk(held, held.url, CLIENTS, SECONDS, undefined, WRK_TIMEOUT_S);
        } finally {
          held.stop();
        }
      };
      const heldDashboard = await heldLoad(dashboardJson, PORT + 1);
      const heldPublic = await heldLoad(publicJson, PORT + 2);
      const dashboard = loadLargeWithWrk(api, DASHBOARD, token, dashboardJson, CLIENTS, SECONDS, DATABASE, WRK_TIMEOUT_S);
      const publicGet = loadGetWithWrk(api, publicUrl, CLIENTS, SECONDS, DATABASE, WRK_TIMEOUT_S);

      const worker = await startBenchWorker(appUrl);
      let changeSeconds: number;
      try {
        changeSeconds = await timeChangeShown(api, publicUrl, 'norddjurs', YEAR);
      } finally {
        worker.stop();
      }

      const rate = (r: LoadResult) => r.requests / SECONDS;
      const line = (what: string, r: LoadResult) =>
        `${what}, ${CLIENTS} clients, ${SECONDS} s: ${Math.round(rate(r))} req/s, ${r.errors} errors; p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ` +
        `p99 ${r.p99.toFixed(1)} ms; CPU ${r.apiCpuMsPerRequest.toFixed(2)} ms/request` +
        (r.postgresCpuMsPerRequest === null ? '' : ` (+ PostgreSQL ${r.postgresCpuMsPerRequest.toFixed(2)})`);
      console.log(`refresh of all tenants and the snapshot: ${refreshSeconds.toFixed(1)} s (target ≤ ${TARGET_REFRESH_S} s)`);
      console.log(line(`held answer of the dashboard's ${(dashboardJson.length / 1024).toFixed(0)} KiB (plain Node http)`, heldDashboard));
      console.log(line('dashboard GraphQL', dashboard));
      console.log(line(`held answer of the public JSON's ${(publicJson.length / 1024).toFixed(0)} KiB (plain Node http)`, heldPublic));
      console.log(line('public GET JSON', publicGet));
      const dashboardRatio = rate(dashboard) / rate(heldDashboard);
      const publicRatio = rate(publicGet) / rate(heldPublic);
      console.log(`ratio to the held answer of the same size, requests/s: dashboard ${dashboardRatio.toFixed(2)} (target ≥ ${TARGET_DASHBOARD_RATIO}), ` +
        `public GET ${publicRatio.toFixed(2)} (target ≥ ${TARGET_PUBLIC_RATIO}); p95 dashboard ${(dashboard.p95 / heldDashboard.p95).toFixed(2)}×, public ${(publicGet.p95 / heldPublic.p95).toFixed(2)}× the held answer's`);
      console.log(`a registration in Norddjurs shown by the public GET after ${changeSeconds.toFixed(1)} s (target ≤ ${TARGET_CHANGE_S} s)`);
      console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      const failures = [
        refreshSeconds > TARGET_REFRESH_S && 'refresh above target',
        dashboardRatio < TARGET_DASHBOARD_RATIO && 'dashboard below target',
        publicRatio < TARGET_PUBLIC_RATIO && 'public GET below target',
        changeSeconds > TARGET_CHANGE_S && 'change shown too late',
        (dashboard.errors || publicGet.errors || heldDashboard.errors || heldPublic.errors) && 'errors',
      ].filter(Boolean);
      console.log(failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`);
      process.exitCode = failures.length === 0 ? 0 : 1;
    } finally {
      api.stop();
    }
  } finally {
    if (!process.env.BENCH_KEEP_DB && !reuse) {
      await new Promise((r) => setTimeout(r, 1000)); // the API's connections close
      await dropDatabase(adminUrl, DATABASE);
    }
  }
}

async function analyzeAggregates(adminUrl: string): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  const admin = new Client({ connectionString: url.toString(), application_name: 'raadgiver-bench' });
  await admin.connect();
  try {
    await admin.query('VACUUM ANALYZE benchmark_period, benchmark_count');
  } finally {
    await admin.end();
  }
}

/**
 * buildBenchmark alone over the loaded aggregates (the API builds once per data version and caller, then serves its
 * memo): the public benchmark of the last year and Lejre's dashboard, 7 runs each after a warm-up, medians.
 */
async function timeBuild(appUrl: string): Promise<void> {
  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-bench-build' });
  await ds.initialize();
  try {
    const data = await inContext(ds, { tenantId: null, userId: null }, (em) => loadBenchmarkData(em));
    const lejre = data.tenants.find((t) => t.slug === TENANT_SLUG)?.id ?? null;
    const median = (ownTenantId: string | null) => {
      const build = () => buildBenchmark({ year: YEAR, tenants: data.tenants, periods: data.periods, counts: data.counts, taxonomy: data.taxonomy, ownTenantId });
      build();
      const times = Array.from({ length: 7 }, () => {
        const start = process.hrtime.bigint();
        build();
        return Number(process.hrtime.bigint() - start) / 1e6;
      }).sort((a, b) => a - b);
      return times[3];
    };
    console.log(`buildBenchmark(${YEAR}) over ${data.periods.length} periods and ${data.counts.length} count rows: ` +
      `public median ${median(null).toFixed(1)} ms, ${TENANT_SLUG}'s dashboard median ${median(lejre).toFixed(1)} ms`);
  } finally {
    await ds.destroy();
  }
}

/** Every tenant's refresh, one after another, then the snapshot, as the nightly job runs them. */
async function refreshAll(appUrl: string): Promise<number> {
  const ds = createDataSource({ url: appUrl, poolSize: 2, applicationName: 'raadgiver-bench-refresh' });
  await ds.initialize();
  try {
    const tenants = await ds.query<{ id: string }[]>('SELECT id FROM tenant ORDER BY id');
    const times: number[] = [];
    let periods = 0;
    let counts = 0;
    const started = process.hrtime.bigint();
    for (const { id } of tenants) {
      const start = process.hrtime.bigint();
      const result = await refreshTenantBenchmarkInContext(ds, id);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      periods += result.periods;
      counts += result.counts;
    }
    const publishStart = process.hrtime.bigint();
    const published = await publishBenchmarkSnapshotInContext(ds);
    const publishMs = Number(process.hrtime.bigint() - publishStart) / 1e6;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`snapshot: ${published.years} years published as ${published.version} in ${publishMs.toFixed(0)} ms`);
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`refresh: ${tenants.length} tenants, ${periods} periods, ${counts} count rows in ${seconds.toFixed(1)} s; ` +
      `per tenant median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
    return seconds;
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
