import { caseVolumeYears, fieldOfRow, parseDecidedCases, rowsToSave } from './decided-cases';

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

describe('rowsToSave', () => {
  it('sends the typed numbers, leaves the empty fields out and remembers the field of each row sent', () => {
    expect(rowsToSave(['a', 'b', 'c'], { unit0: 12, unit1: null, unit2: 0 })).toEqual({
      rows: [
        { orgUnitId: 'a', decidedCases: 12 },
        { orgUnitId: 'c', decidedCases: 0 },
      ],
      fields: ['unit0', 'unit2'],
    });
  });
});

describe('fieldOfRow', () => {
  it("puts a row's error at the field it came from", () => {
    expect(fieldOfRow('rows[1].decidedCases', ['unit0', 'unit2'])).toBe('unit2');
    expect(fieldOfRow('input.rows[0].orgUnitId', ['unit3'])).toBe('unit3');
  });

  it('leaves any other field as the API named it', () => {
    expect(fieldOfRow('year', ['unit0'])).toBe('year');
    expect(fieldOfRow('rows[5].decidedCases', ['unit0'])).toBe('rows[5].decidedCases');
  });
});
