import { type Compared, type Fraction, fractionProse, fractionTable } from '@raadgiver/domain';
import type { ReportLocale } from './model';

/*
 * Number formats used in every document (documented here, tested in format.spec.ts):
 * - counts: "130", with the comparison period in parentheses: "130 (132)"; thousands grouped ("1.234" da, "1,234" en);
 * - shares in prose: whole per cent rounded half up, "79 % (71 %)" in Danish, "79% (71%)" in English;
 * - shares in tables: one decimal rounded half up, "78,6 %" in Danish, "78.6%" in English;
 * - days: whole numbers as is, halves (a median of an even count) with one decimal ("2,5" da).
 */

export function formatInteger(value: number, locale: ReportLocale): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'da' ? '.' : ',');
  return sign + grouped;
}

export function formatDays(value: number | null, locale: ReportLocale): string {
  if (value === null) return '–';
  if (Number.isInteger(value)) return formatInteger(value, locale);
  const text = value.toFixed(1);
  return locale === 'da' ? text.replace('.', ',') : text;
}

const percentSign = (locale: ReportLocale) => (locale === 'da' ? ' %' : '%');

export const proseShare = (share: Fraction, locale: ReportLocale): string => fractionProse(share, locale) + percentSign(locale);
export const tableShare = (share: Fraction, locale: ReportLocale): string => fractionTable(share, locale) + percentSign(locale);

/** "130 (132)", or "130" without a comparison period. */
export function comparedCount(value: Compared<number>, locale: ReportLocale): string {
  const now = formatInteger(value.current, locale);
  return value.comparison === null ? now : `${now} (${formatInteger(value.comparison, locale)})`;
}

/** "79 % (71 %)", or "79 %" without a comparison period. */
export function comparedProseShare(value: Compared<Fraction>, locale: ReportLocale): string {
  const now = proseShare(value.current, locale);
  return value.comparison === null ? now : `${now} (${proseShare(value.comparison, locale)})`;
}

/** "78,6 % (70,7 %)", or "78,6 %" without a comparison period. */
export function comparedTableShare(value: Compared<Fraction>, locale: ReportLocale): string {
  const now = tableShare(value.current, locale);
  return value.comparison === null ? now : `${now} (${tableShare(value.comparison, locale)})`;
}

/** "4 (5)" days, "–" where nothing was measured. */
export function comparedDays(current: number | null, comparison: number | null | undefined, locale: ReportLocale): string {
  const now = formatDays(current, locale);
  return comparison === undefined ? now : `${now} (${formatDays(comparison, locale)})`;
}

/** A YYYY-MM-DD date as "1.3.2022" (da) or "2022-03-01" (en). */
export function formatDate(date: string, locale: ReportLocale): string {
  if (locale === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export function formatPeriod(period: { from: string; to: string }, locale: ReportLocale): string {
  return `${formatDate(period.from, locale)}–${formatDate(period.to, locale)}`;
}

/** A rate with one decimal beside the comparison's, "7,5 (5,0)"; "–" where there is none. */
export function comparedRate(value: Compared<number | null>, locale: ReportLocale, withComparison: boolean): string {
  const one = (rate: number | null) => {
    if (rate === null) return '–';
    const text = rate.toFixed(1);
    return locale === 'da' ? text.replace('.', ',') : text;
  };
  return withComparison ? `${one(value.current)} (${one(value.comparison)})` : one(value.current);
}
