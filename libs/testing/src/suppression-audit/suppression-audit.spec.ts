import fc from 'fast-check';
import {
  BenchmarkCountAggregate, BenchmarkInput, BenchmarkMetric, BenchmarkPeriodAggregate, buildBenchmark, populationInYear, quartiles, oneDecimal, TaxonomyEntry,
} from '@raadgiver/domain';
import { VariableRange } from './linear-bounds';
import { cellsFromFigures, PublishedCell, rollingsFromFigures } from './published-cells';
import { auditSuppression, rollingFindings } from './suppression-audit';

// The LP per hidden cell, over a few hundred generated benchmarks.
jest.setTimeout(120_000);

const noPopulation = { population: () => null };
const rounded = (range: VariableRange | undefined) => (range ? [Math.round(range.min), Math.round(range.max)] : range);

/** A hand-written published cell of tenant t in 2022: a number is a published count with its value, null hidden. */
function published(metric: BenchmarkMetric, code: string | null, count: number | null, value: number | null = null): PublishedCell {
  const suppressed = count === null;
  return { tenantId: 't', year: 2022, metric, code, count, value: suppressed ? null : value, rank: null, suppressed, source: 'by hand' };
}

describe('the suppression audit', () => {
  it('finds the hidden zeros of Lyngby-Taarbæk 2022 under the old rule: 106 = 32 + 37 + 11 + 16 + 5 + 5 published', async () => {
    const outcomes: [string, number | null, number | null][] = [
      ['dialogue_strengthened', 32, 30.2], ['complaint_help', 37, 34.9], ['reopened', 11, 10.4], ['criticism', 16, 15.1],
      ['resolved_by_advisor', 5, 4.7], ['other', 5, 4.7], ['rejected_outdated', null, null], ['improvement_proposal', null, null],
    ];
    const findings = await auditSuppression([
      published('registrations_per_10000', null, 150),
      ...outcomes.map(([code, count, value]) => published('outcome_share', code, count, value)),
    ], noPopulation);
    // The shares put the outcomes' total within 105.8 to 106.1: each hidden outcome at most 0.1, so 0.
    expect(findings.map((f) => [f.code, f.problem])).toEqual([['rejected_outdated', 'pinned'], ['improvement_proposal', 'pinned']]);
    for (const f of findings) expect(f.range?.max).toBeLessThan(1);
  });

  it('finds the two cells of a year with 54 complaints pinned to 4 and 5 by the smallest published count', async () => {
    // Old rule: the 4 and the smallest published 5 hidden (sum 9) while another 5 stays published.
    const cells = [
      published('registrations_per_10000', null, 80),
      published('complaint_share', null, 54, 67.5),
      published('category_share', 'processing_time', 40, 74.1),
      published('category_share', 'involvement', 5, 9.3),
      published('category_share', 'note_duty', null),
      published('category_share', 'other', null),
    ];
    const findings = await auditSuppression(cells, noPopulation);
    expect(findings.map((f) => [f.code, f.problem, rounded(f.range)])).toEqual([
      ['note_duty', 'pinned', [4, 5]],
      ['other', 'pinned', [4, 5]],
    ]);
    // It takes knowing the algorithm (hidden cells at most the smallest published one): the sums alone leave 0 to 9.
    expect(await auditSuppression(cells, noPopulation, { algorithmKnown: false })).toEqual([]);
  });

  it('finds registrations given back by their rate and the population', async () => {
    const hiddenCount = { ...published('registrations_per_10000', null, null), value: 0.8 };
    const findings = await auditSuppression([hiddenCount], { population: () => 40_000 });
    expect(findings.map((f) => f.problem)).toContain('published');
    const rateOnly = await auditSuppression([
      published('registrations_per_10000', null, null),
      { ...published('registrations_per_10000', null, null), suppressed: false, value: 0.8, source: 'a trend' },
    ], { population: () => 40_000 });
    expect(rateOnly.map((f) => f.problem)).toEqual(['published']);
  });

  it('finds a hidden complaint count given back by a published category and its share', async () => {
    const findings = await auditSuppression([
      published('registrations_per_10000', null, 30),
      published('complaint_share', null, null),
      published('category_share', 'processing_time', 6, 50),
      published('category_share', 'other', null),
    ], noPopulation);
    // 100 · 6 / complaints rounds to 50.0: complaints is 12, though hidden.
    const complaints = findings.find((f) => f.metric === 'complaint_share');
    expect([complaints?.problem, rounded(complaints?.range)]).toEqual(['pinned', [12, 12]]);
  });

  it('finds a trend point that shows a year the year itself hides', async () => {
    const findings = await auditSuppression([
      published('median_days_to_close', null, null),
      { ...published('median_days_to_close', null, null), suppressed: false, value: 12.5, source: 'benchmark(2023) trend' },
    ], noPopulation);
    expect(findings).toEqual([expect.objectContaining({ problem: 'published', detail: expect.stringContaining('benchmark(2023) trend shows value 12.5') })]);
  });

  const taxonomy: TaxonomyEntry[] = [
    ...['processing_time', 'note_duty', 'involvement', 'other'].map((code, i) => ({ kind: 'category' as const, code, nameDa: code, nameEn: code, sortOrder: i })),
    ...['criticism', 'reopened', 'other'].map((code, i) => ({ kind: 'outcome' as const, code, nameDa: code, nameEn: code, sortOrder: i })),
    ...['employment', 'social_adults', 'other'].map((code, i) => ({ kind: 'department_area' as const, code, nameDa: code, nameEn: code, sortOrder: i })),
  ];
  const small = fc.nat({ max: 14 });
  /** One tenant-year as the refresh makes it: categories of complaints (some with two), outcomes and areas of registrations. */
  const tenantYear = fc.record({
    categories: fc.array(small, { minLength: 4, maxLength: 4 }),
    overlap: fc.nat({ max: 6 }),
    outcomes: fc.array(small, { minLength: 3, maxLength: 3 }),
    areas: fc.array(small, { minLength: 3, maxLength: 3 }),
    decided: fc.array(fc.option(fc.integer({ min: 100, max: 5_000 }), { nil: null }), { minLength: 3, maxLength: 3 }),
    others: fc.nat({ max: 8 }),
    firstContacts: fc.nat({ max: 40 }),
    closings: fc.nat({ max: 40 }),
  });

  type TenantYear = typeof tenantYear extends fc.Arbitrary<infer T> ? T : never;

  function inputOf(generated: { years: TenantYear[][]; population: number[] }, year: number): BenchmarkInput {
    const periods: BenchmarkPeriodAggregate[] = [];
    const counts: BenchmarkCountAggregate[] = [];
    generated.years.forEach((ofTenant, t) => ofTenant.forEach((y, i) => {
      const tenantId = `t${t}`;
      const periodYear = 2023 + i;
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      // Each complaint has a category, some two: complaints between the largest category and their sum.
      const complaints = Math.max(...y.categories, sum(y.categories) - y.overlap);
      const registrations = Math.max(complaints + y.others, sum(y.outcomes), sum(y.areas));
      const row = (dimension: BenchmarkCountAggregate['dimension'], code: string, n: number, decidedCases: number | null = null) =>
        counts.push({ tenantId, year: periodYear, dimension, code, registrations: n, decidedCases });
      row('kind', 'complaint', complaints);
      row('kind', 'guidance', registrations - complaints);
      y.categories.forEach((n, c) => n > 0 && row('category', taxonomy[c].code, n));
      y.outcomes.forEach((n, c) => n > 0 && row('outcome', taxonomy[4 + c].code, n));
      y.areas.forEach((n, c) => (n > 0 || y.decided[c] !== null) && row('area', taxonomy[7 + c].code, n, y.decided[c]));
      periods.push({
        tenantId, year: periodYear, registrations, distinctCitizens: registrations, complaints,
        firstContactCount: Math.min(registrations, y.firstContacts), firstContactMedianDays: 3,
        closedCount: Math.min(registrations, y.closings), closeMedianDays: 20, comparability: [],
      });
    }));
    const tenants = generated.population.map((inhabitants, t) => ({
      id: `t${t}`, optIn: true, peerGroup: 'land' as const, population: new Map([[2023, inhabitants]]),
    }));
    return { year, tenants, periods, counts, taxonomy, ownTenantId: null };
  }

  const benchmarks = fc.integer({ min: 3, max: 4 }).chain((tenants) => fc.record({
    years: fc.array(fc.array(tenantYear, { minLength: 3, maxLength: 3 }), { minLength: tenants, maxLength: tenants }),
    population: fc.array(fc.integer({ min: 2_000, max: 120_000 }), { minLength: tenants, maxLength: tenants }),
  }));

  it('passes the benchmark the suppression builds: no hidden cell pinned, shown, or left out of a relation', async () => {
    await fc.assert(
      fc.asyncProperty(benchmarks, async (generated) => {
        const first = inputOf(generated, 2023);
        const figures = [2023, 2024, 2025].map((year) => [year, buildBenchmark(inputOf(generated, year))] as const);
        const cells = figures.flatMap(([year, built]) => cellsFromFigures(year, built));
        const population = (tenantId: string, year: number) => populationInYear(first.tenants.find((t) => t.id === tenantId)?.population ?? new Map(), year);
        expect(await auditSuppression(cells, { population })).toEqual([]);
        // The three-year figures of 2025 add up published years only.
        expect(rollingFindings(cells, figures.flatMap(([year, built]) => rollingsFromFigures(year, built)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a rolled count over a hidden year, and one that is not the sum of its years', () => {
    const cell = (year: number, count: number | null): PublishedCell => ({ tenantId: 't', year, metric: 'registrations_per_10000', code: null, count, suppressed: count === null, source: `y${year}` });
    const rolling = (count: number) => [{ tenantId: 't', metric: 'registrations_per_10000' as const, fromYear: 2022, toYear: 2024, count, suppressed: false, source: 'rolling' }];
    expect(rollingFindings([cell(2022, 6), cell(2023, null), cell(2024, 7)], rolling(16)).map((f) => [f.year, f.problem])).toEqual([[2023, 'published']]);
    expect(rollingFindings([cell(2022, 6), cell(2023, 3), cell(2024, 7)], rolling(17)).map((f) => f.problem)).toEqual(['inconsistent']);
    expect(rollingFindings([cell(2022, 6), cell(2023, 5), cell(2024, 7)], rolling(18))).toEqual([]);
  });

  it('builds statistics and ranks from published values only', () => {
    fc.assert(
      fc.property(benchmarks, (generated) => {
        for (const figure of buildBenchmark(inputOf(generated, 2024))) {
          // Every tenant is named here, so the published values are all the statistic may use.
          const shown = figure.values.filter((v) => !v.suppressed && v.value !== null).map((v) => v.value as number);
          const expected = shown.length >= 3 ? quartiles(shown) : null;
          expect(figure.national?.median ?? null).toBe(expected ? oneDecimal(expected.median) : null);
          for (const v of figure.values) if (v.suppressed) expect(v.rank).toBeNull();
          expect(figure.values.filter((v) => v.rank !== null)).toHaveLength(shown.length);
          // The funnel's national rate: the published counts over their tenants' inhabitants, nothing hidden in it.
          const registrations = figure.metric === 'registrations_per_10000' ? figure.funnels[0] : undefined;
          if (registrations) {
            const published = figure.values.filter((v) => v.count !== null);
            const inhabitants = published.reduce((sum, v) => sum + (generated.population[Number(v.tenantId.slice(1))]), 0);
            expect(registrations.tenantCount).toBe(published.length);
            expect(registrations.target).toBeCloseTo((published.reduce((sum, v) => sum + (v.count as number), 0) / inhabitants) * 10_000, 6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
