import { catalogOptions, unitOptions } from './choices';

const unit = (id: string, parentId: string | null, closed = false) => ({ id, parentId, name: id.toUpperCase(), shortName: null, closed, sortOrder: 0 });

describe('choices', () => {
  it('indents units under their parents and leaves closed ones out unless chosen', () => {
    const units = [unit('a', null), unit('b', 'a'), unit('c', 'a', true)];
    expect(unitOptions(units, { includeClosed: false }).map((o) => o.label)).toEqual(['A', '\u00a0\u00a0B']);
    expect(unitOptions(units, { includeClosed: false, keepId: 'c' }).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(unitOptions(units, { includeClosed: true })).toHaveLength(3);
  });

  it('orders catalog entries and keeps inactive ones that are chosen', () => {
    const entries = [
      { id: 'x', name: 'X', active: true, sortOrder: 2 },
      { id: 'y', name: 'Y', active: false, sortOrder: 1 },
      { id: 'z', name: 'Z', active: true, sortOrder: 1 },
    ];
    expect(catalogOptions(entries).map((e) => e.id)).toEqual(['z', 'x']);
    expect(catalogOptions(entries, ['y']).map((e) => e.id)).toEqual(['y', 'z', 'x']);
  });
});
