/** An exact share: `numerator` of `denominator`. A share of nothing (denominator 0) counts as 0. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export type PercentLocale = 'da' | 'en';

export function fraction(numerator: number, denominator: number): Fraction {
  return { numerator, denominator };
}

/**
 * `100 · n / d` rounded half up to `decimals` decimals, computed in integers so that 78.5 becomes 79
 * and 0.15 never turns into 0.1 through binary floating point. 0 when `d` is 0. Counts are
 * non-negative integers; negative ones are rounded half away from zero.
 */
export function roundedPercent(n: number, d: number, decimals = 0): number {
  if (d === 0) return 0;
  if (!Number.isInteger(n) || !Number.isInteger(d) || !Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError('roundedPercent takes integer counts and a whole number of decimals');
  }
  const sign = Math.sign(n) * Math.sign(d);
  const num = BigInt(Math.abs(n));
  const den = BigInt(Math.abs(d));
  const scale = 100n * 10n ** BigInt(decimals);
  // floor(x + 1/2) with x = scale · n / d, i.e. floor((2 · scale · n + d) / (2 · d)).
  const scaled = (2n * scale * num + den) / (2n * den);
  return (sign * Number(scaled)) / 10 ** decimals;
}

function format(value: number, decimals: number, locale: PercentLocale): string {
  const text = value.toFixed(decimals);
  return locale === 'da' ? text.replace('.', ',') : text;
}

/** The share in prose: whole per cent, rounded half up ("79"). No per cent sign. */
export function percentProse(n: number, d: number, locale: PercentLocale = 'en'): string {
  return format(roundedPercent(n, d, 0), 0, locale);
}

/** The share in a table: one decimal, rounded half up ("70.7", or "70,7" with locale 'da'). No per cent sign. */
export function percentTable(n: number, d: number, locale: PercentLocale = 'en'): string {
  return format(roundedPercent(n, d, 1), 1, locale);
}

/** The same, from a Fraction. */
export const fractionProse = (share: Fraction, locale: PercentLocale = 'en'): string => percentProse(share.numerator, share.denominator, locale);
export const fractionTable = (share: Fraction, locale: PercentLocale = 'en'): string => percentTable(share.numerator, share.denominator, locale);
