import { calendarYear, calendarYearOf, choiceFromQuery, choiceToQuery, periodInputs } from './report-period';

describe('report periods', () => {
  it('makes a calendar year with the year before as comparison', () => {
    expect(calendarYear(2019)).toEqual({ from: '2019-01-01', to: '2019-12-31', comparisonFrom: '2018-01-01', comparisonTo: '2018-12-31' });
    expect(calendarYearOf(calendarYear(2019))).toBe(2019);
    expect(calendarYearOf({ ...calendarYear(2019), from: '2019-03-01' })).toBeNull();
    expect(calendarYearOf({ ...calendarYear(2019), comparisonFrom: '', comparisonTo: '' })).toBeNull();
  });

  it('turns a choice into the query variables, the comparison optional', () => {
    expect(periodInputs(calendarYear(2019))).toEqual({
      inputs: { period: { from: '2019-01-01', to: '2019-12-31' }, comparison: { from: '2018-01-01', to: '2018-12-31' } },
    });
    expect(periodInputs({ from: '2022-03-01', to: '2022-12-31', comparisonFrom: '', comparisonTo: '' })).toEqual({
      inputs: { period: { from: '2022-03-01', to: '2022-12-31' }, comparison: null },
    });
  });

  it('says what is wrong with a choice it cannot query', () => {
    const year = calendarYear(2019);
    expect(periodInputs({ ...year, from: '' })).toEqual({ problem: 'periodMissing' });
    expect(periodInputs({ ...year, to: '2019-02-30' })).toEqual({ problem: 'periodMissing' });
    expect(periodInputs({ ...year, from: '2020-01-01' })).toEqual({ problem: 'periodOrder' });
    expect(periodInputs({ ...year, comparisonTo: '' })).toEqual({ problem: 'comparisonIncomplete' });
    expect(periodInputs({ ...year, comparisonFrom: '2019-01-01' })).toEqual({ problem: 'comparisonOrder' });
  });

  it('keeps the choice in the route query and reads it back', () => {
    const choice = { from: '2022-03-01', to: '2022-12-31', comparisonFrom: '', comparisonTo: '' };
    expect(choiceFromQuery(choiceToQuery(choice), calendarYear(2000))).toEqual(choice);
    expect(choiceFromQuery('', calendarYear(2000))).toEqual(calendarYear(2000));
  });
});
