import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { defineQuery, rawQuery, runQuery } from '../query/query-builder';

/** The newest snapshot's version with its years (no rows before the first publish). */
export interface BenchmarkSnapshotVersion {
  version: string;
  years: number[];
  /** When this version was published (ISO 8601): the time the figures were last brought up to date with a change. */
  publishedAt: string;
}

/** The published benchmark's snapshots (SQL in benchmark-snapshot.repository.sql). */
export const benchmarkSnapshotQueries = {
  /** The newest version and its years: one index probe and its handful of rows. */
  newest: defineQuery([], () =>
    rawQuery(sql<{ version: string; year: number; published_at: string }>`SELECT version, year, to_json(created_at)#>>'{}' AS published_at FROM benchmark_snapshot
      WHERE scope = 'public' AND version = (SELECT version FROM benchmark_snapshot WHERE scope = 'public' ORDER BY created_at DESC LIMIT 1)
      ORDER BY year`),
  ),
  body: defineQuery(['0123456789abcdef0123456789abcdef', 2024], (version: string, year: number) =>
    rawQuery(sql<{ body: string }>`SELECT body FROM benchmark_snapshot WHERE version = ${version} AND year = ${year} AND scope = 'public'`),
  ),
  /** Publishes one version at a time (the function's advisory lock, taken here before the data is read). */
  lock: defineQuery([], () => rawQuery(sql<{ locked: string }>`SELECT pg_advisory_xact_lock(hashtextextended('benchmark_snapshot', 0))::text AS locked`)),
  publish: defineQuery(['0123456789abcdef0123456789abcdef', [2024], ['{}']], (version: string, years: number[], bodies: string[]) =>
    rawQuery(sql<{ published: boolean }>`SELECT benchmark_snapshot_publish(${version}, ${years}::int[], ${bodies}::text[]) AS published`),
  ),
};

export const benchmarkSnapshotRepository = {
  async newest(em: EntityManager): Promise<BenchmarkSnapshotVersion | null> {
    const rows = await runQuery(em, benchmarkSnapshotQueries.newest());
    return rows.length === 0 ? null : { version: rows[0].version, years: rows.map((r) => r.year), publishedAt: new Date(rows[0].published_at).toISOString() };
  },
  async body(em: EntityManager, version: string, year: number): Promise<string | null> {
    const [row] = await runQuery(em, benchmarkSnapshotQueries.body(version, year));
    return row?.body ?? null;
  },
};
