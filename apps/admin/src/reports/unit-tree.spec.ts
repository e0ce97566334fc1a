import { unitTree } from './unit-tree';


describe('unitTree', () => {
  it('puts parents before their children, siblings by sort order, and orphans at the top', () => {
    const rows = unitTree([
      { id: 'b', parentId: null, name: 'B', sortOrder: 2 },
      { id: 'a1', parentId: 'a', name: 'A1', sortOrder: 1 },
      { id: 'a', parentId: null, name: 'A', sortOrder: 1 },
      { id: 'x', parentId: 'gone', name: 'X', sortOrder: 3 },
    ]);
    expect(rows.map((r) => [r.unit.id, r.depth])).toEqual([
      ['a', 0],
      ['a1', 1],
      ['b', 0],
      ['x', 0],
    ]);
  });
});
