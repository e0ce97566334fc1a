/**
 * The SQL side of the benchmark-dashboard comparison: the statement the API sends for one dashboard request, from
 * the same library function the service takes it from, sent with `pg` over many connections with the same round
 * trips as the API. The GraphQL side is graphql-load.ts's wrk run, with a longer request timeout.
 */
import { Client, QueryResult } from 'pg';
import { BenchmarkDataRow, benchmarkQueries, uuidLiteral } from '@raadgiver/db';
import { postgresBackendsCpuMs } from './graphql-load';

export interface CapturedRequest {
  roundTrips: number;
  describe: string;
  send(client: Client): Promise<void>;
}

/**
 * CPU the local PostgreSQL backends of `database` use while `work` runs, in ms (backends open from before to after).
 * On a shared machine CPU per request says more than latency: a single-threaded API gets a smaller share of busy
 * cores than 50 backends do.
 */
async function postgresCpuDuring<T>(database: string, work: () => Promise<T> | T): Promise<{ result: T; postgresMs: number }> {
  const before = postgresBackendsCpuMs(database);
  const result = await work();
  let postgresMs = 0;
  for (const [pid, ms] of postgresBackendsCpuMs(database)) postgresMs += ms - (before.get(pid) ?? 0);
  return { result, postgresMs };
}

export interface SqlLoadResult {
  requests: number;
  errors: number;
  /** This process's CPU per request during the measured run: the pg client's side of the work. */
  clientCpuMsPerRequest: number;
  /** The CPU of the run's PostgreSQL backends per request, when they run on this machine. */
  postgresCpuMsPerRequest: number | null;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * The dashboard request of `tenantSlug`'s advisor as the service sends it: the context settings and the benchmark
 * statement in one round trip (the API's RequestContext.statement: prepared, over the extended protocol; here the
 * same two statements, sent together over the simple protocol in one round trip, with the ids and the version
 * the API's memo holds as literals).
 */
export async function captureDashboardRequest(appUrl: string, tenantSlug: string): Promise<CapturedRequest> {
  const client = new Client({ connectionString: appUrl, application_name: 'raadgiver-bench-sql' });
  await client.connect();
  try {
    const [{ tenant_id: tenantId, user_id: userId }] = (
      await client.query<{ tenant_id: string; user_id: string }>(
        `SELECT t.id AS tenant_id, (SELECT id FROM auth_user_by_email($2)) AS user_id FROM tenant t WHERE t.slug = $1`,
        [tenantSlug, `advisor@${tenantSlug}.demo`],
      )
    ).rows;
    // In steady state the API sends the version its memo holds, and gets the version back without the text.
    const { sql: statement } = benchmarkQueries.data('', false).compile();
    const [{ version }] = (await client.query<BenchmarkDataRow>(statement, [''])).rows;
    const text = [
      `SELECT set_config('app.tenant_id', ${uuidLiteral(tenantId)}, true), set_config('app.user_id', ${uuidLiteral(userId)}, true), set_config('app.operator', '', true)`,
      statement.replace('$1::text', `${client.escapeLiteral(version)}::text`),
    ].join(';\n');
    return {
      roundTrips: 1,
      describe: "the context settings and benchmarkQueries.data with the API memo's version sent together",
      async send(c: Client) {
        const results = (await c.query(text)) as unknown as QueryResult<BenchmarkDataRow>[];
        if (results[1].rows.length !== 1 || results[1].rows[0].version !== version) throw new Error('The benchmark statement gave no row of the version');
      },
    };
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `clients` connections each sending the request in a loop for `seconds` after a 3 s warm-up. */
export async function loadWithPg(appUrl: string, database: string, request: CapturedRequest, clients: number, seconds: number): Promise<SqlLoadResult> {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new Client({ connectionString: appUrl, application_name: 'raadgiver-bench-sql' });
      await c.connect();
      return c;
    }),
  );
  try {
    const drive = async (ms: number, latencies: number[]) => {
      const until = Date.now() + ms;
      await Promise.all(
        connections.map(async (c) => {
          while (Date.now() < until) {
            const start = process.hrtime.bigint();
            await request.send(c);
            latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
          }
        }),
      );
    };
    // Like wrk, a request counts when it ends within the run; a failing request fails the run (send throws).
    await drive(3000, []);
    const latencies: number[] = [];
    const cpuBefore = process.cpuUsage();
    const { postgresMs } = await postgresCpuDuring(database, () => drive(seconds * 1000, latencies));
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    const perRequest = (ms: number) => ms / latencies.length;
    return {
      requests: latencies.length,
      errors: 0,
      clientCpuMsPerRequest: perRequest((cpu.user + cpu.system) / 1000),
      postgresCpuMsPerRequest: postgresMs > 0 ? perRequest(postgresMs) : null,
      p50: percentile(latencies, 50), p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
    };
  } finally {
    await Promise.all(connections.map((c) => c.end()));
  }
}
