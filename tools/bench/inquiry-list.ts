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
import { Client } from 'pg';
import { createDataSource, inContext } from '@raadgiver/db';
import { prepareDatabase } from '../dev/prepare-database';
import { benchLogin, graphql, loadWithWrk, report, startBenchApi } from './graphql-load';

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
    // The bulk load's dirty pages are written now, not by a checkpoint in the middle of the measurement.
    await admin.query('CHECKPOINT');
    const [{ count }] = (await admin.query(`SELECT count(*)::int AS count FROM inquiry WHERE tenant_id = (SELECT id FROM tenant WHERE slug = $1)`, [TENANT_SLUG])).rows;
    console.log(`generated ${INQUIRIES} inquiries and ${CITIZENS} citizens in ${((Date.now() - started) / 1000).toFixed(1)} s; ${TENANT_SLUG} now has ${count} inquiries`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, DATABASE, true);
  await generateInquiries(appUrl, adminUrl);
  const api = await startBenchApi(appUrl, PORT);
  try {
    const token = await benchLogin(api, `advisor@${TENANT_SLUG}.demo`);
    const page = await graphql<{ inquiries: { totalCount: number } }>(api, LIST, token);
    console.log(`query: complaints received in 2022, first 50 of ${page.inquiries.totalCount}, with citizen, unit, categories, outcome, response times`);
    report('inquiry list', loadWithWrk(api, LIST, token, CLIENTS, SECONDS, DATABASE), CLIENTS, SECONDS, TARGET_P95_MS);
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
