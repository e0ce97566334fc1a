import { buildOrgTree, defaultChildKind, flattenOrgTree, mergeCandidates, moveTargets, type TreeUnit } from './org-unit-tree';

const unit = (id: string, parentId: string | null, sortOrder = 0, closed = false): TreeUnit => ({
  id,
  parentId,
  name: id.toUpperCase(),
  sortOrder,
  closed,
});

// adm ─┬─ social ── children
//      └─ culture (closed)
// tech
const units = [unit('tech', null, 2), unit('children', 'social'), unit('culture', 'adm', 0, true), unit('social', 'adm', 1), unit('adm', null, 1)];

describe('org unit tree', () => {
  it('nests units under their parents in sort order', () => {
    const flat = flattenOrgTree(buildOrgTree(units, { includeClosed: true }));
    expect(flat.map(({ unit, depth }) => `${depth}:${unit.id}`)).toEqual(['0:adm', '1:culture', '1:social', '2:children', '0:tech']);
  });

  it('hides closed units on request', () => {
    const flat = flattenOrgTree(buildOrgTree(units, { includeClosed: false }));
    expect(flat.map(({ unit }) => unit.id)).toEqual(['adm', 'social', 'children', 'tech']);
  });

  it('shows a unit whose parent is missing at the top', () => {
    const roots = buildOrgTree([unit('orphan', 'gone')], { includeClosed: true });
    expect(roots.map((node) => node.unit.id)).toEqual(['orphan']);
  });

  it('offers no move under the unit itself, its descendants or closed units', () => {
    expect(moveTargets(units, 'social').map((u) => u.id)).toEqual(['tech', 'adm']);
  });

  it('offers open units other than the target and its ancestors for a merge', () => {
    expect(mergeCandidates(units, 'children').map((u) => u.id)).toEqual(['tech']);
    expect(mergeCandidates(units, 'tech').map((u) => u.id)).toEqual(['children', 'social', 'adm']);
  });

  it('suggests the next level down as the kind of a new unit', () => {
    expect(defaultChildKind(null)).toBe('ADMINISTRATION');
    expect(defaultChildKind('ADMINISTRATION')).toBe('CENTER');
    expect(defaultChildKind('AREA')).toBe('AREA');
  });
});
