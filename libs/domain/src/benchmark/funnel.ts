import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import poissonCdf from '@stdlib/stats-base-dists-poisson-cdf';
import poissonQuantile from '@stdlib/stats-base-dists-poisson-quantile';
import { SUPPRESSION_THRESHOLD } from './suppression';

/**
 * Funnel plots after Spiegelhalter, "Funnel plots for comparing institutional performance", Statistics in Medicine
 * 24 (2005) 1185–1202: each municipality's rate against its size, with control limits around the national rate
 * that show which differences are more than chance.
 *
 * - 'rate': events per person (registrations or complaints per inhabitant), exact Poisson limits;
 * - 'share': events of a number of trials (complaints of registrations), exact binomial limits.
 *
 * When the municipalities vary more than chance allows, the limits are widened by the multiplicative over-dispersion
 * factor φ of the paper (section 3.4): estimated from z-scores Winsorised at 10 % and 90 %, and used when it exceeds
 * the paper's approximate test bound 1 + 2·√(2/I).
 */
export type FunnelMeasure = 'rate' | 'share';

export interface FunnelUnit {
  id: string;
  /** What is counted: registrations, complaints. */
  events: number;
  /** What it is counted against: inhabitants (rate), registrations (share). */
  exposure: number;
}

/** Where a unit lies: outside the 99.8 % limits, outside the 95 % ones, or within. */
export type FunnelPosition = 'below_998' | 'below_95' | 'within' | 'above_95' | 'above_998';

export interface FunnelLimits {
  exposure: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

export interface FunnelPoint extends FunnelUnit {
  /** events / exposure. */
  value: number;
  /** The standardised Pearson residual: (value − target) / √(V(target) / exposure). */
  z: number;
  position: FunnelPosition;
}

export interface Funnel {
  measure: FunnelMeasure;
  /** The national value: all events over all exposure. */
  target: number;
  /** φ̂, and whether the limits were widened by it. */
  overdispersion: { phi: number; adjusted: boolean };
  points: FunnelPoint[];
  /** The limits at exposures from the smallest to the largest unit, to draw the funnel. */
  curve: FunnelLimits[];
}

/** The two-sided limits: 95 % (p = 0.025, 0.975) and 99.8 % (p = 0.001, 0.999). */
const PROBABILITIES = { lower998: 0.001, lower95: 0.025, upper95: 0.975, upper998: 0.999 } as const;
/** The share of z-scores set to the 10th and 90th percentile before φ is estimated. */
const WINSORISED = 0.1;
const CURVE_POINTS = 60;

/** The variance of one unit of exposure at the target: θ for a Poisson rate, θ(1 − θ) for a proportion. */
function unitVariance(measure: FunnelMeasure, target: number): number {
  return measure === 'rate' ? target : target * (1 - target);
}

/**
 * The exact limit at probability p (the paper's appendix): the p-quantile r of the count at this exposure,
 * interpolated between r − 1 and r so the limit moves smoothly with the exposure, over the exposure.
 */
function exactLimit(measure: FunnelMeasure, target: number, exposure: number, p: number): number {
  const cdf = measure === 'rate' ? (r: number) => poissonCdf(r, target * exposure) : (r: number) => binomialCdf(r, exposure, target);
  const r = measure === 'rate' ? poissonQuantile(p, target * exposure) : binomialQuantile(p, exposure, target);
  const below = cdf(r - 1);
  const at = cdf(r);
  const alpha = at === below ? 0 : (at - p) / (at - below);
  return Math.max(0, (r - alpha) / exposure);
}

/** The limits at an exposure: exact, or with over-dispersion φ the normal approximation widened by √φ. */
export function funnelLimits(measure: FunnelMeasure, target: number, exposure: number, phi: number | null = null): FunnelLimits {
  const limit = (p: number) => {
    if (phi === null) return exactLimit(measure, target, exposure, p);
    const value = target + normalQuantile(p, 0, 1) * Math.sqrt((phi * unitVariance(measure, target)) / exposure);
    return measure === 'share' ? Math.min(1, Math.max(0, value)) : Math.max(0, value);
  };
  return {
    exposure,
    lower998: limit(PROBABILITIES.lower998),
    lower95: limit(PROBABILITIES.lower95),
    upper95: limit(PROBABILITIES.upper95),
    upper998: limit(PROBABILITIES.upper998),
  };
}

/** φ̂: the mean square of the z-scores after Winsorising the lowest and highest 10 % to the 10th and 90th percentile. */
export function overdispersion(zScores: readonly number[]): number {
  if (zScores.length === 0) return 1;
  const sorted = [...zScores].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * WINSORISED);
  const low = sorted[cut];
  const high = sorted[sorted.length - 1 - cut];
  return sorted.reduce((sum, z) => sum + Math.min(high, Math.max(low, z)) ** 2, 0) / sorted.length;
}

function positionOf(value: number, limits: FunnelLimits): FunnelPosition {
  if (value < limits.lower998) return 'below_998';
  if (value < limits.lower95) return 'below_95';
  if (value > limits.upper998) return 'above_998';
  if (value > limits.upper95) return 'above_95';
  return 'within';
}

/** The funnel of the units with any exposure; null when there is nothing to compare (no events or one unit). */
export function funnel(measure: FunnelMeasure, units: readonly FunnelUnit[]): Funnel | null {
  const counted = units.filter((unit) => unit.exposure > 0);
  const events = counted.reduce((sum, unit) => sum + unit.events, 0);
  const exposure = counted.reduce((sum, unit) => sum + unit.exposure, 0);
  if (counted.length < 2 || events === 0 || (measure === 'share' && events === exposure)) return null;
  const target = events / exposure;
  const zOf = (unit: FunnelUnit) => (unit.events / unit.exposure - target) / Math.sqrt(unitVariance(measure, target) / unit.exposure);
  const phi = overdispersion(counted.map(zOf));
  const adjusted = phi > 1 + 2 * Math.sqrt(2 / counted.length);
  const limitsAt = (at: number) => funnelLimits(measure, target, at, adjusted ? phi : null);
  const points = counted.map((unit) => {
    const value = unit.events / unit.exposure;
    return { ...unit, value, z: zOf(unit), position: positionOf(value, limitsAt(unit.exposure)) };
  });
  const smallest = Math.min(...counted.map((unit) => unit.exposure));
  const largest = Math.max(...counted.map((unit) => unit.exposure));
  // Evenly spaced on a log scale: the funnel narrows fastest at the small end.
  const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const at = smallest * (largest / smallest) ** (i / (CURVE_POINTS - 1));
    return limitsAt(measure === 'share' ? Math.round(at) : at);
  });
  return { measure, target, overdispersion: { phi, adjusted }, points, curve };
}

/**
 * The points the public may see: only municipalities that chose to be named, and none whose count (or, for a share,
 * the rest of its trials) is below the suppression threshold, since the public size would give the count back.
 */
export function publicFunnelPoints(result: Funnel, named: ReadonlySet<string>, threshold = SUPPRESSION_THRESHOLD): FunnelPoint[] {
  return result.points.filter(
    (point) => named.has(point.id) && point.events >= threshold && (result.measure === 'rate' || point.exposure - point.events >= threshold),
  );
}
