import type { BenchmarkMetric } from './benchmark-figures';
import type { Quartiles } from './quantiles';

/**
 * Where a municipality's value lies among all municipalities', in words that carry the direction ("among the 25 %
 * with the fewest registrations per 10,000 inhabitants") instead of a rank whose 1 may be the best or the worst.
 */

/** Whether a lower value is better, or the figure is shown without judgement. */
export type BenchmarkDirection = 'lower_is_better' | 'no_judgement';

/**
 * Only time is judged: a quick first contact and a quick close are better for the citizen. More registrations or
 * complaints may mean a better-known advisor as well as worse casework, and the shares of categories, outcomes and
 * decided cases describe, they do not grade.
 */
export const BENCHMARK_DIRECTION: Record<BenchmarkMetric, BenchmarkDirection> = {
  registrations_per_10000: 'no_judgement',
  complaint_share: 'no_judgement',
  category_share: 'no_judgement',
  outcome_share: 'no_judgement',
  median_days_to_first_contact: 'lower_is_better',
  median_days_to_close: 'lower_is_better',
  inquiries_per_1000_decided: 'no_judgement',
};

/** The quartile band a value lies in: below the lower quartile, below the median, at it, above it, above the upper quartile. */
export type QuartileBand = 'lowest_quarter' | 'below_median' | 'at_median' | 'above_median' | 'highest_quarter';

export function quartileBand(value: number, statistic: Quartiles): QuartileBand {
  if (value < statistic.lowerQuartile) return 'lowest_quarter';
  if (value > statistic.upperQuartile) return 'highest_quarter';
  if (value < statistic.median) return 'below_median';
  if (value > statistic.median) return 'above_median';
  return 'at_median';
}

/** Better, worse or neither: only figures with a direction judge, and only in the outer quarters. */
export function bandJudgement(metric: BenchmarkMetric, band: QuartileBand): 'better' | 'worse' | 'neutral' {
  if (BENCHMARK_DIRECTION[metric] !== 'lower_is_better') return 'neutral';
  if (band === 'lowest_quarter') return 'better';
  return band === 'highest_quarter' ? 'worse' : 'neutral';
}

export type PositionLanguage = 'da' | 'en';

/** Each metric's low and high end in words: [Danish low, Danish high, English low, English high]. */
const ENDS: Record<BenchmarkMetric, [string, string, string, string]> = {
  registrations_per_10000: ['færrest henvendelser pr. 10.000 indbyggere', 'flest henvendelser pr. 10.000 indbyggere',
    'fewest registrations per 10,000 inhabitants', 'most registrations per 10,000 inhabitants'],
  complaint_share: ['lavest andel klager', 'højest andel klager', 'lowest share of complaints', 'highest share of complaints'],
  category_share: ['lavest andel af klagerne', 'højest andel af klagerne', 'lowest share of the complaints', 'highest share of the complaints'],
  outcome_share: ['lavest andel af udfaldene', 'højest andel af udfaldene', 'lowest share of the outcomes', 'highest share of the outcomes'],
  median_days_to_first_contact: ['kortest tid til første kontakt', 'længst tid til første kontakt', 'shortest time to first contact', 'longest time to first contact'],
  median_days_to_close: ['kortest tid til afslutning', 'længst tid til afslutning', 'shortest time to close', 'longest time to close'],
  inquiries_per_1000_decided: ['færrest henvendelser pr. 1.000 afgjorte sager', 'flest henvendelser pr. 1.000 afgjorte sager',
    'fewest inquiries per 1,000 decided cases', 'most inquiries per 1,000 decided cases'],
};

/** "blandt de 25 % med færrest henvendelser pr. 10.000 indbyggere", "under landsmedianen", … */
export function positionText(metric: BenchmarkMetric, band: QuartileBand, language: PositionLanguage): string {
  const [lowDa, highDa, lowEn, highEn] = ENDS[metric];
  const da = language === 'da';
  switch (band) {
    case 'lowest_quarter': return da ? `blandt de 25 % med ${lowDa}` : `among the 25 % with the ${lowEn}`;
    case 'highest_quarter': return da ? `blandt de 25 % med ${highDa}` : `among the 25 % with the ${highEn}`;
    case 'below_median': return da ? 'under landsmedianen' : 'below the national median';
    case 'above_median': return da ? 'over landsmedianen' : 'above the national median';
    case 'at_median': return da ? 'på landsmedianen' : 'at the national median';
  }
}

/** The figure's direction said once: "Lavere er bedre." or that neither end is better in itself. */
export function directionText(metric: BenchmarkMetric, language: PositionLanguage): string {
  if (BENCHMARK_DIRECTION[metric] === 'lower_is_better') return language === 'da' ? 'Lavere er bedre.' : 'Lower is better.';
  return language === 'da' ? 'Hverken højere eller lavere er i sig selv bedre.' : 'Neither higher nor lower is better in itself.';
}
