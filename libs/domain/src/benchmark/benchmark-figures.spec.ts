import { BenchmarkCountAggregate, BenchmarkInput, BenchmarkPeriodAggregate, buildBenchmark } from './benchmark-figures';
import { TaxonomyEntry } from './benchmark-taxonomy';
import { ComparabilityReason } from './comparability';

const taxonomy: TaxonomyEntry[] = [
  { kind: 'category', code: 'processing_time', nameDa: 'Sagsbehandlingstid', nameEn: 'Processing time', sortOrder: 1 },
  { kind: 'category', code: 'note_duty', nameDa: 'Notatpligt', nameEn: 'Duty to take notes', sortOrder: 2 },
  { kind: 'category', code: 'other', nameDa: 'Andet', nameEn: 'Other', sortOrder: 99 },
  { kind: 'outcome', code: 'other', nameDa: 'Andet', nameEn: 'Other', sortOrder: 99 },
  { kind: 'department_area', code: 'social', nameDa: 'Socialområdet', nameEn: 'Social services', sortOrder: 1 },
  { kind: 'department_area', code: 'other', nameDa: 'Andet', nameEn: 'Other', sortOrder: 99 },
];

function period(tenantId: string, year: number, registrations: number, complaints: number, comparability: ComparabilityReason[] = []): BenchmarkPeriodAggregate {
  return {
    tenantId, year, registrations, distinctCitizens: registrations, complaints, firstContactCount: registrations, firstContactMedianDays: 3, closedCount: 4, closeMedianDays: 20,
    comparability,
  };
}

function counts(tenantId: string, year: number, rows: [BenchmarkCountAggregate['dimension'], string, number, number?][]): BenchmarkCountAggregate[] {
  return rows.map(([dimension, code, registrations, decidedCases]) => ({ tenantId, year, dimension, code, registrations, decidedCases: decidedCases ?? null }));
}

const tenants = ['a', 'b', 'c', 'd'].map((id, i) => ({
  id,
  optIn: id !== 'd',
  peerGroup: i < 3 ? ('land' as const) : ('storby' as const),
  population: new Map([[2023, 10_000 * (i + 1)], [2024, 10_000 * (i + 1)]]),
}));

function input(ownTenantId: string | null): BenchmarkInput {
  return {
    year: 2024,
    tenants,
    taxonomy,
    ownTenantId,
    periods: [period('a', 2024, 40, 23), period('b', 2024, 60, 30), period('c', 2024, 90, 45), period('d', 2024, 120, 60), period('a', 2023, 30, 10)],
    counts: [
      // a: 23 complaints, of which 3 about the duty to take notes: 23 − 12 − 8 would reveal them.
      ...counts('a', 2024, [['kind', 'complaint', 23], ['kind', 'guidance', 17], ['category', 'processing_time', 12], ['category', 'other', 8], ['category', 'note_duty', 3],
        ['area', 'social', 30, 6_000]]),
      ...counts('b', 2024, [['kind', 'complaint', 30], ['kind', 'guidance', 30], ['category', 'processing_time', 20], ['category', 'note_duty', 10], ['area', 'social', 3, 1_000]]),
      ...counts('c', 2024, [['kind', 'complaint', 45], ['kind', 'guidance', 45], ['category', 'processing_time', 45]]),
      ...counts('d', 2024, [['kind', 'complaint', 60], ['kind', 'guidance', 60], ['category', 'processing_time', 60]]),
    ],
  };
}

