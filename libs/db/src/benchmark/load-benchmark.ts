import {
  BenchmarkCountAggregate, BenchmarkDimension, BenchmarkPeriodAggregate, isComparabilityReason, isPeerGroup, PeerGroup, TaxonomyEntry, TaxonomyKind,
} from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { BenchmarkDataRow, benchmarkRepository } from './benchmark.repository';

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
  const rows = await benchmarkRepository.currentTaxonomy(em);
  const version = await benchmarkRepository.taxonomyVersion(em);
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
type PeriodTuple = [string, number, number, number, number, number, number | null, number, number | null, string[]];
/** The period's place in `periods`, then the count. */
type CountTuple = [number, BenchmarkDimension, string, number, number | null];
type CommentTuple = [string, number, string];

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
    periods: row.periods.map(([tenantId, year, registrations, distinctCitizens, complaints, firstContactCount, firstContactMedianDays, closedCount, closeMedianDays, comparability]) => ({
      tenantId, year, registrations, distinctCitizens, complaints, firstContactCount, firstContactMedianDays, closedCount, closeMedianDays,
      comparability: comparability.filter(isComparabilityReason),
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

/** Reads the calendar-year aggregates of every tenant in the caller's transaction (see benchmarkQueries.data). */
export async function loadBenchmarkData(em: EntityManager): Promise<BenchmarkData> {
  const row = await benchmarkRepository.data(em, '', false);
  return parseBenchmarkData(row.data as string);
}
