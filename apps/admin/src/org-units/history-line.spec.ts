import { historyLine, type HistoryEvent } from './history-line';

const event = (partial: Partial<HistoryEvent>): HistoryEvent => ({
  action: 'CREATED',
  fromName: null,
  toName: null,
  fromParent: null,
  toParent: null,
  relatedUnit: null,
  ...partial,
});
const links = { predecessors: [{ id: 'cuba', name: 'CUBA' }], successors: [{ id: 'cbak', name: 'CBAK' }] };

describe('history line', () => {
  it('names the old and the new name of a rename', () => {
    expect(historyLine(event({ action: 'RENAMED', fromName: 'Old', toName: 'New' }), links)).toEqual({
      key: 'renamed',
      from: 'Old',
      to: 'New',
    });
  });

  it('leaves a move to or from the top level for the caller to name', () => {
    expect(historyLine(event({ action: 'MOVED', toParent: { id: 'p', name: 'Parent' } }), links)).toEqual({
      key: 'moved',
      from: null,
      to: 'Parent',
    });
  });

  it('tells which side of a merge the unit was on', () => {
    expect(historyLine(event({ action: 'MERGED', relatedUnit: { id: 'cbak', name: 'CBAK' } }), links).key).toBe('mergedInto');
    expect(historyLine(event({ action: 'MERGED', relatedUnit: { id: 'cuba', name: 'CUBA' } }), links).key).toBe('mergedFrom');
    expect(historyLine(event({ action: 'MERGED' }), links).key).toBe('mergedWith');
  });
});