describe('buildBenchmark', () => {
  it('computes per-capita figures and the national quartiles over every tenant, naming only the opted-in', () => {
    const perCapita = buildBenchmark(input(null)).find((f) => f.metric === 'registrations_per_10000');
    // 40/10,000 · 10,000 = 40; 60/20,000 → 30; 90/30,000 → 30; 120/40,000 → 30.
    expect(perCapita?.values.map((v) => [v.tenantId, v.value, v.rank])).toEqual([['a', 40, 1], ['b', 30, 2], ['c', 30, 2]]);
    expect(perCapita?.national).toEqual({ lowerQuartile: 30, median: 30, upperQuartile: 32.5, tenantCount: 4 });
    expect(perCapita?.peerGroups).toEqual([{ peerGroup: 'land', statistic: { lowerQuartile: 30, median: 30, upperQuartile: 35, tenantCount: 3 } }]);
    expect(perCapita?.values[0].trend).toEqual([{ year: 2023, value: 30, suppressed: false }, { year: 2024, value: 40, suppressed: false }]);
    expect(perCapita?.nationalTrend).toEqual([{ year: 2023, median: null, tenantCount: 0 }, { year: 2024, median: 30, tenantCount: 4 }]);
  });

  it('suppresses the category of 3 and the next smallest, and leaves both out of rankings and statistics', () => {
    const figures = buildBenchmark(input(null));
    const noteDuty = figures.find((f) => f.metric === 'category_share' && f.code === 'note_duty');
    const other = figures.find((f) => f.metric === 'category_share' && f.code === 'other');
    expect(noteDuty?.values.find((v) => v.tenantId === 'a')).toMatchObject({ value: null, count: null, suppressed: true, rank: null });
    expect(other?.values.find((v) => v.tenantId === 'a')).toMatchObject({ value: null, count: null, suppressed: true, rank: null });
    expect(figures.find((f) => f.metric === 'category_share' && f.code === 'processing_time')?.values.find((v) => v.tenantId === 'a'))
      .toMatchObject({ value: 52.2, count: 12, suppressed: false });
    for (const figure of figures) {
      for (const value of figure.values) if (value.count !== null) expect(value.count).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives the own tenant its unsuppressed values, even without opt-in', () => {
    const figures = buildBenchmark(input('a'));
    const noteDuty = figures.find((f) => f.metric === 'category_share' && f.code === 'note_duty');
    expect(noteDuty?.values.find((v) => v.tenantId === 'a')).toMatchObject({ own: true, value: 13, count: 3, suppressed: true, rank: null });
    const own = buildBenchmark(input('d')).find((f) => f.metric === 'registrations_per_10000')?.values.find((v) => v.own);
    expect(own).toMatchObject({ tenantId: 'd', value: 30, count: 120 });
  });

  it('reads inquiries per 1,000 decided cases per department area', () => {
    const social = buildBenchmark(input(null)).find((f) => f.metric === 'inquiries_per_1000_decided' && f.code === 'social');
    // a: 30 / 6,000 · 1,000 = 5; b: 3 registrations are hidden ("..").
    expect(social?.values.map((v) => [v.tenantId, v.value, v.suppressed])).toEqual([['a', 5, false], ['b', null, true]]);
    expect(social?.national).toBeNull();
  });
});

describe('comparability', () => {
  const periods = [
    period('a', 2024, 40, 23, ['units_changed', 'partial_year']), period('a', 2023, 30, 10, ['mapping_changed']),
    period('b', 2024, 3, 1, ['partial_year']), period('c', 2024, 90, 45), period('d', 2024, 120, 60, ['mapping_changed']),
  ];
  const figures = (year: number, ownTenantId: string | null) => buildBenchmark({ year, tenants, taxonomy, counts: [], ownTenantId, periods });
  const reasons = (year: number, ownTenantId: string | null) =>
    figures(year, ownTenantId).find((f) => f.metric === 'registrations_per_10000')?.values.map((v) => [v.tenantId, v.comparability]);

  it("gives each value the reasons of its tenant's year, not of another year", () => {
    expect(reasons(2024, null)).toEqual([['a', ['units_changed', 'partial_year']], ['b', ['partial_year']], ['c', []]]);
    // b and c have only their 2024 trend point in 2023: no figures of 2023, no reasons.
    expect(reasons(2023, null)).toEqual([['a', ['mapping_changed']], ['b', []], ['c', []]]);
    // The same reasons on every figure of the year.
    expect(figures(2024, null).every((f) => f.values.find((v) => v.tenantId === 'a')?.comparability.length === 2)).toBe(true);
  });

  it('keeps the reasons of a suppressed value, since they are no count, and names a municipality that is not opted in to itself only', () => {
    const b = figures(2024, null).find((f) => f.metric === 'registrations_per_10000')?.values.find((v) => v.tenantId === 'b');
    expect(b).toMatchObject({ suppressed: true, value: null, comparability: ['partial_year'] });
    expect(reasons(2024, null)?.map(([id]) => id)).not.toContain('d');
    expect(reasons(2024, 'd')).toContainEqual(['d', ['mapping_changed']]);
  });
});

describe('three-year rolling figures', () => {
  const small = { id: 's', optIn: true, peerGroup: null, population: new Map([[2022, 2_000], [2023, 2_000], [2024, 2_000]]) };
  const rolled = (periods: BenchmarkPeriodAggregate[], ownTenantId: string | null = null) => {
    // No taxonomy: complaints without categories would hide the complaints' total.
    const figures = buildBenchmark({ year: 2024, tenants: [small], taxonomy: [], counts: [], ownTenantId, periods });
    const of = (metric: string) => figures.find((f) => f.metric === metric)?.values[0]?.rolling;
    return { registrations: of('registrations_per_10000'), complaints: of('complaint_share'), days: of('median_days_to_close') };
  };

  it('adds up the counts of the three years before dividing', () => {
    const { registrations, complaints, days } = rolled([period('s', 2022, 6, 5), period('s', 2023, 8, 5), period('s', 2024, 7, 6)]);
    // 21 registrations over 6,000 person-years: 35 per 10,000; 16 complaints of 21: 76.2 %.
    expect(registrations).toEqual({ fromYear: 2022, toYear: 2024, value: 35, count: 21, suppressed: false });
    expect(complaints).toEqual({ fromYear: 2022, toYear: 2024, value: 76.2, count: 16, suppressed: false });
    expect(days).toBeNull();
    // 2 complaints in 2022 are hidden, and so is every window holding them.
    expect(rolled([period('s', 2022, 6, 2), period('s', 2023, 8, 5), period('s', 2024, 7, 6)]).complaints).toMatchObject({ value: null, count: null, suppressed: true });
  });

  it('hides the rolled figure when a year of it is hidden, since the hidden year is the rest; the own tenant sees it', () => {
    const periods = [period('s', 2022, 6, 5), period('s', 2023, 3, 0), period('s', 2024, 7, 5)];
    expect(rolled(periods).registrations).toEqual({ fromYear: 2022, toYear: 2024, value: null, count: null, suppressed: true });
    expect(rolled(periods, 's').registrations).toMatchObject({ value: 26.7, count: 16, suppressed: true });
  });

  it('has no rolled figure without three years', () => {
    expect(rolled([period('s', 2023, 8, 5), period('s', 2024, 7, 5)]).registrations).toBeNull();
  });
});
