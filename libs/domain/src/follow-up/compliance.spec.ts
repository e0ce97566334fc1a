import { complianceShare, complianceShares } from './compliance';

describe('complianceShare', () => {
  it('counts implemented over all, partly implemented beside it, never as implemented', () => {
    expect(complianceShare(['implemented', 'partly_implemented', 'not_taken_up', 'implemented', 'open'])).toEqual({
      total: 5, implemented: 2, partlyImplemented: 1, share: 0.4,
    });
  });

  it('has no share without recommendations', () => {
    expect(complianceShare([])).toEqual({ total: 0, implemented: 0, partlyImplemented: 0, share: null });
  });
});

describe('complianceShares', () => {
  // Hand count: tenant 6 recommendations, 2 implemented (1/3), 2 partly.
  // CSI: r1 implemented, r3 partly, r4 not taken up → 1 of 3, 1 partly. CUBA: r2 partly, r3 partly → 0 of 2, 2 partly.
  // CSO: r1 implemented → 1 of 1. CBAK (no recommendation addressed) is left out. r5, r6 are general.
  const recommendations = [
    { status: 'implemented' as const, orgUnitIds: ['csi', 'cso'] },
    { status: 'partly_implemented' as const, orgUnitIds: ['cuba'] },
    { status: 'partly_implemented' as const, orgUnitIds: ['csi', 'cuba', 'csi'] },
    { status: 'not_taken_up' as const, orgUnitIds: ['csi'] },
    { status: 'implemented' as const, orgUnitIds: [] },
    { status: 'in_progress' as const, orgUnitIds: [] },
  ];
  const units = [{ id: 'cuba', name: 'CUBA' }, { id: 'cbak', name: 'CBAK' }, { id: 'csi', name: 'CSI' }, { id: 'cso', name: 'CSO' }];

  it('matches a hand count for the tenant and per addressed unit, in the units’ order', () => {
    const shares = complianceShares(recommendations, units);
    expect(shares.tenant).toEqual({ total: 6, implemented: 2, partlyImplemented: 2, share: 2 / 6 });
    expect(shares.departments.map(({ unit, ...share }) => [unit.name, share])).toEqual([
      ['CUBA', { total: 2, implemented: 0, partlyImplemented: 2, share: 0 }],
      ['CSI', { total: 3, implemented: 1, partlyImplemented: 1, share: 1 / 3 }],
      ['CSO', { total: 1, implemented: 1, partlyImplemented: 0, share: 1 }],
    ]);
  });
});
