/**
 * Benchmark, not a test: latency of an authenticated GraphQL `me` query with 20 concurrent clients.
 * Target: p95 ≤ 20 ms. Starts the API (NODE_ENV=production) on a fresh benchmark database with
 * the demo data, logs in once, then keeps 20 clients busy with wrk (apt-get install wrk).
 *
 *   npx nx run tools:bench-me          BENCH_SECONDS=20 BENCH_CLIENTS=20 BENCH_PROFILE=1 ...
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { prepareDatabase } from '../dev/prepare-database';
import { benchLogin, loadWithWrk, report, startBenchApi } from './graphql-load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3791);
const TARGET_P95_MS = 20;
const ME = JSON.stringify({ query: '{ me { user { id email displayName } activeTenant { id name } roles tenants { tenant { id name } roles } } }' });

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, 'raadgiver_bench', true);
  const api = await startBenchApi(appUrl, PORT);
  try {
    const token = await benchLogin(api, 'multi@raadgiver.demo');
    report('me query', loadWithWrk(api, ME, token, CLIENTS, SECONDS), CLIENTS, SECONDS, TARGET_P95_MS);
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
