import { DataSource, EntityManager } from 'typeorm';
import { inContext } from '../tenancy/db-context';

export interface BenchmarkRefreshResult {
  tenantId: string;
  periods: number;
  counts: number;
}

/** The codes of the newest taxonomy version; a tenant's code outside it counts as 'other'. */
const CURRENT_TAXONOMY = `(SELECT max(version) FROM national_taxonomy_version)`;
const national = (kind: string, column: string) =>
  `CASE WHEN EXISTS (SELECT 1 FROM national_taxonomy_entry t WHERE t.version = ${CURRENT_TAXONOMY} AND t.kind = '${kind}' AND t.code = ${column})
        THEN ${column} ELSE 'other' END`;

/** Each org unit's department area: its own, else its nearest ancestor's. */
const UNIT_AREA = `
  unit_area AS (
    SELECT u.id, u.national_area AS area, 1 AS depth FROM org_unit u WHERE u.parent_id IS NULL
    UNION ALL
    SELECT u.id, coalesce(u.national_area, ua.area), ua.depth + 1 FROM org_unit u JOIN unit_area ua ON u.parent_id = ua.id WHERE ua.depth < 50
  )`;

/**
 * Recomputes a tenant's benchmark aggregates (every calendar year with registrations, and every report period that
 * is not a calendar year) in the caller's transaction, which must run under the tenant's context: the inquiries
 * are read and the aggregates written through row-level security. A transaction-scoped advisory lock makes two
 * refreshes of one tenant (the debounced job and the nightly run) take turns.
 */
export async function refreshTenantBenchmark(em: EntityManager, tenantId: string): Promise<BenchmarkRefreshResult> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('benchmark:' || $1::text, 0))`, [tenantId]);
  await em.query('DELETE FROM benchmark_period WHERE tenant_id = $1', [tenantId]);
  const periods = await em.query<unknown[]>(
    `WITH periods AS (
       SELECT DISTINCT make_date(y, 1, 1) AS period_from, make_date(y, 12, 31) AS period_to, 'year' AS period_kind, y AS year
         FROM (SELECT DISTINCT extract(year FROM received_on)::int AS y FROM inquiry) years
       UNION
       SELECT r.period_from, r.period_to, 'report', extract(year FROM r.period_to)::int FROM report r
        WHERE NOT (extract(doy FROM r.period_from) = 1 AND r.period_to = make_date(extract(year FROM r.period_from)::int, 12, 31))
     )
     INSERT INTO benchmark_period (tenant_id, period_from, period_to, period_kind, year, registrations, distinct_citizens, complaints,
                                   first_contact_count, first_contact_median_days, closed_count, close_median_days, taxonomy_version)
     SELECT $1, p.period_from, p.period_to, p.period_kind, p.year, count(i.id), count(DISTINCT i.citizen_id),
            count(i.id) FILTER (WHERE i.kind = 'complaint'),
            count(i.first_contact_on), percentile_cont(0.5) WITHIN GROUP (ORDER BY i.first_contact_on - i.received_on),
            count(i.closed_on), percentile_cont(0.5) WITHIN GROUP (ORDER BY i.closed_on - i.received_on),
            ${CURRENT_TAXONOMY}
       FROM periods p LEFT JOIN inquiry i ON i.received_on BETWEEN p.period_from AND p.period_to
      GROUP BY p.period_from, p.period_to, p.period_kind, p.year
     RETURNING 1`,
    [tenantId],
  );
  const inPeriod = `FROM benchmark_period p JOIN inquiry i ON i.received_on BETWEEN p.period_from AND p.period_to`;
  const ofTenant = `WHERE p.tenant_id = $1`;
  const counts = await em.query<unknown[]>(
    `WITH RECURSIVE ${UNIT_AREA},
     kinds AS (
       SELECT p.period_from, p.period_to, 'kind' AS dimension, i.kind AS code, count(*)::int AS registrations, NULL::int AS decided_cases
         ${inPeriod} ${ofTenant} GROUP BY 1, 2, 4
     ),
     categories AS (
       SELECT p.period_from, p.period_to, 'category', n.code, count(DISTINCT i.id)::int, NULL::int
         ${inPeriod}
         JOIN inquiry_category ic ON ic.inquiry_id = i.id
         JOIN category c ON c.id = ic.category_id
         CROSS JOIN LATERAL (SELECT ${national('category', 'c.national_code')} AS code) n
        ${ofTenant} AND i.kind = 'complaint'
        GROUP BY 1, 2, 4
     ),
     outcomes AS (
       SELECT p.period_from, p.period_to, 'outcome', n.code, count(*)::int, NULL::int
         ${inPeriod}
         JOIN outcome o ON o.id = i.outcome_id
         CROSS JOIN LATERAL (SELECT ${national('outcome', 'o.national_code')} AS code) n
        ${ofTenant}
        GROUP BY 1, 2, 4
     ),
     area_registrations AS (
       SELECT p.period_from, p.period_to, n.code, count(*)::int AS registrations
         ${inPeriod}
         JOIN unit_area ua ON ua.id = i.org_unit_id AND ua.area IS NOT NULL
         CROSS JOIN LATERAL (SELECT ${national('department_area', 'ua.area')} AS code) n
        ${ofTenant}
        GROUP BY 1, 2, 3
     ),
     area_decided AS (
       SELECT p.period_from, p.period_to, n.code, sum(d.decided_cases)::int AS decided_cases
         FROM benchmark_period p
         JOIN decided_case_volume d ON p.period_kind = 'year' AND d.year = p.year
         JOIN unit_area ua ON ua.id = d.org_unit_id AND ua.area IS NOT NULL
         CROSS JOIN LATERAL (SELECT ${national('department_area', 'ua.area')} AS code) n
        WHERE p.tenant_id = $1
        GROUP BY 1, 2, 3
     ),
     areas AS (
       SELECT period_from, period_to, 'area', code, coalesce(r.registrations, 0), d.decided_cases
         FROM area_registrations r FULL JOIN area_decided d USING (period_from, period_to, code)
     )
     INSERT INTO benchmark_count (tenant_id, period_from, period_to, dimension, code, registrations, decided_cases)
     SELECT $1, * FROM (SELECT * FROM kinds UNION ALL SELECT * FROM categories UNION ALL SELECT * FROM outcomes UNION ALL SELECT * FROM areas) all_counts
     RETURNING 1`,
    [tenantId],
  );
  return { tenantId, periods: periods.length, counts: counts.length };
}

/** The refresh in its own transaction under the tenant's context. */
export function refreshTenantBenchmarkInContext(dataSource: DataSource, tenantId: string): Promise<BenchmarkRefreshResult> {
  return inContext(dataSource, { tenantId, userId: null }, (em) => refreshTenantBenchmark(em, tenantId));
}
