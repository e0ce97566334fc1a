import { percentProse, percentTable } from '@raadgiver/domain';
import type { ComparedView, PeriodView, ShareView } from './report-view';

/** The UI languages; anything else reads as Danish. */
export type ReportLanguage = 'da' | 'en';

export function reportLanguage(language: string): ReportLanguage {
  return language.startsWith('en') ? 'en' : 'da';
}

const LOCALES: Record<ReportLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** A count with thousands separators: "1.234" in Danish. */
export function formatCount(value: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

/** Days, with at most one decimal (a median can fall between two days); "–" when nothing was measured. */
export function formatDays(value: number | null | undefined, language: ReportLanguage): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
}

/** The figure with the comparison period's in parentheses, as the Lejre report writes it: "130 (132)". */
export function withComparison<T>(figure: ComparedView<T>, format: (value: T) => string): string {
  const current = format(figure.current);
  return figure.comparison === null || figure.comparison === undefined ? current : `${current} (${format(figure.comparison)})`;
}

export function comparedCount(figure: ComparedView<number>, language: ReportLanguage): string {
  return withComparison(figure, (value) => formatCount(value, language));
}

/** A share in a table: one decimal, rounded half up, no per cent sign ("78,6"). */
export function shareTable(share: ShareView, language: ReportLanguage): string {
  return percentTable(share.numerator, share.denominator, language);
}

/** A share in prose: whole per cent, rounded half up, no per cent sign ("79"). */
export function shareProse(share: ShareView, language: ReportLanguage): string {
  return percentProse(share.numerator, share.denominator, language);
}

/** "79 % (71 %)" in prose. */
export function comparedShareProse(figure: ComparedView<ShareView>, language: ReportLanguage): string {
  return withComparison(figure, (share) => `${shareProse(share, language)} %`);
}

function isCalendarYear(period: PeriodView): boolean {
  const year = period.from.slice(0, 4);
  return period.from === `${year}-01-01` && period.to === `${year}-12-31`;
}

/** A period's name in a column heading or legend: "2019" for a calendar year, otherwise both ends. */
export function periodLabel(period: PeriodView, formatDay: (isoDay: string) => string): string {
  return isCalendarYear(period) ? period.from.slice(0, 4) : `${formatDay(period.from)} – ${formatDay(period.to)}`;
}
