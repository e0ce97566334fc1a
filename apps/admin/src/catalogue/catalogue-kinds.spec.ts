import { movedOrder } from './catalogue-kinds';

describe('movedOrder', () => {
  it('swaps the entry with its neighbour', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order as it is at either end or for an unknown id', () => {
    expect(movedOrder(['a', 'b'], 'a', -1)).toEqual(['a', 'b']);
    expect(movedOrder(['a', 'b'], 'b', 1)).toEqual(['a', 'b']);
    expect(movedOrder(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
});
