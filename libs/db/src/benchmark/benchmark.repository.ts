import { OTHER_CODE, TaxonomyKind } from '@raadgiver/domain';
import { RawBuilder, sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { defineQuery, qb, runQuery, runWrite, rawQuery } from '../query/query-builder';

const ID = '00000000-0000-4000-8000-000000000001';

/** A catalogue entry of the tenant that counts as "other" nationally, as a tuple: kind, id, name, national code. */
export type UnmappedTuple = ['category' | 'outcome', string, string, string];

/**
 * The data statement's one row. `version` names the aggregates (the md5 of their JSON text, so the same aggregates
 * give the same version); `data` is that JSON text, or null when it is the version the caller said it already has: a
 * caller that keeps what it built from the data (the API's benchmark memo) then gets 32 characters instead of the
 * whole text, about a megabyte at 98 tenants and 10 years, to receive, decode and compare on every request.
 */
export interface BenchmarkDataRow {
  version: string;
  data: string | null;
  unmapped?: UnmappedTuple[];
}

export interface TaxonomyEntryRow {
  version: number;
  kind: TaxonomyKind;
  code: string;
  name_da: string;
  name_en: string;
  sort_order: number;
}

const CURRENT_VERSION = sql`(SELECT max(version) FROM national_taxonomy_version)`;
const jsonArray = (select: RawBuilder<unknown>) => sql`coalesce((${select}), '[]'::json)`;

/** A deactivated municipality is left out of the benchmark until it is reactivated: its name, figures and comments. */
const ACTIVE_TENANT = sql`tenant_id NOT IN (SELECT id FROM tenant WHERE deactivated_at IS NOT NULL)`;

// Every part in a fixed order, so that the same aggregates give the same text. A count names its period by the
// period's place in `periods` rather than by tenant id and year: a quarter of the bytes to build, send and parse.
const YEAR_PERIODS = sql`year_period AS MATERIALIZED (
  SELECT p.*, (row_number() OVER (ORDER BY p.tenant_id, p.year) - 1)::int AS place FROM benchmark_period p WHERE p.period_kind = 'year' AND p.${ACTIVE_TENANT})`;
const DATA_COLUMN = sql`json_build_object(
  'taxonomy_version', (SELECT coalesce(max(version), 0)::int FROM national_taxonomy_version),
  'taxonomy', ${jsonArray(sql`SELECT json_agg(json_build_array(kind, code, name_da, name_en, sort_order) ORDER BY kind, sort_order, code)
                             FROM national_taxonomy_entry WHERE version = ${CURRENT_VERSION}`)},
  'tenants', ${jsonArray(sql`SELECT json_agg(json_build_array(id, name, slug, kommunekode, benchmark_opt_in, benchmark_peer_group) ORDER BY name, id) FROM tenant WHERE deactivated_at IS NULL`)},
  'population', ${jsonArray(sql`SELECT json_agg(json_build_array(tenant_id, year, inhabitants) ORDER BY tenant_id, year) FROM tenant_population WHERE ${ACTIVE_TENANT}`)},
  'periods', ${jsonArray(sql`SELECT json_agg(json_build_array(tenant_id, year, registrations, distinct_citizens, complaints, first_contact_count,
                                                          first_contact_median_days::float8, closed_count, close_median_days::float8, comparability) ORDER BY place)
                            FROM year_period`)},
  'counts', ${jsonArray(sql`SELECT json_agg(json_build_array(p.place, c.dimension, c.code, c.registrations, c.decided_cases) ORDER BY p.place, c.dimension, c.code)
                           FROM benchmark_count c JOIN year_period p USING (tenant_id, period_from, period_to)`)},
  'comments', ${jsonArray(sql`SELECT json_agg(json_build_array(tenant_id, year, text) ORDER BY tenant_id, year) FROM benchmark_comment WHERE ${ACTIVE_TENANT}`)}
)::text AS data`;

/** The tenant's own catalogue entries that count as "other": read through row-level security, so only its own. */
const UNMAPPED_SELECT = sql`
  ${jsonArray(sql`WITH current AS (SELECT kind, code FROM national_taxonomy_entry WHERE version = ${CURRENT_VERSION}),
                    unmapped AS (
                      SELECT 'category' AS kind, id, name, national_code FROM category c
                       WHERE c.active AND (c.national_code = ${sql.lit(OTHER_CODE)} OR NOT EXISTS (SELECT 1 FROM current t WHERE t.kind = 'category' AND t.code = c.national_code))
                      UNION ALL
                      SELECT 'outcome', id, name, national_code FROM outcome o
                       WHERE o.active AND (o.national_code = ${sql.lit(OTHER_CODE)} OR NOT EXISTS (SELECT 1 FROM current t WHERE t.kind = 'outcome' AND t.code = o.national_code)))
               SELECT json_agg(json_build_array(kind, id, name, national_code) ORDER BY kind, name) FROM unmapped`)}`;
const UNMAPPED_COLUMN = sql`, ${UNMAPPED_SELECT} AS unmapped`;

/** The code of a tenant's `column` when the newest taxonomy has it for `kind`, else 'other'. */
const national = (kind: TaxonomyKind, column: string) =>
  sql`CASE WHEN EXISTS (SELECT 1 FROM national_taxonomy_entry t WHERE t.version = ${CURRENT_VERSION} AND t.kind = ${sql.lit(kind)} AND t.code = ${sql.ref(column)})
        THEN ${sql.ref(column)} ELSE 'other' END`;

/** Each org unit's department area: its own, else its nearest ancestor's. */
const UNIT_AREA = sql`
  unit_area AS (
    SELECT u.id, u.national_area AS area, 1 AS depth FROM org_unit u WHERE u.parent_id IS NULL
    UNION ALL
    SELECT u.id, coalesce(u.national_area, ua.area), ua.depth + 1 FROM org_unit u JOIN unit_area ua ON u.parent_id = ua.id WHERE ua.depth < 50
  )`;

const IN_PERIOD = sql`FROM benchmark_period p JOIN inquiry i ON i.received_on BETWEEN p.period_from AND p.period_to`;

/** A day as Danish municipalities count it: a change at 00:30 on 1 January belongs to the new year. */
const danishDay = (instant: RawBuilder<unknown>) => sql`(${instant} AT TIME ZONE 'Europe/Copenhagen')::date`;

/**
 * Unit events that move registrations between units or add or remove one; a rename does not: the same unit counts
 * the same registrations under its new name.
 */
const STRUCTURE_EVENTS = sql`('created', 'moved', 'closed', 'merged', 'reopened')`;

/**
 * How much of a year's start or end a tenant may miss and still count as covering the whole year: registering from
 * 31 January, or up to 1 December, is a whole year; from 1 February or only until 30 November is part of one. Slack,
 * since a small municipality may well register nothing in the first or last weeks of a year.
 */
const PARTIAL_YEAR_SLACK = sql`interval '1 month'`;

/** The benchmark's queries: its data for the dashboards and its aggregates' refresh (SQL in benchmark.repository.sql). */
export const benchmarkQueries = {
  currentTaxonomy: defineQuery([], () =>
    qb
      .selectFrom('national_taxonomy_entry')
      .select(['version', 'kind', 'code', 'name_da', 'name_en', 'sort_order'])
      .where('version', '=', (eb) => eb.selectFrom('national_taxonomy_version').select((v) => v.fn.max('version').as('max')))
      .orderBy('kind')
      .orderBy('sort_order')
      .orderBy('code'),
  ),
  taxonomyVersion: defineQuery([], () =>
    qb.selectFrom('national_taxonomy_version').select(sql<number>`coalesce(max(version), 0)::int`.as('version')),
  ),
  /**
   * Everything the benchmark is built from, as one statement with one parameter (the version of the data the caller
   * has, '' for none), so that a request reads it in a single round trip together with its context (the API's
   * RequestContext.statement). The aggregate tables are readable in full by everyone (the national comparison), so
   * it works for the anonymous public query as for a logged-in tenant; with `unmapped` it also lists the caller's
   * catalogue entries that count as "other".
   */
  data: defineQuery(['', true], (knownVersion: string, unmapped: boolean) =>
    rawQuery(sql<BenchmarkDataRow>`WITH ${YEAR_PERIODS}, benchmark_data AS MATERIALIZED (SELECT ${DATA_COLUMN}), versioned AS (SELECT md5(data) AS version, data FROM benchmark_data)
    SELECT version, CASE WHEN version = ${knownVersion}::text THEN NULL ELSE data END AS data${unmapped ? UNMAPPED_COLUMN : sql``} FROM versioned`),
  ),
  /** Only the caller's catalogue entries that count as "other" (see `data`), for a caller that holds the rest. */
  unmapped: defineQuery([], () => rawQuery(sql<{ unmapped: UnmappedTuple[] }>`SELECT ${UNMAPPED_SELECT} AS unmapped`)),
  /** Makes two refreshes of one tenant (the debounced job and the nightly run) take turns, until the commit. */
  lockRefresh: defineQuery([ID], (tenantId: string) =>
    qb.selectNoFrom(sql`pg_advisory_xact_lock(hashtextextended('benchmark:' || ${tenantId}::text, 0))`.as('locked')),
  ),
  clearPeriods: defineQuery([ID], (tenantId: string) => qb.deleteFrom('benchmark_period').where('tenant_id', '=', tenantId)),
  /** Every calendar year with registrations, and every report period that is not a calendar year. */
  refreshPeriods: defineQuery([ID], (tenantId: string) =>
    rawQuery(sql<{ '?column?': number }>`WITH periods AS (
       SELECT DISTINCT make_date(y, 1, 1) AS period_from, make_date(y, 12, 31) AS period_to, 'year' AS period_kind, y AS year
         FROM (SELECT DISTINCT extract(year FROM received_on)::int AS y FROM inquiry) years
       UNION
       SELECT r.period_from, r.period_to, 'report', extract(year FROM r.period_to)::int FROM report r
        WHERE NOT (extract(doy FROM r.period_from) = 1 AND r.period_to = make_date(extract(year FROM r.period_from)::int, 12, 31))
     )
     INSERT INTO benchmark_period (tenant_id, period_from, period_to, period_kind, year, registrations, distinct_citizens, complaints,
                                   first_contact_count, first_contact_median_days, closed_count, close_median_days, taxonomy_version)
     SELECT ${tenantId}, p.period_from, p.period_to, p.period_kind, p.year, count(i.id), count(DISTINCT i.citizen_id),
            count(i.id) FILTER (WHERE i.kind = 'complaint'),
            count(i.first_contact_on), percentile_cont(0.5) WITHIN GROUP (ORDER BY i.first_contact_on - i.received_on),
            count(i.closed_on), percentile_cont(0.5) WITHIN GROUP (ORDER BY i.closed_on - i.received_on),
            ${CURRENT_VERSION}
       FROM periods p LEFT JOIN inquiry i ON i.received_on BETWEEN p.period_from AND p.period_to
      GROUP BY p.period_from, p.period_to, p.period_kind, p.year
     RETURNING 1`),
  ),
  /** The counts by kind, national category, outcome and department area of the tenant's periods. */
  refreshCounts: defineQuery([ID], (tenantId: string) =>
    rawQuery(sql<{ '?column?': number }>`WITH RECURSIVE ${UNIT_AREA},
     kinds AS (
       SELECT p.period_from, p.period_to, 'kind' AS dimension, i.kind AS code, count(*)::int AS registrations, NULL::int AS decided_cases
         ${IN_PERIOD} WHERE p.tenant_id = ${tenantId} GROUP BY 1, 2, 4
     ),
     categories AS (
       SELECT p.period_from, p.period_to, 'category', n.code, count(DISTINCT i.id)::int, NULL::int
         ${IN_PERIOD}
         JOIN inquiry_category ic ON ic.inquiry_id = i.id
         JOIN category c ON c.id = ic.category_id
         CROSS JOIN LATERAL (SELECT ${national('category', 'c.national_code')} AS code) n
        WHERE p.tenant_id = ${tenantId} AND i.kind = 'complaint'
        GROUP BY 1, 2, 4
     ),
     outcomes AS (
       SELECT p.period_from, p.period_to, 'outcome', n.code, count(*)::int, NULL::int
         ${IN_PERIOD}
         JOIN outcome o ON o.id = i.outcome_id
         CROSS JOIN LATERAL (SELECT ${national('outcome', 'o.national_code')} AS code) n
        WHERE p.tenant_id = ${tenantId}
        GROUP BY 1, 2, 4
     ),
     area_registrations AS (
       SELECT p.period_from, p.period_to, n.code, count(*)::int AS registrations
         ${IN_PERIOD}
         JOIN unit_area ua ON ua.id = i.org_unit_id AND ua.area IS NOT NULL
         CROSS JOIN LATERAL (SELECT ${national('department_area', 'ua.area')} AS code) n
        WHERE p.tenant_id = ${tenantId}
        GROUP BY 1, 2, 3
     ),
     area_decided AS (
       SELECT p.period_from, p.period_to, n.code, sum(d.decided_cases)::int AS decided_cases
         FROM benchmark_period p
         JOIN decided_case_volume d ON p.period_kind = 'year' AND d.year = p.year
         JOIN unit_area ua ON ua.id = d.org_unit_id AND ua.area IS NOT NULL
         CROSS JOIN LATERAL (SELECT ${national('department_area', 'ua.area')} AS code) n
        WHERE p.tenant_id = ${tenantId}
        GROUP BY 1, 2, 3
     ),
     areas AS (
       SELECT period_from, period_to, 'area', code, coalesce(r.registrations, 0), d.decided_cases
         FROM area_registrations r FULL JOIN area_decided d USING (period_from, period_to, code)
     )
     INSERT INTO benchmark_count (tenant_id, period_from, period_to, dimension, code, registrations, decided_cases)
     SELECT ${tenantId}, * FROM (SELECT * FROM kinds UNION ALL SELECT * FROM categories UNION ALL SELECT * FROM outcomes UNION ALL SELECT * FROM areas) all_counts
     RETURNING 1`),
  ),
  /**
   * Why each of the tenant's periods is not fully comparable, in the order of COMPARABILITY_REASONS:
   * - mapping_changed: a category's or outcome's national code, or a unit's department area, changed during the
   *   period (national_mapping_change, kept from migration 0053 on);
   * - units_changed: a unit was created, moved, closed, merged or reopened with effect in the period, after the
   *   tenant's first registration (the tree it was set up with before it began registering changes nothing);
   * - partial_year: the tenant began registering more than PARTIAL_YEAR_SLACK into the period (its first
   *   registration ever), or, in a period that is over, stopped more than that before its end (its last registration
   *   ever): its figures then count part of a year against others' whole years.
   */
  refreshComparability: defineQuery([ID], (tenantId: string) =>
    rawQuery(sql<{ '?column?': number }>`WITH registered AS (SELECT min(received_on) AS first_on, max(received_on) AS last_on FROM inquiry)
     UPDATE benchmark_period p SET comparability = array_remove(ARRAY[
       CASE WHEN EXISTS (SELECT 1 FROM national_mapping_change m WHERE ${danishDay(sql.ref('m.changed_at'))} BETWEEN p.period_from AND p.period_to)
            THEN 'mapping_changed' END,
       CASE WHEN EXISTS (SELECT 1 FROM org_unit_event e WHERE e.action IN ${STRUCTURE_EVENTS} AND e.effective_date BETWEEN p.period_from AND p.period_to
                                                          AND e.effective_date > r.first_on)
            THEN 'units_changed' END,
       CASE WHEN r.first_on >= p.period_from + ${PARTIAL_YEAR_SLACK}
              OR (p.period_to < ${danishDay(sql`now()`)} AND r.last_on <= p.period_to - ${PARTIAL_YEAR_SLACK})
            THEN 'partial_year' END
     ], NULL)
       FROM registered r
      WHERE p.tenant_id = ${tenantId}
     RETURNING 1`),
  ),
  /** A demo tenant's opt-in and peer group, unless it has a peer group already. */
  demoSettings: defineQuery(['lejre', true, 'opland'], (slug: string, optIn: boolean, peerGroup: string) =>
    qb
      .updateTable('tenant')
      .set({ benchmark_opt_in: optIn, benchmark_peer_group: peerGroup })
      .where('slug', '=', slug)
      .where('benchmark_peer_group', 'is', null),
  ),
};

/** The benchmark's reads and writes, each in the caller's transaction under its context. */
export const benchmarkRepository = {
  currentTaxonomy: (em: EntityManager): Promise<TaxonomyEntryRow[]> => runQuery(em, benchmarkQueries.currentTaxonomy()) as Promise<TaxonomyEntryRow[]>,
  async taxonomyVersion(em: EntityManager): Promise<number> {
    const [{ version }] = await runQuery(em, benchmarkQueries.taxonomyVersion());
    return version;
  },
  async data(em: EntityManager, knownVersion: string, unmapped: boolean): Promise<BenchmarkDataRow> {
    const [row] = await runQuery(em, benchmarkQueries.data(knownVersion, unmapped));
    return row;
  },
  /** Replaces the tenant's aggregates; the number of periods and counts written. */
  async refresh(em: EntityManager, tenantId: string): Promise<{ periods: number; counts: number }> {
    await runQuery(em, benchmarkQueries.lockRefresh(tenantId));
    await runWrite(em, benchmarkQueries.clearPeriods(tenantId));
    const periods = await runQuery(em, benchmarkQueries.refreshPeriods(tenantId));
    const counts = await runQuery(em, benchmarkQueries.refreshCounts(tenantId));
    await runQuery(em, benchmarkQueries.refreshComparability(tenantId));
    return { periods: periods.length, counts: counts.length };
  },
  async setDemoSettings(em: EntityManager, slug: string, optIn: boolean, peerGroup: string): Promise<void> {
    await runWrite(em, benchmarkQueries.demoSettings(slug, optIn, peerGroup));
  },
};
