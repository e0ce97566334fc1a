/**
 * Benchmark, not a test: the filtered inquiry list at 100,000 inquiries in one tenant, 20 concurrent clients.
 * Target: p95 ≤ 50 ms. Needs wrk (apt-get install wrk) as the load generator.
 *
 * Builds a fresh benchmark database with the demo data, adds BENCH_INQUIRIES (100,000) generated inquiries
 * to Lejre with generate_series, inserted as the app role inside the tenant's context (RLS applies as in
 * production), starts the API as its own process (NODE_ENV=production), logs in as Lejre's advisor and keeps
 * 20 clients asking for the first page (50) of one year's complaints, with their citizen, unit,
 * categories and response times, as the admin's list screen does.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/inquiry-list.ts
 *   BENCH_SECONDS=20 BENCH_CLIENTS=20 BENCH_INQUIRIES=100000 ...
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource, DEMO_PASSWORD, inContext } from '@raadgiver/db';
import { prepareDatabase } from '../dev/prepare-database';

const ROOT = resolve(__dirname, '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const INQUIRIES = Number(process.env.BENCH_INQUIRIES ?? 100_000);
const CITIZENS = Math.max(1, Math.round(INQUIRIES / 1.5));
const TARGET_P95_MS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3792);
const DATABASE = 'raadgiver_bench_inquiries';
const TENANT_SLUG = 'lejre';

const LIST = JSON.stringify({
  query: `query List($filter: InquiryFilter, $first: Int) { inquiries(filter: $filter, first: $first) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id reference receivedOn kind status channel firstContactOn closedOn
      citizen { id displayName } orgUnit { id name } categories { id name } outcome { id name }
      responseTimes { daysToFirstContact daysToClose firstContactOverdue closeOverdue } } } } }`,
  variables: { filter: { from: '2022-01-01', to: '2022-12-31', kinds: ['COMPLAINT'] }, first: 50 },
});

/** Six years of inquiries over the tenant's units, categories and outcomes; one in three a complaint. */
async function generateInquiries(appUrl: string, adminUrl: string): Promise<void> {
  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-bench' });
  await ds.initialize();
  const started = Date.now();
  try {
    const [tenant] = await ds.query<{ id: string }[]>('SELECT id FROM tenant WHERE slug = $1', [TENANT_SLUG]);
    await inContext(ds, { tenantId: tenant.id, userId: null }, async (em) => {
      await em.query(
        `INSERT INTO citizen (tenant_id, reference, display_name)
         SELECT $1, 'BENCH-B' || n, 'Borger ' || n FROM generate_series(1, $2::int) n`,
        [tenant.id, CITIZENS],
      );
      await em.query(
        `WITH units AS (SELECT array_agg(id ORDER BY name) AS ids FROM org_unit),
              outcomes AS (SELECT array_agg(id ORDER BY name) AS ids FROM outcome WHERE active),
              citizens AS (SELECT array_agg(id ORDER BY reference) AS ids FROM citizen WHERE reference LIKE 'BENCH-B%'),
              rows AS (
                SELECT n, DATE '2019-01-01' + (n * 7919 % 2190) AS received,
                       (ARRAY['complaint','complaint','guidance','wayfinding','information','complaint','other'])[1 + n % 7] AS kind
                  FROM generate_series(1, $2::int) n)
         INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id,
                              first_contact_on, closed_on, status, summary)
         SELECT $1, 'BENCH-' || lpad(r.n::text, 6, '0'), r.received,
                (ARRAY['phone','email','letter','meeting','digital_post','other'])[1 + r.n % 6],
                c.ids[1 + r.n % cardinality(c.ids)], r.kind,
                CASE WHEN r.n % 20 = 0 THEN NULL ELSE u.ids[1 + r.n % cardinality(u.ids)] END,
                CASE WHEN r.n % 5 = 0 THEN NULL ELSE o.ids[1 + r.n % cardinality(o.ids)] END,
                CASE WHEN r.n % 9 = 0 THEN NULL ELSE r.received + (r.n % 15) END,
                CASE WHEN r.n % 11 = 0 THEN NULL ELSE r.received + 5 + (r.n % 60) END,
                CASE WHEN r.n % 11 = 0 THEN 'open' ELSE 'closed' END,
                'Henvendelse ' || r.n || ' om sagsbehandlingstid, partshøring og vejledning i forbindelse med en afgørelse.'
           FROM rows r, units u, outcomes o, citizens c`,
        [tenant.id, INQUIRIES],
      );
      await em.query(
        `WITH categories AS (SELECT array_agg(id ORDER BY name) AS ids FROM category WHERE active)
         INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id)
         SELECT DISTINCT $1::uuid, i.id, c.ids[1 + k.k % cardinality(c.ids)]
           FROM inquiry i CROSS JOIN categories c
           CROSS JOIN LATERAL (SELECT substr(i.reference, 7)::int + g AS k FROM generate_series(0, substr(i.reference, 7)::int % 2) g) k
          WHERE i.reference LIKE 'BENCH-%' AND i.kind = 'complaint'`,
        [tenant.id],
      );
    });
  } finally {
    await ds.destroy();
  }
  // Fresh statistics, as autovacuum would gather them in production; ANALYZE needs the owner or a superuser.
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query('VACUUM ANALYZE citizen, inquiry, inquiry_category');
    const [{ count }] = (await admin.query(`SELECT count(*)::int AS count FROM inquiry WHERE tenant_id = (SELECT id FROM tenant WHERE slug = $1)`, [TENANT_SLUG])).rows;
    console.log(`generated ${INQUIRIES} inquiries and ${CITIZENS} citizens in ${((Date.now() - started) / 1000).toFixed(1)} s; ${TENANT_SLUG} now has ${count} inquiries`);
  } finally {
    await admin.end();
  }
}

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
  const { appUrl } = await prepareDatabase(adminUrl, DATABASE, true);
  await generateInquiries(appUrl, adminUrl);
  const api: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
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
      body: JSON.stringify({ query: 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email: `advisor@${TENANT_SLUG}.demo`, password: DEMO_PASSWORD } } }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const probe = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: LIST });
    const page = (await probe.json()) as { data?: { inquiries: { totalCount: number; edges: unknown[] } }; errors?: unknown };
    if (!page.data) throw new Error(`The list query failed: ${JSON.stringify(page.errors)}`);
    console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
    console.log(`query: complaints received in 2022, first 50 of ${page.data.inquiries.totalCount}, with citizen, unit, categories, outcome, response times`);
    const script = join(mkdtempSync(join(tmpdir(), 'raadgiver-wrk-')), 'list.lua');
    writeFileSync(
      script,
      `wrk.method = "POST"
wrk.body = ${JSON.stringify(LIST)}
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = "Bearer ${token}"
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"') then error("list failed: " .. status .. " " .. body) end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`,
    );
    const wrk = (seconds: number) =>
      execFileSync('wrk', ['-t2', `-c${CLIENTS}`, `-d${seconds}s`, '-s', script, `http://127.0.0.1:${PORT}/graphql`], { encoding: 'utf8' });
    wrk(3); // warm-up: JIT, pool connections, Postgres caches
    const output = wrk(SECONDS);
    const result = /RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
    if (!result) throw new Error(`wrk gave no result:\n${output}`);
    const [, requests, errors, p50, p95, p99, max] = result;
    console.log(`inquiry list, ${CLIENTS} concurrent clients, ${SECONDS} s: ${requests} requests (${Math.round(Number(requests) / SECONDS)} req/s), ${errors} errors`);
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
