import type { TestApi } from './test-api';

/**
 * publicBenchmark(year) asking every field of the type Benchmark, in two queries since one would pass the complexity
 * limit: the figures, then their funnels. The public GET's JSON must equal the two answers put together.
 */
const FIGURES = `query P($year: Int) { publicBenchmark(year: $year) {
  year years taxonomyVersion updatedAt tenants { id name slug kommunekode peerGroup own comment }
  figures { metric code nameDa nameEn national { lowerQuartile median upperQuartile tenantCount } peerGroups { peerGroup statistic { lowerQuartile median upperQuartile tenantCount } }
    values { tenantId own value count suppressed rank trend { year value suppressed } rolling { fromYear toYear value count suppressed } comparability } nationalTrend { year median tenantCount } } } }`;
const FUNNELS = `query F($year: Int) { publicBenchmark(year: $year) { figures {
  funnels { kind target tenantCount overdispersion overdispersionAdjusted points { tenantId value count exposure position } curve { exposure lower998 lower95 upper95 upper998 } } } } }`;

interface Answer {
  publicBenchmark: { figures: Record<string, unknown>[] } & Record<string, unknown>;
}

/** Every field of publicBenchmark(year), as one answer; the errors of either query when there are any. */
export async function wholePublicBenchmark<T>(api: TestApi, year: number | null): Promise<{ data: T | null; errors: unknown[] | undefined }> {
  const [figures, funnels] = [await api.gql<Answer>(FIGURES, { year }), await api.gql<Answer>(FUNNELS, { year })];
  const errors = figures.errors ?? funnels.errors;
  if (errors || !figures.data || !funnels.data) return { data: null, errors: errors ?? [] };
  const merged = {
    ...figures.data.publicBenchmark,
    figures: figures.data.publicBenchmark.figures.map((figure, i) => ({ ...figure, funnels: funnels.data!.publicBenchmark.figures[i].funnels })),
  };
  return { data: merged as T, errors: undefined };
}
