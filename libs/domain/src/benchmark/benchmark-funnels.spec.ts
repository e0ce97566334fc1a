import { BenchmarkInput, BenchmarkPeriodAggregate, buildBenchmark } from './benchmark-figures';
import { benchmarkFunnel } from './benchmark-funnels';

function period(tenantId: string, registrations: number, complaints: number): BenchmarkPeriodAggregate {
  return { tenantId, year: 2024, registrations, distinctCitizens: registrations, complaints, firstContactCount: 0, firstContactMedianDays: null, closedCount: 0, closeMedianDays: null, comparability: [] };
}

/**
 * Municipalities of 10,000–60,000 registering about 20 per 10,000: 'big' registers far more, 'tiny' only 3;
 * 'hidden' and the five others are not named.
 */
const OTHERS = [38, 42, 40, 41, 39];
const input: BenchmarkInput = {
  year: 2024,
  ownTenantId: null,
  taxonomy: [],
  counts: [],
  tenants: [
    ...['a', 'b', 'c', 'big', 'tiny', 'hidden'].map((id, i) => ({ id, optIn: id !== 'hidden', peerGroup: null, population: new Map([[2024, 10_000 * (i + 1)]]) })),
    ...OTHERS.map((_, i) => ({ id: `other${i}`, optIn: false, peerGroup: null, population: new Map([[2024, 20_000]]) })),
  ],
  periods: [
    period('a', 20, 10), period('b', 40, 20), period('c', 60, 30), period('big', 400, 100), period('tiny', 3, 1), period('hidden', 120, 60),
    ...OTHERS.map((n, i) => period(`other${i}`, n, 20)),
  ],
};

describe('the benchmark funnels', () => {
  const figures = buildBenchmark(input);
  const registrations = figures.find((f) => f.metric === 'registrations_per_10000')!.funnels;
  const complaints = figures.find((f) => f.metric === 'complaint_share')!.funnels;

  it('gives the registrations their rate and the complaint share both the share and the complaints per 10,000', () => {
    expect(registrations.map((f) => f.kind)).toEqual(['registrations_per_10000']);
    expect(complaints.map((f) => f.kind)).toEqual(['complaint_share', 'complaints_per_10000']);
    expect(figures.find((f) => f.metric === 'median_days_to_close')!.funnels).toEqual([]);
  });

  it('builds the national rate from the published counts only: the hidden 3 registrations enter nothing', () => {
    const [funnel] = registrations;
    // (20 + 40 + 60 + 400 + 120 + 200) / (160,000 + 5 · 20,000) · 10,000; 'tiny' (50,000 inhabitants) left out.
    expect(funnel.target).toBeCloseTo((840 / 260_000) * 10_000, 9);
    expect(funnel.tenantCount).toBe(10);
  });

  it('shows points of the named municipalities with at least 5 only, and places the outlier outside', () => {
    const [funnel] = registrations;
    expect(funnel.points.map((p) => p.tenantId).sort()).toEqual(['a', 'b', 'big', 'c']);
    const big = funnel.points.find((p) => p.tenantId === 'big')!;
    expect(big).toMatchObject({ value: 100, count: 400, exposure: 40_000 });
    expect(big.position).toMatch(/^above_/);
    for (const point of funnel.points) expect(point.count).toBeGreaterThanOrEqual(5);
    for (const limits of funnel.curve) expect(limits.lower95).toBeLessThanOrEqual(funnel.target);
  });

  it('leaves out a share whose complaints are fewer than 5 and reads the share in per cent', () => {
    const share = complaints.find((f) => f.kind === 'complaint_share')!;
    expect(share.points.find((p) => p.tenantId === 'a')).toMatchObject({ value: 50, count: 10, exposure: 20 });
    expect(share.points.some((p) => p.tenantId === 'tiny' || p.tenantId === 'hidden')).toBe(false);
  });

  it('draws no funnel with a single published count', () => {
    expect(benchmarkFunnel('registrations_per_10000', [{ tenantId: 'a', registrations: 20, complaints: 10, inhabitants: 10_000 }], new Set(['a']))).toBeNull();
    expect(benchmarkFunnel('complaint_share', [
      { tenantId: 'a', registrations: 20, complaints: null, inhabitants: 10_000 },
      { tenantId: 'b', registrations: 30, complaints: 10, inhabitants: 10_000 },
    ], new Set(['a', 'b']))).toBeNull();
  });
});
