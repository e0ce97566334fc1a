import { BENCHMARK_METRICS } from './benchmark-figures';
import { bandJudgement, BENCHMARK_DIRECTION, directionText, positionText, quartileBand } from './benchmark-position';

const statistic = { lowerQuartile: 30, median: 40, upperQuartile: 50 };

describe('where a value lies among the municipalities, in words with a direction', () => {
  it('places a value in its quartile band', () => {
    expect([10, 30, 35, 40, 45, 50, 60].map((value) => quartileBand(value, statistic))).toEqual([
      'lowest_quarter', 'below_median', 'below_median', 'at_median', 'above_median', 'above_median', 'highest_quarter',
    ]);
  });

  it('says which end a municipality is among instead of a rank', () => {
    expect(positionText('registrations_per_10000', 'lowest_quarter', 'da')).toBe('blandt de 25 % med færrest henvendelser pr. 10.000 indbyggere');
    expect(positionText('registrations_per_10000', 'highest_quarter', 'en')).toBe('among the 25 % with the most registrations per 10,000 inhabitants');
    expect(positionText('median_days_to_close', 'highest_quarter', 'da')).toBe('blandt de 25 % med længst tid til afslutning');
    expect(positionText('complaint_share', 'below_median', 'da')).toBe('under landsmedianen');
  });

  it('judges only the times, where lower is better, and says so', () => {
    expect(BENCHMARK_METRICS.filter((metric) => BENCHMARK_DIRECTION[metric] === 'lower_is_better')).toEqual(['median_days_to_first_contact', 'median_days_to_close']);
    expect(bandJudgement('median_days_to_first_contact', 'lowest_quarter')).toBe('better');
    expect(bandJudgement('median_days_to_first_contact', 'highest_quarter')).toBe('worse');
    expect(bandJudgement('median_days_to_first_contact', 'above_median')).toBe('neutral');
    expect(bandJudgement('registrations_per_10000', 'highest_quarter')).toBe('neutral');
    expect(directionText('median_days_to_close', 'da')).toBe('Lavere er bedre.');
    expect(directionText('complaint_share', 'en')).toBe('Neither higher nor lower is better in itself.');
  });
});
