import { comparedCount, comparedShareProse, formatDays, periodLabel, reportLanguage, shareTable, withComparison } from './report-format';

describe('report formatting', () => {
  it('puts the comparison in parentheses, as the Lejre report does', () => {
    expect(comparedCount({ current: 130, comparison: 132 }, 'da')).toBe('130 (132)');
    expect(comparedCount({ current: 1234, comparison: null }, 'da')).toBe('1.234');
    expect(comparedCount({ current: 1234, comparison: 999 }, 'en')).toBe('1,234 (999)');
    expect(withComparison({ current: 'a' }, (v) => v)).toBe('a');
  });

  it('shows shares with one decimal in tables and whole per cent in prose, rounded half up', () => {
    expect(shareTable({ numerator: 151, denominator: 192 }, 'da')).toBe('78,6');
    expect(shareTable({ numerator: 1, denominator: 16 }, 'en')).toBe('6.3');
    expect(shareTable({ numerator: 0, denominator: 0 }, 'da')).toBe('0,0');
    expect(comparedShareProse({ current: { numerator: 151, denominator: 192 }, comparison: { numerator: 123, denominator: 174 } }, 'da')).toBe(
      '79 % (71 %)',
    );
  });

  it('shows days with at most one decimal and a dash for nothing measured', () => {
    expect(formatDays(2.5, 'da')).toBe('2,5');
    expect(formatDays(7, 'en')).toBe('7');
    expect(formatDays(null, 'da')).toBe('–');
  });

  it('names a calendar year by its number and any other period by both ends', () => {
    const day = (d: string) => `<${d}>`;
    expect(periodLabel({ from: '2019-01-01', to: '2019-12-31' }, day)).toBe('2019');
    expect(periodLabel({ from: '2022-03-01', to: '2022-12-31' }, day)).toBe('<2022-03-01> – <2022-12-31>');
  });

  it('reads any language but English as Danish', () => {
    expect(reportLanguage('en')).toBe('en');
    expect(reportLanguage('en-GB')).toBe('en');
    expect(reportLanguage('da')).toBe('da');
    expect(reportLanguage('de')).toBe('da');
  });
});
