import { buildBenchmark, BenchmarkFigure, PeerGroup } from '@raadgiver/domain';
import { DataSource, EntityManager } from 'typeorm';
import { runQuery } from '../query/query-builder';
import { inContext, NO_CONTEXT } from '../tenancy/db-context';
import { benchmarkSnapshotQueries } from './benchmark-snapshot.repository';
import { benchmarkRepository } from './benchmark.repository';
import { BenchmarkData, parseBenchmarkData } from './load-benchmark';

/** A tenant as the benchmark names it. */
export interface PublishedBenchmarkTenant {
  id: string;
  name: string;
  slug: string;
  kommunekode: string;
  peerGroup: PeerGroup | null;
  own: boolean;
  comment: string | null;
}

/** The benchmark of a year as the API answers it: the public one (no own tenant) or a tenant's dashboard. */
export interface PublishedBenchmark {
  year: number;
  years: number[];
  taxonomyVersion: number;
  tenants: PublishedBenchmarkTenant[];
  figures: BenchmarkFigure[];
}

/** The years with figures in `data`, oldest first. */
export function benchmarkYears(data: BenchmarkData): number[] {
  return [...new Set(data.periods.map((p) => p.year))].sort((a, b) => a - b);
}

/**
 * The benchmark of `requestedYear` (null: the newest with figures) from the aggregates: with `ownTenantId` null the
 * public build (opted-in names, small cells suppressed), else that tenant's dashboard with its own figures unsuppressed.
 */
export function buildPublishedBenchmark(data: BenchmarkData, requestedYear: number | null, ownTenantId: string | null): PublishedBenchmark {
  const years = benchmarkYears(data);
  const year = requestedYear ?? years.at(-1) ?? new Date().getFullYear();
  const figures = buildBenchmark({ year, tenants: data.tenants, periods: data.periods, counts: data.counts, taxonomy: data.taxonomy, ownTenantId });
  const shown = data.tenants.filter((t) => t.optIn || t.id === ownTenantId);
  return {
    year,
    years,
    taxonomyVersion: data.taxonomyVersion,
    tenants: shown.map((t) => ({
      id: t.id, name: t.name, slug: t.slug, kommunekode: t.kommunekode, peerGroup: t.peerGroup, own: t.id === ownTenantId,
      comment: data.comments.find((c) => c.tenantId === t.id && c.year === year)?.text ?? null,
    })),
    figures,
  };
}

export interface BenchmarkPublishResult {
  version: string;
  years: number;
  /** False when the version was the newest already. */
  published: boolean;
}

/**
 * Builds the public benchmark of every year with figures from the aggregates as they are now and stores it as the
 * newest snapshot, named by the aggregates' version (the data statement's md5). Under the publish lock from before
 * the read, so that two publishers cannot store an older read after a newer one.
 */
export async function publishBenchmarkSnapshot(em: EntityManager): Promise<BenchmarkPublishResult> {
  await runQuery(em, benchmarkSnapshotQueries.lock());
  const row = await benchmarkRepository.data(em, '', false);
  const data = parseBenchmarkData(row.data as string);
  const years = benchmarkYears(data);
  const bodies = years.map((year) => JSON.stringify(buildPublishedBenchmark(data, year, null)));
  const [{ published }] = await runQuery(em, benchmarkSnapshotQueries.publish(row.version, years, bodies));
  return { version: row.version, years: years.length, published };
}

/** The publish in its own transaction, without a tenant: the aggregates are readable by everyone. */
export function publishBenchmarkSnapshotInContext(dataSource: DataSource): Promise<BenchmarkPublishResult> {
  return inContext(dataSource, NO_CONTEXT, publishBenchmarkSnapshot);
}
