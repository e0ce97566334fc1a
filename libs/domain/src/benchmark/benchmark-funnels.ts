import { funnel, FunnelMeasure, FunnelPosition, FunnelUnit, publicFunnelPoints } from './funnel';

/**
 * The funnel plots of the benchmark's rates: registrations and complaints per 10,000 inhabitants (exact Poisson
 * limits) and the complaint share (exact binomial limits), each municipality's rate against its size.
 */
export const BENCHMARK_FUNNEL_KINDS = ['registrations_per_10000', 'complaints_per_10000', 'complaint_share'] as const;
export type BenchmarkFunnelKind = (typeof BENCHMARK_FUNNEL_KINDS)[number];

/** What a funnel's values are multiplied by to be read as the figure reads them: per 10,000 inhabitants, per cent. */
const SCALE: Record<BenchmarkFunnelKind, number> = { registrations_per_10000: 10_000, complaints_per_10000: 10_000, complaint_share: 100 };
const MEASURE: Record<BenchmarkFunnelKind, FunnelMeasure> = { registrations_per_10000: 'rate', complaints_per_10000: 'rate', complaint_share: 'share' };

/** One tenant's published counts of the year: null when the figure is hidden (".."), so it enters no funnel. */
export interface FunnelCounts {
  tenantId: string;
  registrations: number | null;
  complaints: number | null;
  inhabitants: number | null;
}

export interface BenchmarkFunnelPoint {
  tenantId: string;
  /** The rate as the figure reads it (per 10,000, per cent), unrounded. */
  value: number;
  /** The count behind it: registrations or complaints, published with the figure anyway. */
  count: number;
  /** Inhabitants (rates) or registrations (the share). */
  exposure: number;
  position: FunnelPosition;
}

export interface BenchmarkFunnelLimits {
  exposure: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

export interface BenchmarkFunnel {
  kind: BenchmarkFunnelKind;
  /** The national value over the published counts, as the figure reads it. */
  target: number;
  /** How many municipalities' published counts the target and the limits are built from. */
  tenantCount: number;
  overdispersion: number;
  overdispersionAdjusted: boolean;
  /** Named municipalities with counts of at least 5 only. */
  points: BenchmarkFunnelPoint[];
  curve: BenchmarkFunnelLimits[];
}

function unitOf(kind: BenchmarkFunnelKind, counts: FunnelCounts): FunnelUnit | null {
  const { tenantId, registrations, complaints, inhabitants } = counts;
  if (kind === 'registrations_per_10000') return registrations === null || !inhabitants ? null : { id: tenantId, events: registrations, exposure: inhabitants };
  if (kind === 'complaints_per_10000') return complaints === null || !inhabitants ? null : { id: tenantId, events: complaints, exposure: inhabitants };
  return complaints === null || registrations === null || registrations === 0 ? null : { id: tenantId, events: complaints, exposure: registrations };
}

/**
 * One funnel over every municipality's published counts (named or not: the national value is everyone's, as the
 * median is); a hidden count enters neither the target nor the limits, so nothing derived from them gives it back.
 * Points only for the named municipalities whose count (and, for the share, the rest of the registrations) is at
 * least 5. Null when there is nothing to compare.
 */
export function benchmarkFunnel(kind: BenchmarkFunnelKind, counts: readonly FunnelCounts[], named: ReadonlySet<string>): BenchmarkFunnel | null {
  const units = counts.flatMap((c) => unitOf(kind, c) ?? []);
  const result = funnel(MEASURE[kind], units);
  if (!result) return null;
  const scale = SCALE[kind];
  return {
    kind,
    target: result.target * scale,
    tenantCount: result.points.length,
    overdispersion: result.overdispersion.phi,
    overdispersionAdjusted: result.overdispersion.adjusted,
    points: publicFunnelPoints(result, named).map((p) => ({ tenantId: p.id, value: p.value * scale, count: p.events, exposure: p.exposure, position: p.position })),
    curve: result.curve.map((l) => ({
      exposure: l.exposure, lower998: l.lower998 * scale, lower95: l.lower95 * scale, upper95: l.upper95 * scale, upper998: l.upper998 * scale,
    })),
  };
}

/** Which funnels a figure carries: the registrations' rate, and with the complaint share the complaints' rate. */
export const FUNNELS_OF_METRIC: Readonly<Record<string, readonly BenchmarkFunnelKind[] | undefined>> = {
  registrations_per_10000: ['registrations_per_10000'],
  complaint_share: ['complaint_share', 'complaints_per_10000'],
};
