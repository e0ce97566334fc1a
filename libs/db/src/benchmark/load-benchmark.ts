import { BenchmarkCountAggregate, BenchmarkDimension, BenchmarkPeriodAggregate, isPeerGroup, OTHER_CODE, PeerGroup, TaxonomyEntry, TaxonomyKind } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';

export interface BenchmarkTenantRow {
  id: string;
  name: string;
  slug: string;
  kommunekode: string;
  optIn: boolean;
  peerGroup: PeerGroup | null;
  population: Map<number, number>;
}

export interface BenchmarkCommentRow {
  tenantId: string;
  year: number;
  text: string;
}

/** Everything the benchmark is built from: aggregates, tenants, population, taxonomy and comments; no case rows. */
export interface BenchmarkData {
  taxonomyVersion: number;
  taxonomy: TaxonomyEntry[];
  tenants: BenchmarkTenantRow[];
  periods: BenchmarkPeriodAggregate[];
  counts: BenchmarkCountAggregate[];
  comments: BenchmarkCommentRow[];
}

/** The newest taxonomy version and its entries. */
export async function loadCurrentTaxonomy(em: EntityManager): Promise<{ version: number; entries: TaxonomyEntry[] }> {
  const rows = await em.query<{ version: number; kind: TaxonomyKind; code: string; name_da: string; name_en: string; sort_order: number }[]>(
    `SELECT version, kind, code, name_da, name_en, sort_order FROM national_taxonomy_entry
      WHERE version = (SELECT max(version) FROM national_taxonomy_version) ORDER BY kind, sort_order, code`,
  );
  const [{ version }] = await em.query<{ version: number }[]>('SELECT coalesce(max(version), 0)::int AS version FROM national_taxonomy_version');
  return { version, entries: rows.map((r) => ({ kind: r.kind, code: r.code, nameDa: r.name_da, nameEn: r.name_en, sortOrder: r.sort_order })) };
}

/** A category or outcome of the tenant that counts as "other" nationally: mapped to 'other' or to an unknown code. */
export interface BenchmarkUnmappedRow {
  kind: 'category' | 'outcome';
  id: string;
  name: string;
  nationalCode: string;
}

type TaxonomyTuple = [TaxonomyKind, string, string, string, number];
type TenantTuple = [string, string, string, string, boolean, string | null];
type PopulationTuple = [string, number, number];
type PeriodTuple = [string, number, number, number, number, number, number | null, number, number | null];
/** The period's place in `periods`, then the count. */
type CountTuple = [number, BenchmarkDimension, string, number, number | null];
type CommentTuple = [string, number, string];
type UnmappedTuple = [BenchmarkUnmappedRow['kind'], string, string, string];

/** The parts of the statement's `data`: each a JSON array of tuples, far less to send and parse than a row per count. */
interface BenchmarkDataParts {
  taxonomy_version: number;
  taxonomy: TaxonomyTuple[];
  tenants: TenantTuple[];
  population: PopulationTuple[];
  periods: PeriodTuple[];
  counts: CountTuple[];
  comments: CommentTuple[];
}

/**
 * The statement's one row. `version` names the aggregates (the md5 of their JSON text, so the same aggregates give
 * the same version); `data` is that JSON text, or null when it is the version the caller said it already has: a
 * caller that keeps what it built from the data (the API's benchmark memo) then gets 32 characters instead of the
 * whole text, about a megabyte at 98 tenants and 10 years, to receive, decode and compare on every request.
 */
export interface BenchmarkDataRow {
  version: string;
  data: string | null;
  unmapped?: UnmappedTuple[];
}

const CURRENT_VERSION = '(SELECT max(version) FROM national_taxonomy_version)';
const jsonArray = (select: string) => `coalesce((${select}), '[]'::json)`;

// Every part in a fixed order, so that the same aggregates give the same text. A count names its period by the
// period's place in `periods` rather than by tenant id and year: a quarter of the bytes to build, send and parse.
const YEAR_PERIODS = `year_period AS MATERIALIZED (
  SELECT p.*, (row_number() OVER (ORDER BY p.tenant_id, p.year) - 1)::int AS place FROM benchmark_period p WHERE p.period_kind = 'year')`;
