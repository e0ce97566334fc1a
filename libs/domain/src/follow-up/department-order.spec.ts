import { departmentTreeOrder, followUpNoteRows, TreeUnit, WrittenFollowUp } from './department-order';

const unit = (id: string, parentId: string | null, name: string, sortOrder = 0): TreeUnit => ({ id, parentId, name, sortOrder });

describe('departmentTreeOrder', () => {
  it('walks the tree depth first, siblings by sort order and then name', () => {
    const units = [
      unit('b1', 'b', 'Myndighed'),
      unit('a', null, 'Socialområdet', 20),
      unit('b', null, 'Børne- og Familieområdet', 10),
      unit('a2', 'a', 'Bostøtte', 2),
      unit('a1', 'a', 'Visitation', 1),
      unit('c', null, 'Arbejdsmarkedsafdelingen', 30),
      unit('b0', 'b', 'Familierådgivning'),
    ];
    expect(departmentTreeOrder(units).map((u) => u.id)).toEqual(['b', 'b0', 'b1', 'a', 'a1', 'a2', 'c']);
  });

  it('sorts Danish letters after z and treats a missing parent as a root', () => {
    const units = [unit('ø', null, 'Økonomi'), unit('z', null, 'Zoneområdet'), unit('orphan', 'gone', 'Borgerservice')];
    expect(departmentTreeOrder(units).map((u) => u.id)).toEqual(['orphan', 'z', 'ø']);
  });

  it('lists units caught in a cycle once', () => {
    const units = [unit('x', 'y', 'X'), unit('y', 'x', 'Y'), unit('r', null, 'R')];
    expect(departmentTreeOrder(units).map((u) => u.id)).toEqual(['r', 'x', 'y']);
  });
});

describe('followUpNoteRows', () => {
  const units = [unit('social', null, 'Socialområdet', 2), unit('born', null, 'Børne- og Familieområdet', 1), unit('job', null, 'Arbejdsmarkedsafdelingen', 3), unit('team', 'social', 'Myndighed')];
  const written = (orgUnitId: string, title: string, order: number, text: string): WrittenFollowUp => ({
    orgUnitId, recommendationTitle: title, recommendationSortOrder: order, text, proposedStatus: null, writtenAt: '2024-09-11T10:00:00.000Z',
  });

  it('gives one row per addressed unit in tree order, entries in report order, and empty rows for those who did not answer', () => {
    const text = 'Vi har “lært” noget.\nNæste linje: æøå ÆØÅ';
    const rows = followUpNoteRows(units, ['job', 'social', 'born', 'team'], [
      written('social', 'Anden', 20, 'B'),
      written('social', 'Første', 10, text),
      written('team', 'Første', 10, 'Team'),
    ]);
    expect(rows.map((r) => [r.orgUnitName, r.entries.map((e) => e.recommendationTitle)])).toEqual([
      ['Børne- og Familieområdet', []],
      ['Socialområdet', ['Første', 'Anden']],
      ['Myndighed', ['Første']],
      ['Arbejdsmarkedsafdelingen', []],
    ]);
    expect(rows[1].entries[0]).toEqual({ recommendationTitle: 'Første', text, proposedStatus: null, writtenAt: '2024-09-11T10:00:00.000Z' });
  });

  it('leaves out units that were not addressed, even when they wrote', () => {
    expect(followUpNoteRows(units, ['born'], [written('social', 'Første', 10, 'x')]).map((r) => r.orgUnitId)).toEqual(['born']);
  });
});
