import { fraction } from '@raadgiver/domain';
import { comparedCount, comparedDays, comparedProseShare, comparedTableShare, formatDate, formatInteger } from './format';
import { paragraphs } from './model';

describe('number formats', () => {
  it('puts the comparison period in parentheses', () => {
    expect(comparedCount({ current: 130, comparison: 132 }, 'da')).toBe('130 (132)');
    expect(comparedCount({ current: 130, comparison: null }, 'da')).toBe('130');
  });

  it('rounds prose shares half up to whole per cent, Danish with a space before the sign', () => {
    expect(comparedProseShare({ current: fraction(151, 192), comparison: fraction(123, 174) }, 'da')).toBe('79 % (71 %)');
    expect(comparedProseShare({ current: fraction(151, 192), comparison: fraction(123, 174) }, 'en')).toBe('79% (71%)');
    // 12 of 192 is 6.25 %: 6; 1 of 8 is 12.5 %: 13 (half up).
    expect(comparedProseShare({ current: fraction(12, 192), comparison: fraction(1, 8) }, 'da')).toBe('6 % (13 %)');
  });

  it('shows table shares with one decimal and a decimal comma in Danish', () => {
    expect(comparedTableShare({ current: fraction(151, 192), comparison: fraction(123, 174) }, 'da')).toBe('78,6 % (70,7 %)');
    expect(comparedTableShare({ current: fraction(151, 192), comparison: null }, 'en')).toBe('78.6%');
    expect(comparedTableShare({ current: fraction(0, 0), comparison: null }, 'da')).toBe('0,0 %');
  });

  it('groups thousands and formats days and dates', () => {
    expect(formatInteger(100000, 'da')).toBe('100.000');
    expect(formatInteger(1234, 'en')).toBe('1,234');
    expect(comparedDays(2.5, 3, 'da')).toBe('2,5 (3)');
    expect(comparedDays(null, undefined, 'da')).toBe('–');
    expect(formatDate('2022-03-01', 'da')).toBe('1.3.2022');
    expect(formatDate('2022-03-01', 'en')).toBe('2022-03-01');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks and markup as typed', () => {
    expect(paragraphs('Første <b>&\nlinje\r\n\r\n  \n\nAnden "æøå"\n \nTredje')).toEqual(['Første <b>&\nlinje', 'Anden "æøå"', 'Tredje']);
    expect(paragraphs('   ')).toEqual([]);
  });
});