const DATA_COLUMN = `json_build_object(
  'taxonomy_version', (SELECT coalesce(max(version), 0)::int FROM national_taxonomy_version),
  'taxonomy', ${jsonArray(`SELECT json_agg(json_build_array(kind, code, name_da, name_en, sort_order) ORDER BY kind, sort_order, code)
                             FROM national_taxonomy_entry WHERE version = ${CURRENT_VERSION}`)},
  'tenants', ${jsonArray(`SELECT json_agg(json_build_array(id, name, slug, kommunekode, benchmark_opt_in, benchmark_peer_group) ORDER BY name, id) FROM tenant`)},
  'population', ${jsonArray(`SELECT json_agg(json_build_array(tenant_id, year, inhabitants) ORDER BY tenant_id, year) FROM tenant_population`)},
  'periods', ${jsonArray(`SELECT json_agg(json_build_array(tenant_id, year, registrations, distinct_citizens, complaints, first_contact_count,
                                                          first_contact_median_days::float8, closed_count, close_median_days::float8) ORDER BY place)
                            FROM year_period`)},
  'counts', ${jsonArray(`SELECT json_agg(json_build_array(p.place, c.dimension, c.code, c.registrations, c.decided_cases) ORDER BY p.place, c.dimension, c.code)
                           FROM benchmark_count c JOIN year_period p USING (tenant_id, period_from, period_to)`)},
  'comments', ${jsonArray(`SELECT json_agg(json_build_array(tenant_id, year, text) ORDER BY tenant_id, year) FROM benchmark_comment`)}
)::text AS data`;

/** The tenant's own catalogue entries that count as "other": read through row-level security, so only its own. */
const UNMAPPED_COLUMN = `,
  ${jsonArray(`WITH current AS (SELECT kind, code FROM national_taxonomy_entry WHERE version = ${CURRENT_VERSION}),
                    unmapped AS (
                      SELECT 'category' AS kind, id, name, national_code FROM category c
                       WHERE c.active AND (c.national_code = '${OTHER_CODE}' OR NOT EXISTS (SELECT 1 FROM current t WHERE t.kind = 'category' AND t.code = c.national_code))
                      UNION ALL
                      SELECT 'outcome', id, name, national_code FROM outcome o
                       WHERE o.active AND (o.national_code = '${OTHER_CODE}' OR NOT EXISTS (SELECT 1 FROM current t WHERE t.kind = 'outcome' AND t.code = o.national_code)))
               SELECT json_agg(json_build_array(kind, id, name, national_code) ORDER BY kind, name) FROM unmapped`)} AS unmapped`;

/**
 * Everything the benchmark is built from, as one statement with one parameter (the version of the data the caller
 * has, '' for none), so that a request reads it in a single round trip together with its context (the API's
 * RequestContext.statement). The aggregate tables are readable in full by everyone (the national comparison), so it
 * works for the anonymous public query as for a logged-in tenant; with `unmapped` it also lists the caller's
 * catalogue entries that count as "other".
 */
export function benchmarkDataStatement(options: { unmapped: boolean }): string {
  return `WITH ${YEAR_PERIODS}, benchmark_data AS MATERIALIZED (SELECT ${DATA_COLUMN}), versioned AS (SELECT md5(data) AS version, data FROM benchmark_data)
    SELECT version, CASE WHEN version = $1::text THEN NULL ELSE data END AS data${options.unmapped ? UNMAPPED_COLUMN : ''} FROM versioned`;
}

/** The benchmark data from the statement's `data` text. */
export function parseBenchmarkData(text: string): BenchmarkData {
  const row = JSON.parse(text) as BenchmarkDataParts;
  const population = new Map<string, Map<number, number>>();
  for (const [tenantId, year, inhabitants] of row.population) {
    const years = population.get(tenantId) ?? new Map<number, number>();
    population.set(tenantId, years.set(year, inhabitants));
  }
  return {
    taxonomyVersion: row.taxonomy_version,
    taxonomy: row.taxonomy.map(([kind, code, nameDa, nameEn, sortOrder]) => ({ kind, code, nameDa, nameEn, sortOrder })),
    tenants: row.tenants.map(([id, name, slug, kommunekode, optIn, peerGroup]) => ({
      id, name, slug, kommunekode, optIn,
      peerGroup: peerGroup && isPeerGroup(peerGroup) ? peerGroup : null,
      population: population.get(id) ?? new Map<number, number>(),
    })),
    periods: row.periods.map(([tenantId, year, registrations, distinctCitizens, complaints, firstContactCount, firstContactMedianDays, closedCount, closeMedianDays]) => ({
      tenantId, year, registrations, distinctCitizens, complaints, firstContactCount, firstContactMedianDays, closedCount, closeMedianDays,
    })),
    counts: row.counts.map(([place, dimension, code, registrations, decidedCases]) => {
      const [tenantId, year] = row.periods[place];
      return { tenantId, year, dimension, code, registrations, decidedCases };
    }),
    comments: row.comments.map(([tenantId, year, text]) => ({ tenantId, year, text })),
  };
}

/** The unmapped entries, when the statement was made with `unmapped`. */
export function benchmarkUnmappedFromRow(row: BenchmarkDataRow): BenchmarkUnmappedRow[] {
  return (row.unmapped ?? []).map(([kind, id, name, nationalCode]) => ({ kind, id, name, nationalCode }));
}

/** Reads the calendar-year aggregates of every tenant in the caller's transaction (see benchmarkDataStatement). */
export async function loadBenchmarkData(em: EntityManager): Promise<BenchmarkData> {
  const [row] = await em.query<BenchmarkDataRow[]>(benchmarkDataStatement({ unmapped: false }), ['']);
  return parseBenchmarkData(row.data as string);
}
