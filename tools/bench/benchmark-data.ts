/**
 * Generated data for the national benchmark: every municipality in the municipality table as a tenant, each
 * new one with a department tree (mapped to national department areas), categories and outcomes mapped to the
 * national codes, population for every year, opt-in and peer group, decided cases per department for about half
 * of them, and registrations over `years` calendar years sized by population (about `registrations` in all), with
 * plausible kind, category and outcome mixes and first-contact and closing dates.
 *
 * Set-based: each table is filled by one INSERT over all tenants (generate_series), which needs the superuser,
 * as row-level security lets the app role write one tenant at a time; 98 × 10 per-tenant-year inserts through
 * report-data.ts's generator would add nothing the benchmark measures. The demo tenants keep their demo data.
 * Then VACUUM ANALYZE, as autovacuum would in production.
 */
import { Client } from 'pg';

export interface GeneratedBenchmark {
  firstYear: number;
  years: number;
  registrations: number;
}

export interface GeneratedBenchmarkSummary {
  tenants: number;
  generatedTenants: number;
  generatedRegistrations: number;
  registrations: number;
  seconds: number;
}

/** A stable pseudo-random number in [0, 1) from an integer expression and a salt. */
const unit = (expr: string, salt: number) => `(((${expr})::bigint * 2654435761 + ${salt * 40503}) % 1000003)::float8 / 1000003`;

