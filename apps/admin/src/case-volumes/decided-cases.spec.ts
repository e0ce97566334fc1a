import { caseVolumeYears, parseDecidedCases } from './decided-cases';

describe('parseDecidedCases', () => {
  it('reads whole numbers, with spaces or Danish thousands dots', () => {
    expect(parseDecidedCases('1234')).toEqual({ value: 1234 });
    expect(parseDecidedCases(' 1.234 ')).toEqual({ value: 1234 });
    expect(parseDecidedCases('0')).toEqual({ value: 0 });
  });

  it('passes a negative number on for the API to judge', () => {
    expect(parseDecidedCases('-3')).toEqual({ value: -3 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseDecidedCases('')).toEqual({ problem: 'empty' });
    expect(parseDecidedCases('12,5')).toEqual({ problem: 'notWhole' });
    expect(parseDecidedCases('tolv')).toEqual({ problem: 'notWhole' });
    expect(parseDecidedCases('99999999999999999999')).toEqual({ problem: 'notWhole' });
  });
});

describe('caseVolumeYears', () => {
  it('counts back from this year', () => {
    expect(caseVolumeYears(2025, 3)).toEqual([2025, 2024, 2023]);
  });
});
