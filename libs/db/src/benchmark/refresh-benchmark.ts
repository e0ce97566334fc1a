import { DataSource, EntityManager } from 'typeorm';
import { inContext } from '../tenancy/db-context';
import { publishBenchmarkSnapshotInContext } from './benchmark-snapshot';
import { benchmarkRepository } from './benchmark.repository';

export interface BenchmarkRefreshResult {
  tenantId: string;
  periods: number;
  counts: number;
}

/**
 * Recomputes a tenant's benchmark aggregates (every calendar year with registrations, and every report period that
 * is not a calendar year) in the caller's transaction, which must run under the tenant's context: the inquiries
 * are read and the aggregates written through row-level security. A transaction-scoped advisory lock makes two
 * refreshes of one tenant (the debounced job and the nightly run) take turns.
 */
export async function refreshTenantBenchmark(em: EntityManager, tenantId: string): Promise<BenchmarkRefreshResult> {
  return { tenantId, ...(await benchmarkRepository.refresh(em, tenantId)) };
}

/** The refresh in its own transaction under the tenant's context. */
export function refreshTenantBenchmarkInContext(dataSource: DataSource, tenantId: string): Promise<BenchmarkRefreshResult> {
  return inContext(dataSource, { tenantId, userId: null }, (em) => refreshTenantBenchmark(em, tenantId));
}

/**
 * A tenant's refresh, then the public snapshot built from the aggregates as they are after it (publishBenchmarkSnapshot):
 * what a change to one tenant's registrations needs before the API shows it.
 */
export async function refreshAndPublishBenchmark(dataSource: DataSource, tenantId: string): Promise<BenchmarkRefreshResult> {
  const result = await refreshTenantBenchmarkInContext(dataSource, tenantId);
  await publishBenchmarkSnapshotInContext(dataSource);
  return result;
}
