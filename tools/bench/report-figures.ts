/**
 * Benchmark, not a test: a report's figures at 100,000 registrations in one tenant, against the same
 * figures as plain SQL GROUP BY queries. Target: the engine path in at most 3× the SQL time.
 *
 * Builds a fresh benchmark database with the demo data and adds BENCH_REGISTRATIONS (100,000) generated
 * inquiries in Lejre in 2024 and BENCH_COMPARISON (100,000) in 2023 (report-data.ts). Then, BENCH_RUNS
 * (7) times each after one warm-up, median reported:
 *  - engine: loadReportInput + computeReportFigures for 2024 against 2023 in the tenant's context (inContext),
 *    with the load and compute times apart;
 *  - SQL: the equivalent aggregates run directly with `pg` as the app role, with set_config of the tenant
 *    (distinct citizens, registrations, main/follow-up, per kind, category, outcome and unit, response-time
 *    median and 90th percentile with percentile_cont/percentile_disc), for both periods.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/report-figures.ts
 *
 * Postgres: BENCH_DATABASE_ADMIN_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { Client } from 'pg';
import { createDataSource, inContext, loadReportInput } from '@raadgiver/db';
import { computeReportFigures, FoldedCounts, ReportFigures, ReportPeriod } from '@raadgiver/domain';
import { cpus, totalmem } from 'node:os';
import { prepareDatabase } from '../dev/prepare-database';
import { generateReportYears } from './report-data';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 100_000);
const COMPARISON = Number(process.env.BENCH_COMPARISON ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const YEAR = 2024;
const TARGET_RATIO = 3;
const DATABASE = 'raadgiver_bench_report_figures';
const TENANT_SLUG = 'lejre';

const PERIOD: ReportPeriod = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
const COMPARISON_PERIOD: ReportPeriod = { from: `${YEAR - 1}-01-01`, to: `${YEAR - 1}-12-31` };

/** $1, $2: the period. Each query is run for the period and for the comparison. */
const IN_PERIOD = `i.tenant_id = app_tenant_id() AND i.received_on BETWEEN $1::date AND $2::date`;
const SQL_QUERIES: Record<string, string> = {
  totals: `SELECT count(DISTINCT i.citizen_id) AS citizens, count(*) AS registrations,
                  count(*) FILTER (WHERE i.main_inquiry_id IS NULL) AS main_cases,
                  count(*) FILTER (WHERE i.main_inquiry_id IS NOT NULL) AS follow_ups,
                  count(*) FILTER (WHERE i.kind = 'complaint' AND i.main_inquiry_id IS NULL) AS complaint_main_cases,
                  count(*) FILTER (WHERE i.kind = 'complaint' AND i.main_inquiry_id IS NOT NULL) AS complaint_follow_ups
             FROM inquiry i WHERE ${IN_PERIOD}`,
  kinds: `SELECT i.kind, count(*) FROM inquiry i WHERE ${IN_PERIOD} GROUP BY i.kind`,
  categories: `SELECT ic.category_id, count(*) FROM inquiry i
                 JOIN inquiry_category ic ON ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id
                WHERE ${IN_PERIOD} AND i.kind = 'complaint' GROUP BY ic.category_id`,
  outcomes: `SELECT i.outcome_id, count(*) FROM inquiry i WHERE ${IN_PERIOD} AND i.kind = 'complaint' GROUP BY i.outcome_id`,
  units: `SELECT i.org_unit_id, count(*) FROM inquiry i WHERE ${IN_PERIOD} GROUP BY i.org_unit_id`,
  responseTimes: `SELECT count(i.first_contact_on) AS first_measured,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY i.first_contact_on - i.received_on) AS first_median,
                         percentile_disc(0.9) WITHIN GROUP (ORDER BY i.first_contact_on - i.received_on) AS first_p90,
                         count(*) FILTER (WHERE i.first_contact_on - i.received_on <= 10) AS first_within,
                         count(i.closed_on) AS close_measured,
                         percentile_cont(0.5) WITHIN GROUP (ORDER BY i.closed_on - i.received_on) AS close_median,
                         percentile_disc(0.9) WITHIN GROUP (ORDER BY i.closed_on - i.received_on) AS close_p90,
                         count(*) FILTER (WHERE i.closed_on - i.received_on <= 30) AS close_within
                    FROM inquiry i WHERE ${IN_PERIOD}`,
};

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

type CountRow = Record<string, string | null> & { count: string };

