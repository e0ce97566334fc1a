import { roundedPercent } from '../statistics/percent';

/**
 * The benchmark's rates, rounded half up to one decimal in integer arithmetic (through roundedPercent, which
 * computes 100 · n / d exactly): null when the denominator is unknown or zero.
 */

/** Registrations per 10,000 inhabitants: 10,000 · registrations / inhabitants. */
export function perTenThousandInhabitants(registrations: number, inhabitants: number | null): number | null {
  if (!inhabitants) return null;
  return roundedPercent(registrations * 100, inhabitants, 1);
}

/**
 * The inhabitants to divide a year's registrations by: that year's count, else the nearest earlier year's, else the
 * nearest later year's (population figures are published with a lag, and a tenant admin may not have entered every
 * year); null when none is known.
 */
export function populationInYear(population: ReadonlyMap<number, number>, year: number): number | null {
  const exact = population.get(year);
  if (exact !== undefined) return exact;
  const years = [...population.keys()];
  const earlier = years.filter((y) => y < year);
  if (earlier.length > 0) return population.get(Math.max(...earlier)) ?? null;
  const later = years.filter((y) => y > year);
  return later.length > 0 ? (population.get(Math.min(...later)) ?? null) : null;
}

/** Inquiries per 1,000 decided cases: 1,000 · inquiries / decided cases. */
export function perThousandDecidedCases(inquiries: number, decidedCases: number | null): number | null {
  if (!decidedCases) return null;
  return roundedPercent(inquiries * 10, decidedCases, 1);
}

/** A share in per cent with one decimal (the complaint share, a category's share of the complaints). */
export function sharePercent(count: number, total: number): number | null {
  if (total <= 0) return null;
  return roundedPercent(count, total, 1);
}