const STEPS: string[] = [
  // Session settings: the peer-group trigger lets only the operator set a group.
  `SELECT set_config('app.operator', 'on', false)`,
  `CREATE TEMP TABLE bench_new_tenant (kommunekode char(3) PRIMARY KEY)`,
  `INSERT INTO bench_new_tenant SELECT m.code FROM municipality m WHERE NOT EXISTS (SELECT 1 FROM tenant t WHERE t.kommunekode = m.code)`,
  `INSERT INTO tenant (name, kommunekode, slug, locale)
   SELECT m.name, m.code,
          trim(both '-' FROM regexp_replace(lower(translate(m.name, 'æøåÆØÅéü', 'aoaaoaeu')), '[^a-z0-9]+', '-', 'g')) || '-' || m.code, 'da'
     FROM municipality m JOIN bench_new_tenant n ON n.kommunekode = m.code`,
  // Inhabitants in the first year: the large cities as they are, the rest spread between 2,000 and 95,000.
  `CREATE TEMP TABLE bench_tenant AS
   SELECT t.id, t.kommunekode, n.kommunekode IS NOT NULL AS generated,
          CASE t.kommunekode WHEN '101' THEN 640000 WHEN '751' THEN 350000 WHEN '851' THEN 217000 WHEN '461' THEN 204000
               WHEN '147' THEN 104000 WHEN '825' THEN 1800 WHEN '563' THEN 3400 WHEN '741' THEN 3700 WHEN '492' THEN 6000
               ELSE 20000 + (abs(hashtext(t.kommunekode)) % 75000) END AS inhabitants,
          -- registrations per 1,000 inhabitants a year: 3 to 8, the municipality's own level
          3 + (abs(hashtext('rate' || t.kommunekode)) % 50) / 10.0 AS rate
     FROM tenant t LEFT JOIN bench_new_tenant n ON n.kommunekode = t.kommunekode`,
  `UPDATE tenant t SET benchmark_opt_in = abs(hashtext('opt' || t.kommunekode)) % 4 <> 0,
          benchmark_peer_group = CASE WHEN b.kommunekode IN ('101', '147') THEN 'hovedstad' WHEN b.inhabitants >= 150000 THEN 'storby'
                                      WHEN b.inhabitants >= 60000 THEN 'provinsby' WHEN b.inhabitants >= 35000 THEN 'opland' ELSE 'land' END
     FROM bench_tenant b WHERE b.id = t.id AND b.generated`,
  `INSERT INTO tenant_population (tenant_id, year, inhabitants)
   SELECT b.id, y, round(b.inhabitants * power(1.004, y - $1::int))::int
     FROM bench_tenant b, generate_series($1::int, $1::int + $2::int - 1) y
   ON CONFLICT (tenant_id, year) DO NOTHING`,
  // A department tree: the administration, and one department per national area (the last one left unmapped).
  `INSERT INTO org_unit (tenant_id, id, parent_id, name, kind, valid_from, sort_order, national_area)
   SELECT b.id, gen_random_uuid(), NULL, 'Kommunaldirektørens område', 'administration', make_date($1::int, 1, 1), 0, NULL
     FROM bench_tenant b WHERE b.generated`,
  `INSERT INTO org_unit (tenant_id, id, parent_id, name, kind, valid_from, sort_order, national_area)
   SELECT b.id, gen_random_uuid(), root.id, d.name, 'department', make_date($1::int, 1, 1), d.ord, d.area
     FROM bench_tenant b JOIN org_unit root ON root.tenant_id = b.id AND root.parent_id IS NULL
     CROSS JOIN (VALUES (1, 'Jobcenter', 'employment'), (2, 'Voksenhandicap og psykiatri', 'social_adults'),
                        (3, 'Børn og familie', 'children_families'), (4, 'Ældre og sundhed', 'elderly_health'),
                        (5, 'Teknik og miljø', 'technical_environment'), (6, 'Borgerservice', 'citizen_service'),
                        (7, 'Skole og dagtilbud', 'schools_daycare'), (8, 'Byrådssekretariatet', NULL)) d(ord, name, area)
    WHERE b.generated`,
  // Catalogues: one category and one outcome per national code, named as nationally; plus one local category
  // mapped to an unknown code, which counts as "other".
  `INSERT INTO category (tenant_id, name, national_code, sort_order)
   SELECT b.id, e.name_da, e.code, e.sort_order FROM bench_tenant b
     JOIN national_taxonomy_entry e ON e.kind = 'category' AND e.version = (SELECT max(version) FROM national_taxonomy_version)
    WHERE b.generated
   UNION ALL
   SELECT b.id, 'Lokal kategori', 'local_only', 999 FROM bench_tenant b WHERE b.generated`,
  `INSERT INTO outcome (tenant_id, name, national_code, sort_order)
   SELECT b.id, e.name_da, e.code, e.sort_order FROM bench_tenant b
     JOIN national_taxonomy_entry e ON e.kind = 'outcome' AND e.version = (SELECT max(version) FROM national_taxonomy_version)
    WHERE b.generated`,
  // Registrations per tenant and year, scaled so that they add up to about the wanted number, with where each
  // tenant-year's numbers start.
  `CREATE TEMP TABLE bench_plan AS
   WITH raw AS (
     SELECT b.id AS tenant_id, y AS year, b.inhabitants * power(1.004, y - $1::int) * b.rate / 1000
            * (0.85 + 0.3 * ${unit("abs(hashtext(b.kommunekode || y))", 1)}) AS wanted
       FROM bench_tenant b, generate_series($1::int, $1::int + $2::int - 1) y WHERE b.generated
   ), scaled AS (
     SELECT tenant_id, year, greatest(1, round(wanted * $3::int / sum(wanted) OVER ()))::int AS n FROM raw
   )
   SELECT tenant_id, year, n, (sum(n) OVER (ORDER BY tenant_id, year) - n)::int AS first FROM scaled`,
  `INSERT INTO citizen (tenant_id, reference, display_name)
   SELECT p.tenant_id, 'BENCH-B' || c, 'Borger ' || c
     FROM (SELECT tenant_id, sum(n) AS n FROM bench_plan GROUP BY tenant_id) p, generate_series(1, ceil(p.n / 1.3)::int) c`,
  `CREATE TEMP TABLE bench_catalog AS
   SELECT b.id AS tenant_id,
          (SELECT array_agg(id ORDER BY sort_order) FROM org_unit u WHERE u.tenant_id = b.id AND u.parent_id IS NOT NULL) AS units,
          (SELECT array_agg(id ORDER BY sort_order) FROM outcome o WHERE o.tenant_id = b.id) AS outcomes,
          (SELECT array_agg(id ORDER BY sort_order) FROM category c WHERE c.tenant_id = b.id) AS categories,
          (SELECT array_agg(id) FROM citizen c WHERE c.tenant_id = b.id AND c.reference LIKE 'BENCH-B%') AS citizens
     FROM bench_tenant b WHERE b.generated`,
  // Kinds: 45 % complaints, 25 % guidance, 15 % wayfinding, 10 % information, 5 % other. First contact within
  // 0–14 days for 92 %; closed 2–90 days after receipt, except a share of the last year's, which is still open.
  // Outcomes and units skewed towards the first of the list, as real catalogues are.
  `CREATE TEMP TABLE bench_row AS
   SELECT p.tenant_id, p.first + g AS n, make_date(p.year, 1, 1) + floor(${unit('p.first + g', 2)} * 365)::int AS received,
          ${unit('p.first + g', 3)} AS u_kind, ${unit('p.first + g', 4)} AS u_outcome, ${unit('p.first + g', 5)} AS u_unit,
          ${unit('p.first + g', 6)} AS u_time, p.year
     FROM bench_plan p, generate_series(0, p.n - 1) g`,
  `INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id,
                        first_contact_on, closed_on, status)
   SELECT r.tenant_id, 'BENCH-' || lpad(r.n::text, 7, '0'), r.received,
          (ARRAY['phone','email','letter','meeting','digital_post','other'])[1 + r.n % 6],
          c.citizens[1 + (r.n::bigint * 7919 % cardinality(c.citizens))::int],
          CASE WHEN r.u_kind < 0.45 THEN 'complaint' WHEN r.u_kind < 0.70 THEN 'guidance' WHEN r.u_kind < 0.85 THEN 'wayfinding'
               WHEN r.u_kind < 0.95 THEN 'information' ELSE 'other' END,
          CASE WHEN r.u_unit < 0.04 THEN NULL ELSE c.units[1 + floor(power(r.u_unit, 1.6) * cardinality(c.units))::int] END,
          CASE WHEN r.u_kind < 0.45 AND r.u_outcome < 0.9 THEN c.outcomes[1 + floor(power(r.u_outcome / 0.9, 1.5) * cardinality(c.outcomes))::int] END,
          CASE WHEN r.u_time < 0.92 THEN r.received + floor(r.u_time * 15)::int END,
          CASE WHEN r.year = $1::int + $2::int - 1 AND r.u_time > 0.8 THEN NULL ELSE r.received + 2 + floor(power(r.u_time, 2) * 88)::int END,
          CASE WHEN r.year = $1::int + $2::int - 1 AND r.u_time > 0.8 THEN 'open' ELSE 'closed' END
     FROM bench_row r JOIN bench_catalog c USING (tenant_id)`,
  // One or two categories per complaint, the first skewed towards the common ones.
  `INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id)
   SELECT DISTINCT i.tenant_id, i.id, c.categories[1 + (floor(power(${unit('substr(i.reference, 7)::int', 7)}, 1.4) * cardinality(c.categories))::int + k) % cardinality(c.categories)]
     FROM inquiry i JOIN bench_catalog c USING (tenant_id)
     CROSS JOIN LATERAL generate_series(0, substr(i.reference, 7)::int % 3 / 2 * 3, 3) k
    WHERE i.kind = 'complaint' AND i.reference LIKE 'BENCH-%'`,
  // Decided cases per department and year for about half of the generated tenants.
  `INSERT INTO decided_case_volume (tenant_id, org_unit_id, year, decided_cases, updated_by)
   SELECT u.tenant_id, u.id, y, round(b.inhabitants * (0.02 + 0.08 * ${unit('abs(hashtext(u.id::text || y))', 8)}))::int,
          (SELECT id FROM app_user WHERE is_operator ORDER BY email LIMIT 1)
     FROM bench_tenant b JOIN org_unit u ON u.tenant_id = b.id AND u.national_area IS NOT NULL,
          generate_series($1::int, $1::int + $2::int - 1) y
    WHERE b.generated AND abs(hashtext('decided' || b.kommunekode)) % 2 = 0`,
];

