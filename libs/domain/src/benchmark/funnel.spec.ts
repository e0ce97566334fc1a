import { funnel, funnelLimits, overdispersion, publicFunnelPoints } from './funnel';

/*
 * Worked examples computed independently (SciPy's poisson, binom and norm, with the interpolation of Spiegelhalter
 * 2005's appendix), to a millionth.
 */
describe('funnel plot control limits (Spiegelhalter 2005)', () => {
  it('gives exact Poisson limits for a rate: 100 expected registrations among 5,000 inhabitants', () => {
    const limits = funnelLimits('rate', 0.02, 5000);
    const perTenThousand = (value: number) => value * 10_000;
    expect(perTenThousand(limits.lower998)).toBeCloseTo(140.130569, 5);
    expect(perTenThousand(limits.lower95)).toBeCloseTo(160.732674, 5);
    expect(perTenThousand(limits.upper95)).toBeCloseTo(239.16179, 4);
    expect(perTenThousand(limits.upper998)).toBeCloseTo(263.609501, 5);
  });

  it('gives exact binomial limits for a share: 60 % of 200 registrations', () => {
    const limits = funnelLimits('share', 0.6, 200);
    expect(limits.lower998).toBeCloseTo(0.489294, 6);
    expect(limits.lower95).toBeCloseTo(0.529118, 6);
    expect(limits.upper95).toBeCloseTo(0.664856, 6);
    expect(limits.upper998).toBeCloseTo(0.703, 6);
  });

  it('narrows as the municipality grows', () => {
    const small = funnelLimits('rate', 0.02, 2000);
    const large = funnelLimits('rate', 0.02, 200_000);
    expect(small.upper95 - small.lower95).toBeGreaterThan(large.upper95 - large.lower95);
    expect(large.lower95).toBeLessThan(0.02);
    expect(large.upper95).toBeGreaterThan(0.02);
  });
});

describe('a funnel of municipalities that vary more than chance', () => {
  const units = [
    [120, 10000], [300, 20000], [90, 10000], [400, 25000], [50, 8000],
    [700, 30000], [30, 5000], [260, 15000], [150, 12000], [80, 9000],
  ].map(([events, exposure], i) => ({ id: `m${i + 1}`, events, exposure }));
  const result = funnel('rate', units)!;

  it('estimates φ from Winsorised z-scores and widens the limits multiplicatively', () => {
    expect(result.target).toBeCloseTo(0.015138889, 9);
    expect(result.overdispersion.phi).toBeCloseTo(12.61055, 4);
    expect(result.overdispersion.adjusted).toBe(true);
    const at = funnelLimits('rate', result.target, 10_000, result.overdispersion.phi);
    expect(at.lower998).toBeCloseTo(0.00163667, 7);
    expect(at.lower95).toBeCloseTo(0.00657518, 7);
    expect(at.upper95).toBeCloseTo(0.0237026, 7);
    expect(at.upper998).toBeCloseTo(0.0286411, 7);
  });

  it('places only the municipality beyond the widened limits outside, and names it if it chose to be named', () => {
    expect(result.points.filter((point) => point.position !== 'within').map((point) => [point.id, point.position])).toEqual([['m6', 'above_998']]);
    expect(publicFunnelPoints(result, new Set(['m6', 'm7'])).map((point) => point.id)).toEqual(['m6', 'm7']);
    expect(publicFunnelPoints(result, new Set(['m2']))).toHaveLength(1);
  });

  it('draws the funnel from the smallest to the largest municipality', () => {
    expect(result.curve[0].exposure).toBeCloseTo(5000);
    expect(result.curve.at(-1)!.exposure).toBeCloseTo(30000);
    for (const limits of result.curve) expect(limits.lower95).toBeLessThan(limits.upper95);
  });
});

describe('what the public may see of a funnel', () => {
  it('leaves out a point whose count, or for a share whose rest, is below 5', () => {
    const shares = funnel('share', [
      { id: 'few', events: 4, exposure: 40 },
      { id: 'almost-all', events: 97, exposure: 100 },
      { id: 'shown', events: 60, exposure: 100 },
      { id: 'unnamed', events: 50, exposure: 90 },
    ])!;
    expect(publicFunnelPoints(shares, new Set(['few', 'almost-all', 'shown'])).map((point) => point.id)).toEqual(['shown']);
    const rates = funnel('rate', [
      { id: 'few', events: 4, exposure: 3000 },
      { id: 'many', events: 50, exposure: 3000 },
    ])!;
    expect(publicFunnelPoints(rates, new Set(['few', 'many'])).map((point) => point.id)).toEqual(['many']);
  });

  it('is not drawn without anything to compare', () => {
    expect(funnel('rate', [{ id: 'one', events: 5, exposure: 100 }])).toBeNull();
    expect(funnel('rate', [{ id: 'a', events: 0, exposure: 100 }, { id: 'b', events: 0, exposure: 100 }])).toBeNull();
  });

  it('estimates no over-dispersion from municipalities that agree', () => {
    expect(overdispersion([0.5, -0.5, 1, -1, 0.2, -0.2])).toBeLessThan(1);
    expect(funnel('rate', [{ id: 'a', events: 100, exposure: 10_000 }, { id: 'b', events: 102, exposure: 10_000 }])!.overdispersion.adjusted).toBe(false);
  });
});
