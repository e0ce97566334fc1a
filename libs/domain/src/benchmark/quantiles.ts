/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the default of R, NumPy and
 * Excel's QUARTILE.INC): for n sorted values x₁ ≤ … ≤ xₙ, the p-quantile is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋)
 * with h = (n − 1)p + 1. The median (p = 0.5) is the middle value, or the mean of the two middle values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must be between 0 and 1');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export interface Quartiles {
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
}

/** The first quartile, the median and the third quartile (type 7); null for no values. */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  return { lowerQuartile: quantile(values, 0.25) as number, median: quantile(values, 0.5) as number, upperQuartile: quantile(values, 0.75) as number };
}

/** Rounded half up to one decimal, as the benchmark shows every figure. */
export function oneDecimal(value: number): number {
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.max(1, Math.abs(value))) * 10) / 10;
}
