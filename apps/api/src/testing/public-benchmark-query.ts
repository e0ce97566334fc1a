/** publicBenchmark(year) asking every field of the type Benchmark: the public GET's JSON must equal its answer. */
export const PUBLIC_BENCHMARK_QUERY = `query P($year: Int) { publicBenchmark(year: $year) {
  year years taxonomyVersion tenants { id name slug kommunekode peerGroup own comment }
  figures { metric code nameDa nameEn national { lowerQuartile median upperQuartile tenantCount } peerGroups { peerGroup statistic { lowerQuartile median upperQuartile tenantCount } }
    values { tenantId own value count suppressed rank trend { year value suppressed } rolling { fromYear toYear value count suppressed } } nationalTrend { year median tenantCount }
    funnels { kind target tenantCount overdispersion overdispersionAdjusted points { tenantId value count exposure position } curve { exposure lower998 lower95 upper95 upper998 } } } } }`;