export async function generateBenchmarkData(adminUrl: string, database: string, spec: GeneratedBenchmark): Promise<GeneratedBenchmarkSummary> {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new Client({ connectionString: url.toString(), application_name: 'raadgiver-bench' });
  await admin.connect();
  const started = Date.now();
  try {
    await admin.query('BEGIN');
    for (const step of STEPS) {
      const params = [spec.firstYear, spec.years, spec.registrations].slice(0, Math.max(0, ...[...step.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))));
      await admin.query(step, params);
    }
    await admin.query('COMMIT');
    await admin.query('VACUUM ANALYZE tenant, tenant_population, org_unit, category, outcome, citizen, inquiry, inquiry_category, decided_case_volume');
    const [counts] = (
      await admin.query<{ tenants: number; generated: number; generated_registrations: number; registrations: number }>(
        `SELECT (SELECT count(*)::int FROM tenant) AS tenants,
                (SELECT count(DISTINCT tenant_id)::int FROM inquiry WHERE reference LIKE 'BENCH-%') AS generated,
                (SELECT count(*)::int FROM inquiry WHERE reference LIKE 'BENCH-%') AS generated_registrations,
                (SELECT count(*)::int FROM inquiry) AS registrations`,
      )
    ).rows;
    return { tenants: counts.tenants, generatedTenants: counts.generated, generatedRegistrations: counts.generated_registrations, registrations: counts.registrations, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await admin.end();
  }
}
