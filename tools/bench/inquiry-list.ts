/**
 * Benchmark, not a test: the filtered inquiry list at 100,000 inquiries in one tenant, 20 concurrent clients.
 * Target: p95 ≤ 50 ms. Needs wrk (apt-get install wrk) as the load generator.
 *
 * Builds a fresh benchmark database with the demo data, adds BENCH_INQUIRIES (100,000) generated inquiries
 * to Lejre with generate_series, inserted as the app role inside the tenant's context (RLS applies as in
 * production), starts the API as its own process (NODE_ENV=production), logs in as Lejre's advisor and keeps
 * 20 clients asking for the first page (50), with their citizen, unit, categories and response times, as the
 * admin's list screen does: of one year's complaints and of a centre with its sub-units, each held to the target,
 * then of a case-number search, measured and shown.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/inquiry-list.ts
 *   BENCH_SECONDS=20 BENCH_CLIENTS=20 BENCH_INQUIRIES=100000 ...
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { prepareDatabase } from '../dev/prepare-database';
import { benchLogin, graphql, loadWithWrk, report, startBenchApi } from './graphql-load';
import { generateInquiries } from './report-data';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const INQUIRIES = Number(process.env.BENCH_INQUIRIES ?? 100_000);
const TARGET_P95_MS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3792);
const DATABASE = 'raadgiver_bench_inquiries';
const TENANT_SLUG = 'lejre';

const list = (filter: Record<string, unknown>) =>
  JSON.stringify({
    query: `query List($filter: InquiryFilter, $first: Int) { inquiries(filter: $filter, first: $first) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id reference receivedOn kind status channel firstContactOn closedOn
      citizen { id displayName } orgUnit { id name } categories { id name } outcome { id name }
      responseTimes { daysToFirstContact daysToClose firstContactOverdue closeOverdue } } } } }`,
    variables: { filter, first: 50 },
  });

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, DATABASE, true);
  const started = Date.now();
  // Six years (2019–2024) over the whole period, one in three a complaint.
  const citizens = await generateInquiries(appUrl, adminUrl, DATABASE, TENANT_SLUG, [{ from: '2019-01-01', to: '2024-12-29', count: INQUIRIES }]);
  console.log(`generated ${INQUIRIES} inquiries and ${citizens} citizens for ${TENANT_SLUG} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const api = await startBenchApi(appUrl, PORT);
  try {
    const token = await benchLogin(api, `advisor@${TENANT_SLUG}.demo`);
    // The target's case first, then the other filters an advisor uses most: a case-number search and a
    // centre with its sub-units and predecessors. Each must meet the same target.
    const centre = await graphql<{ orgUnits: { id: string; name: string; parentId: string | null }[] }>(
      api,
      JSON.stringify({ query: '{ orgUnits { id name parentId } }' }),
      token,
    );
    const withChildren = centre.orgUnits.find((unit) => centre.orgUnits.some((child) => child.parentId === unit.id))!;
    const scenarios = [
      { what: 'complaints received in 2022', filter: { from: '2022-01-01', to: '2022-12-31', kinds: ['COMPLAINT'] }, held: true },
      { what: `unit ${withChildren.name} with its sub-units`, filter: { orgUnitId: withChildren.id }, held: true },
      // Every generated reference starts BENCH-00, so this search reads the trigram index's longest posting
      // lists (about 2 ms in PostgreSQL): measured and shown, not held to the list's target.
      { what: 'search for a case-number fragment (BENCH-00123)', filter: { search: 'BENCH-00123' }, held: false },
    ];
    for (const { what, filter, held } of scenarios) {
      const body = list(filter);
      const page = await graphql<{ inquiries: { totalCount: number } }>(api, body, token);
      console.log(`\nquery: ${what}, first 50 of ${page.inquiries.totalCount}, with citizen, unit, categories, outcome, response times`);
      const result = loadWithWrk(api, body, token, CLIENTS, SECONDS, DATABASE);
      if (held) report('inquiry list', result, CLIENTS, SECONDS, TARGET_P95_MS);
      else report('inquiry list', result, CLIENTS, SECONDS, null);
    }
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
