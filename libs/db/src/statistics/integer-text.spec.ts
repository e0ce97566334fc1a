import { citizenNumbers, integerColumn, integerLists } from './integer-text';

describe('integerColumn', () => {
  it('reads comma-separated integers, negative ones too, with an empty entry as the given value', () => {
    expect([...integerColumn('3,-1,,12,0', 5, -7)]).toEqual([3, -1, -7, 12, 0]);
    expect([...integerColumn('19358', 1)]).toEqual([19358]);
    expect([...integerColumn('', 1, -1)]).toEqual([-1]);
    expect([...integerColumn('', 0)]).toEqual([]);
  });

  it('refuses a column with more or fewer entries than registrations', () => {
    expect(() => integerColumn('1,2,3', 2)).toThrow(/3 entries where the registrations are 2/);
    expect(() => integerColumn('1,2', 3)).toThrow(/2 entries where the registrations are 3/);
  });
});

describe('integerLists', () => {
  it('reads comma-separated lists of space-separated integers, empty lists included', () => {
    const { start, values } = integerLists('3 7,,2,', 4);
    expect([...values]).toEqual([3, 7, 2]);
    expect([...start]).toEqual([0, 2, 2, 3, 3]);
  });

  it('reads nothing for no registrations, and one empty list for one without categories', () => {
    expect([...integerLists('', 0).start]).toEqual([0]);
    expect([...integerLists('', 1).start]).toEqual([0, 0]);
  });

  it('refuses more or fewer lists than registrations', () => {
    expect(() => integerLists('1,2', 1)).toThrow(/category lists/);
    expect(() => integerLists('1', 2)).toThrow(/category lists/);
  });
});

describe('citizenNumbers', () => {
  const a = '0b7a3e62-58a4-4d35-9f0f-5c1e0d7e2a11';
  const b = 'f3c9d2a0-1b2c-4d5e-8f90-123456789abc';

  it('numbers the ids in the order first seen', () => {
    expect([...citizenNumbers(a + b + a + a + b, 5)]).toEqual([0, 1, 0, 0, 1]);
    expect([...citizenNumbers('', 0)]).toEqual([]);
  });

  it('refuses a text that is not the registrations\' ids', () => {
    expect(() => citizenNumbers(a + b, 3)).toThrow(/citizens/);
  });
});
