/**
 * Benchmark, not a test: the national benchmark at all 98 municipalities over 10 years (about 300,000
 * registrations). Targets: the full refresh of every tenant's aggregates in at most 60 s, and the logged-in
 * dashboard query through GraphQL at 50 concurrent clients with p95 at most 2× the p95 of the same SQL run
 * directly with `pg` in the same run. Needs wrk (apt-get install wrk) as the GraphQL load generator.
 *
 * Builds a fresh benchmark database with the demo data, makes every other municipality a tenant with generated
 * registrations (benchmark-data.ts), then:
 *  - refresh: refreshTenantBenchmarkInContext for every tenant, one after another, as the nightly
 *    refreshAllBenchmarks job does;
 *  - GraphQL: the API in production mode, Lejre's advisor sending the admin's BenchmarkDashboard query (read from
 *    the admin's generated operations; the trends are a query of their own there), 50 clients with wrk;
 *  - SQL: the statement the service sends for that request (benchmarkQueries.data in libs/db, which the service
 *    takes it from), sent with `pg` over 50 connections with Lejre's context in one round trip and the data
 *    version the API's memo holds, as the service sends it in steady state; run before and after the GraphQL run.
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
import { createDataSource, dropDatabase, inContext, loadBenchmarkData, refreshTenantBenchmarkInContext } from '@raadgiver/db';
import { buildBenchmark } from '@raadgiver/domain';
import { prepareDatabase } from '../dev/prepare-database';
import { generateBenchmarkData } from './benchmark-data';
import { captureDashboardRequest, loadWithPg } from './benchmark-load';
import { benchLogin, graphql, loadWithWrk, startBenchApi } from './graphql-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 300_000);
const FIRST_YEAR = 2015;
const YEARS = 10;
const TARGET_REFRESH_S = 60;
const TARGET_RATIO = 2;
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
    const refreshPass = refreshSeconds <= TARGET_REFRESH_S;
    await timeBuild(appUrl);

    const api = await startBenchApi(appUrl, PORT);
    try {
      const token = await benchLogin(api, `advisor@${TENANT_SLUG}.demo`);
      const first = await graphql<{ benchmarkDashboard: { benchmark: { tenants: unknown[]; figures: { values: unknown[] }[] } } }>(api, DASHBOARD, token);
      const { tenants, figures } = first.benchmarkDashboard.benchmark;
      console.log(`query: benchmarkDashboard(${YEAR}) as ${TENANT_SLUG}'s advisor: ${tenants.length} tenants shown, ${figures.length} figures, ` +
        `${figures.reduce((n, f) => n + f.values.length, 0)} values, ${(Buffer.byteLength(JSON.stringify(first)) / 1024).toFixed(0)} KiB`);

      const request = await captureDashboardRequest(appUrl, TENANT_SLUG);
      console.log(`SQL: ${request.roundTrips} round trips per request (${request.describe})`);
      const sql = await loadWithPg(appUrl, DATABASE, request, CLIENTS, SECONDS);
      const gql = loadWithWrk(api, DASHBOARD, token, CLIENTS, SECONDS, DATABASE, WRK_TIMEOUT_S);
      const sqlAfter = await loadWithPg(appUrl, DATABASE, request, CLIENTS, SECONDS);
      // The SQL runs bracket the GraphQL run; their mean stands for the SQL p95 at the time of the GraphQL run.
      const sqlP95 = (sql.p95 + sqlAfter.p95) / 2;

      console.log(`refresh of all tenants: ${refreshSeconds.toFixed(1)} s (target ≤ ${TARGET_REFRESH_S} s)`);
      console.log(`GraphQL, ${CLIENTS} clients, ${SECONDS} s: ${gql.requests} requests (${Math.round(gql.requests / SECONDS)} req/s), ${gql.errors} errors; ` +
        `p50 ${gql.p50.toFixed(1)} ms, p95 ${gql.p95.toFixed(1)} ms, p99 ${gql.p99.toFixed(1)} ms; API CPU ${gql.apiCpuMsPerRequest.toFixed(2)} ms/request`);
      for (const [when, r] of [['before', sql], ['after', sqlAfter]] as const) {
        console.log(`SQL with pg (${when}), ${CLIENTS} clients, ${SECONDS} s: ${r.requests} requests (${Math.round(r.requests / SECONDS)} req/s); ` +
          `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`);
      }
      // CPU per request, less dependent on the other jobs on the machine than latency is.
      const gqlCpu = gql.apiCpuMsPerRequest + (gql.postgresCpuMsPerRequest ?? 0);
      const sqlCpu = [sql, sqlAfter].map((r) => r.clientCpuMsPerRequest + (r.postgresCpuMsPerRequest ?? 0));
      console.log(`CPU per request: GraphQL ${gqlCpu.toFixed(1)} ms (API ${gql.apiCpuMsPerRequest.toFixed(1)} + PostgreSQL ${(gql.postgresCpuMsPerRequest ?? 0).toFixed(1)}), ` +
        `SQL ${sqlCpu.map((c) => c.toFixed(1)).join(' / ')} ms (pg client + PostgreSQL, before / after${sql.postgresCpuMsPerRequest === null ? '; PostgreSQL not local' : ''}): ` +
        `ratio ${(gqlCpu / ((sqlCpu[0] + sqlCpu[1]) / 2)).toFixed(2)}`);
      const ratio = gql.p95 / sqlP95;
      console.log(`ratio GraphQL p95 / SQL p95 (mean of the SQL runs before and after): ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})`);
      console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      const pass = refreshPass && ratio <= TARGET_RATIO && gql.errors === 0 && gql.requests > 0;
      console.log(pass ? 'PASS' : `FAIL:${refreshPass ? '' : ' refresh above target;'}${ratio <= TARGET_RATIO ? '' : ' ratio above target;'}${gql.errors ? ' errors' : ''}`);
      process.exitCode = pass ? 0 : 1;
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

/** Every tenant's refresh, one after another, as the nightly job runs them. */
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
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
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