/** The per-kind, per-category and per-outcome counts and the registrations without a unit, SQL against engine, for the period. */
function sameCounts(sql: Record<string, unknown[]>, f: ReportFigures): boolean {
  const sqlCounts = (name: string, key: string) =>
    new Map((sql[name] as CountRow[]).filter((row) => row[key] !== null).map((row) => [row[key] as string, Number(row.count)]));
  // Rows as shown, and the folded ones adding up to "other".
  const sameFolded = (counts: Map<string, number>, folded: FoldedCounts) =>
    folded.rows.every((row) => counts.get(row.id) === row.count.current) &&
    [...counts].filter(([id]) => !folded.rows.some((row) => row.id === id)).reduce((sum, [, n]) => sum + n, 0) === folded.other.count.current;
  const kinds = sqlCounts('kinds', 'kind');
  const withoutUnit = (sql.units as CountRow[]).find((row) => row.org_unit_id === null);
  return (
    f.kinds.every((k) => (kinds.get(k.kind) ?? 0) === k.count.current) &&
    sameFolded(sqlCounts('categories', 'category_id'), f.complaintCategories) &&
    sameFolded(sqlCounts('outcomes', 'outcome_id'), f.complaintOutcomes) &&
    Number(withoutUnit?.count ?? 0) === f.orgUnits.withoutUnit.count.current
  );
}

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, DATABASE, true);
  await generateReportYears(appUrl, adminUrl, DATABASE, { tenantSlug: TENANT_SLUG, year: YEAR, count: REGISTRATIONS, comparisonCount: COMPARISON });
  console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);

  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-bench' });
  await ds.initialize();
  const client = new Client({ connectionString: appUrl, application_name: 'raadgiver-bench-sql' });
  await client.connect();
  try {
    const [tenant] = await ds.query<{ id: string }[]>('SELECT id FROM tenant WHERE slug = $1', [TENANT_SLUG]);
    const ctx = { tenantId: tenant.id, userId: null };

    const engine = async () => {
      const start = process.hrtime.bigint();
      const input = await inContext(ds, ctx, (em) => loadReportInput(em, PERIOD, COMPARISON_PERIOD));
      const loaded = ms(start);
      const figures = computeReportFigures(input);
      return { total: ms(start), load: loaded, compute: ms(start) - loaded, rows: input.registrations.length, figures };
    };
    const sql = async () => {
      const start = process.hrtime.bigint();
      await client.query('BEGIN');
      try {
        await client.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', '', true)`, [tenant.id]);
        const results: Record<string, unknown[]>[] = [];
        for (const period of [PERIOD, COMPARISON_PERIOD]) {
          const result: Record<string, unknown[]> = {};
          for (const [name, text] of Object.entries(SQL_QUERIES)) result[name] = (await client.query(text, [period.from, period.to])).rows;
          results.push(result);
        }
        await client.query('COMMIT');
        return { total: ms(start), results };
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    };

    // Warm-up, and a check that both paths count the same.
    const first = await engine();
    const check = await sql();
    const [totals] = check.results[0].totals as { citizens: string; registrations: string; main_cases: string; follow_ups: string }[];
    const [times] = check.results[0].responseTimes as { first_median: number; first_p90: number; close_median: number; close_p90: number }[];
    const f = first.figures;
    const same =
      Number(totals.registrations) === f.registrations.current &&
      Number(totals.citizens) === f.citizens.current &&
      Number(totals.main_cases) === f.mainCases.current &&
      Number(totals.follow_ups) === f.followUps.current &&
      times.first_median === f.firstContact.current.median &&
      times.first_p90 === f.firstContact.current.p90 &&
      times.close_median === f.close.current.median &&
      times.close_p90 === f.close.current.p90 &&
      sameCounts(check.results[0], f);
    console.log(
      `${YEAR}: ${f.registrations.current} registrations, ${f.citizens.current} citizens, ${f.followUps.current} follow-ups; ` +
        `${YEAR - 1}: ${f.registrations.comparison}; ${first.rows} rows loaded; SQL and engine agree (totals, kinds, categories, ` +
        `outcomes, without unit, response times): ${same ? 'yes' : 'NO'}`,
    );

    const engineRuns: Awaited<ReturnType<typeof engine>>[] = [];
    const sqlRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate, so both see the same machine load.
      engineRuns.push(await engine());
      sqlRuns.push((await sql()).total);
    }
    const engineMs = median(engineRuns.map((r) => r.total));
    const sqlMs = median(sqlRuns);
    const ratio = engineMs / sqlMs;
    console.log(`engine (loadReportInput + computeReportFigures): median ${engineMs.toFixed(0)} ms of ${RUNS} runs ` +
      `(load ${median(engineRuns.map((r) => r.load)).toFixed(0)} ms, compute ${median(engineRuns.map((r) => r.compute)).toFixed(0)} ms); ` +
      `runs ${engineRuns.map((r) => r.total.toFixed(0)).join(', ')}`);
    console.log(`SQL GROUP BY with pg (${Object.keys(SQL_QUERIES).length} queries × 2 periods): median ${sqlMs.toFixed(0)} ms; runs ${sqlRuns.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`ratio engine / SQL: ${ratio.toFixed(2)}`);
    const pass = same && ratio <= TARGET_RATIO;
    console.log(pass ? `PASS: ratio ≤ ${TARGET_RATIO}` : `FAIL: target ratio ≤ ${TARGET_RATIO}${same ? '' : ', and the figures must agree'}`);
    process.exitCode = pass ? 0 : 1;
  } finally {
    await client.end();
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
