import { BenchmarkCountAggregate, BenchmarkDimension, BenchmarkPeriodAggregate, isPeerGroup, PeerGroup, TaxonomyEntry, TaxonomyKind } from '@raadgiver/domain';
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

/**
 * Reads the calendar-year aggregates of every tenant. The tables are readable in full by everyone (the national
 * comparison), so this works for the anonymous public query as for a logged-in tenant.
 */
export async function loadBenchmarkData(em: EntityManager): Promise<BenchmarkData> {
  const taxonomy = await loadCurrentTaxonomy(em);
  const tenants = await em.query<{ id: string; name: string; slug: string; kommunekode: string; benchmark_opt_in: boolean; benchmark_peer_group: string | null }[]>(
    'SELECT id, name, slug, kommunekode, benchmark_opt_in, benchmark_peer_group FROM tenant ORDER BY name',
  );
  const population = await em.query<{ tenant_id: string; year: number; inhabitants: number }[]>('SELECT tenant_id, year, inhabitants FROM tenant_population');
  const periods = await em.query<{
    tenant_id: string; year: number; registrations: number; distinct_citizens: number; complaints: number;
    first_contact_count: number; first_contact_median_days: number | null; closed_count: number; close_median_days: number | null;
  }[]>(
    `SELECT tenant_id, year, registrations, distinct_citizens, complaints, first_contact_count, first_contact_median_days::float8,
            closed_count, close_median_days::float8
       FROM benchmark_period WHERE period_kind = 'year'`,
  );
  const counts = await em.query<{ tenant_id: string; year: number; dimension: BenchmarkDimension; code: string; registrations: number; decided_cases: number | null }[]>(
    `SELECT c.tenant_id, p.year, c.dimension, c.code, c.registrations, c.decided_cases
       FROM benchmark_count c JOIN benchmark_period p USING (tenant_id, period_from, period_to)
      WHERE p.period_kind = 'year'`,
  );
  const comments = await em.query<{ tenant_id: string; year: number; text: string }[]>('SELECT tenant_id, year, text FROM benchmark_comment');
  return {
    taxonomyVersion: taxonomy.version,
    taxonomy: taxonomy.entries,
    tenants: tenants.map((t) => ({
      id: t.id,
      name: t.name,
      slug: t.slug,
      kommunekode: t.kommunekode,
      optIn: t.benchmark_opt_in,
      peerGroup: t.benchmark_peer_group && isPeerGroup(t.benchmark_peer_group) ? t.benchmark_peer_group : null,
      population: new Map(population.filter((p) => p.tenant_id === t.id).map((p) => [p.year, p.inhabitants])),
    })),
    periods: periods.map((p) => ({
      tenantId: p.tenant_id, year: p.year, registrations: p.registrations, distinctCitizens: p.distinct_citizens, complaints: p.complaints,
      firstContactCount: p.first_contact_count, firstContactMedianDays: p.first_contact_median_days, closedCount: p.closed_count, closeMedianDays: p.close_median_days,
    })),
    counts: counts.map((c) => ({ tenantId: c.tenant_id, year: c.year, dimension: c.dimension, code: c.code, registrations: c.registrations, decidedCases: c.decided_cases })),
    comments: comments.map((c) => ({ tenantId: c.tenant_id, year: c.year, text: c.text })),
  };
}
