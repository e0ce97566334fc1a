import { ReportRegistration } from './registration-columns';
import { ReportInput, ReportOrgUnit, computeReportFigures } from './report-figures';

let nextId = 0;
function reg(fields: Partial<ReportRegistration> = {}): ReportRegistration {
  nextId += 1;
  return {
    id: `r${nextId}`,
    citizenId: `c${nextId}`,
    receivedOn: '2019-06-01',
    kind: 'complaint',
    mainInquiryId: null,
    orgUnitId: null,
    categoryIds: [],
    outcomeId: null,
    firstContactOn: null,
    closedOn: null,
    ...fields,
  };
}

function unit(id: string, fields: Partial<ReportOrgUnit> = {}): ReportOrgUnit {
  return { id, name: id, shortName: null, parentId: null, validFrom: '2018-01-01', validTo: null, ...fields };
}

function input(fields: Partial<ReportInput> = {}): ReportInput {
  return {
    registrations: [],
    orgUnits: [],
    orgUnitLinks: [],
    renames: [],
    categories: [],
    outcomes: [],
    period: { from: '2019-01-01', to: '2019-12-31' },
    comparison: { from: '2018-01-01', to: '2018-12-31' },
    targets: { firstContactDays: 10, closeDays: 30 },
    foldThreshold: 3,
    ...fields,
  };
}

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('computeReportFigures', () => {
  it('counts citizens, registrations, main and follow-up cases, with the comparison period beside them', () => {
    const main = reg({ citizenId: 'anna' });
    const figures = computeReportFigures(
      input({
        registrations: [
          main,
          reg({ citizenId: 'anna', mainInquiryId: main.id, receivedOn: '2019-07-01' }),
          reg({ citizenId: 'bo', kind: 'guidance' }),
          reg({ citizenId: 'bo', receivedOn: '2018-03-03', kind: 'wayfinding' }),
          reg({ citizenId: 'carl', receivedOn: '2017-12-31' }),
          reg({ citizenId: 'dora', receivedOn: '2020-01-01' }),
        ],
      }),
    );
    expect(figures.citizens).toEqual({ current: 2, comparison: 1 });
    expect(figures.registrations).toEqual({ current: 3, comparison: 1 });
    expect(figures.mainCases).toEqual({ current: 2, comparison: 1 });
    expect(figures.followUps).toEqual({ current: 1, comparison: 0 });
    expect(figures.complaintMainCases).toEqual({ current: 1, comparison: 0 });
    expect(figures.complaintFollowUps).toEqual({ current: 1, comparison: 0 });
  });

  it('lists every kind, complaints first, with its share of all registrations', () => {
    const figures = computeReportFigures(
      input({ registrations: [reg(), reg(), reg(), reg({ kind: 'information' })], comparison: null }),
    );
    expect(figures.kinds.map((k) => k.kind)).toEqual(['complaint', 'guidance', 'wayfinding', 'information', 'other']);
    expect(figures.kinds[0]).toEqual({
      kind: 'complaint',
      count: { current: 3, comparison: null },
      share: { current: { numerator: 3, denominator: 4 }, comparison: null },
    });
    expect(figures.kinds[3].count.current).toBe(1);
    expect(figures.citizens.comparison).toBeNull();
  });

  it('counts an inquiry with two categories in both, largest first, and folds the small ones into "other"', () => {
    const categories = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, name: `Category ${id}`, sortOrder: i }));
    const registrations = [
      ...times(5, () => reg({ categoryIds: ['b'] })),
      ...times(3, () => reg({ categoryIds: ['a', 'b'] })),
      reg({ categoryIds: ['c'] }),
      reg({ categoryIds: ['c', 'd'] }),
      // Not complaints: their categories do not count.
      reg({ kind: 'guidance', categoryIds: ['e'] }),
      reg({ kind: 'guidance', categoryIds: ['e'] }),
      reg({ kind: 'guidance', categoryIds: ['e'] }),
      // Last year: many in c, which this year is folded.
      ...times(4, () => reg({ receivedOn: '2018-05-05', categoryIds: ['c'] })),
      reg({ receivedOn: '2018-05-05', categoryIds: ['a'] }),
    ];
    const { complaintCategories } = computeReportFigures(input({ registrations, categories, foldThreshold: 3 }));
    expect(complaintCategories.rows.map((r) => [r.name, r.count.current, r.count.comparison])).toEqual([
      ['Category b', 8, 0],
      ['Category a', 3, 1],
    ]);
    expect(complaintCategories.rows[0].share.current).toEqual({ numerator: 8, denominator: 10 });
    expect(complaintCategories.other.count).toEqual({ current: 3, comparison: 4 });
    expect(complaintCategories.other.foldedEntries).toEqual({ current: 2, comparison: 1 });
    expect(complaintCategories.total).toEqual({ current: 14, comparison: 5 });
    expect(complaintCategories.base).toEqual({ current: 10, comparison: 5 });
  });

  it('folds outcomes of complaints the same way, with shares of the complaints that have an outcome', () => {
    const outcomes = [
      { id: 'dialogue', name: 'Strengthened dialogue', sortOrder: 1 },
      { id: 'help', name: 'Help to complain', sortOrder: 2 },
      { id: 'reopened', name: 'Reopened', sortOrder: 3 },
    ];
    const registrations = [
      ...times(4, () => reg({ outcomeId: 'help' })),
      ...times(4, () => reg({ outcomeId: 'dialogue' })),
      reg({ outcomeId: 'reopened' }),
      reg({ outcomeId: null }),
      reg({ kind: 'guidance', outcomeId: 'reopened' }),
    ];
    const { complaintOutcomes } = computeReportFigures(input({ registrations, outcomes, foldThreshold: 2, comparison: null }));
    // Equal counts: catalogue order decides.
    expect(complaintOutcomes.rows.map((r) => r.id)).toEqual(['dialogue', 'help']);
    expect(complaintOutcomes.other.count.current).toBe(1);
    expect(complaintOutcomes.other.foldedEntries.current).toBe(1);
    expect(complaintOutcomes.base.current).toBe(9);
    expect(complaintOutcomes.other.share.current).toEqual({ numerator: 1, denominator: 9 });
  });

  it('follows a renamed unit and a merged unit to today\'s successor, per unit and per top-level centre', () => {
    const orgUnits = [
      unit('cbak', { name: 'CBAK', shortName: 'CBAK', kind: 'center' }),
      unit('job', { name: 'Jobcenter', parentId: 'cbak', kind: 'department' }),
      unit('csi', { name: 'Center for Social Indsats', shortName: 'CSI', kind: 'center' }),
      unit('old-social', { name: 'Old social centre', shortName: 'OSC', kind: 'center', validTo: '2018-12-31' }),
      unit('old-dept', { name: 'Old department', parentId: 'old-social', kind: 'department', validTo: '2018-12-31' }),
    ];
    const registrations = [
      ...times(3, () => reg({ orgUnitId: 'cbak' })),
      ...times(2, () => reg({ orgUnitId: 'job' })),
      reg({ orgUnitId: 'csi' }),
      reg(),
      ...times(4, () => reg({ receivedOn: '2018-02-02', orgUnitId: 'cbak' })),
      ...times(5, () => reg({ receivedOn: '2018-02-02', orgUnitId: 'old-social' })),
      ...times(2, () => reg({ receivedOn: '2018-02-02', orgUnitId: 'old-dept' })),
    ];
    const { orgUnits: figures } = computeReportFigures(
      input({
        registrations,
        orgUnits,
        orgUnitLinks: [{ predecessorId: 'old-social', successorId: 'csi' }],
        renames: [{ orgUnitId: 'cbak', fromName: 'Center for Unge, Borgerservice og Arbejdsmarked', toName: 'CBAK', effectiveDate: '2019-01-01' }],
      }),
    );
    const table = (rows: typeof figures.units) => rows.map((r) => [r.id, r.count.current, r.count.comparison]);
    expect(table(figures.topLevel)).toEqual([
      ['cbak', 5, 4],
      ['csi', 1, 7],
    ]);
    expect(table(figures.units)).toEqual([
      ['cbak', 3, 4],
      ['job', 2, 0],
      ['csi', 1, 5],
      ['old-dept', 0, 2],
    ]);
    const cbak = figures.topLevel[0];
    expect([cbak.name, cbak.shortName, cbak.formerNames]).toEqual(['CBAK', 'CBAK', ['Center for Unge, Borgerservice og Arbejdsmarked']]);
    expect(figures.topLevel[1].formerNames).toEqual(['Old social centre', 'OSC']);
    expect(figures.withoutUnit.count).toEqual({ current: 1, comparison: 0 });
    expect(figures.withoutUnit.share.current).toEqual({ numerator: 1, denominator: 7 });
  });

  it('shows inquiries per 1,000 decided cases beside a department, following its predecessors', () => {
    const figures = computeReportFigures(
      input({
        orgUnits: [unit('cbak', { name: 'CBAK' }), unit('csi', { name: 'CSI' }), unit('cso', { name: 'CSO' })],
        renames: [],
        orgUnitLinks: [],
        registrations: [
          ...times(9, () => reg({ orgUnitId: 'cbak' })),
          ...times(4, () => reg({ orgUnitId: 'cbak', receivedOn: '2018-05-05' })),
          ...times(3, () => reg({ orgUnitId: 'csi' })),
          reg({ orgUnitId: 'cso' }),
        ],
        decidedCases: [
          { orgUnitId: 'cbak', year: 2019, decidedCases: 1_200 },
          { orgUnitId: 'cbak', year: 2018, decidedCases: 800 },
          { orgUnitId: 'csi', year: 2019, decidedCases: 0 },
          { orgUnitId: 'cbak', year: 2017, decidedCases: 5 },
        ],
      }),
    );
    const row = (id: string) => figures.orgUnits.topLevel.find((r) => r.id === id);
    // 9 / 1,200 × 1,000 = 7.5; 4 / 800 × 1,000 = 5.0.
    expect(row('cbak')).toMatchObject({ decidedCases: { current: 1_200, comparison: 800 }, perThousandDecidedCases: { current: 7.5, comparison: 5 } });
    // Zero decided cases gives no figure rather than a division by zero; no entry gives none either.
    expect(row('csi')).toMatchObject({ decidedCases: { current: 0, comparison: null }, perThousandDecidedCases: { current: null, comparison: null } });
    expect(row('cso')).toMatchObject({ decidedCases: { current: null, comparison: null }, perThousandDecidedCases: { current: null, comparison: null } });
  });

  it('follows a chain of merges, keeps a split unit itself, and reports centres below an administration', () => {
    const orgUnits = [
      unit('admin', { kind: 'administration' }),
      unit('centre', { parentId: 'admin', kind: 'center' }),
      unit('a'),
      unit('b'),
      unit('split'),
      unit('left'),
      unit('right'),
      unit('half-split'),
    ];
    const { orgUnits: figures } = computeReportFigures(
      input({
        registrations: [reg({ orgUnitId: 'a' }), reg({ orgUnitId: 'split' }), reg({ orgUnitId: 'admin' }), reg({ orgUnitId: 'half-split' })],
        orgUnits,
        orgUnitLinks: [
          { predecessorId: 'a', successorId: 'b' },
          { predecessorId: 'b', successorId: 'centre' },
          { predecessorId: 'split', successorId: 'left' },
          { predecessorId: 'split', successorId: 'right' },
          // A split recorded with one successor so far: still not a merger.
          { predecessorId: 'half-split', successorId: 'left', kind: 'split' },
        ],
        comparison: null,
      }),
    );
    expect(figures.units.map((r) => r.id).sort()).toEqual(['admin', 'centre', 'half-split', 'split']);
    expect(figures.topLevel.map((r) => r.id).sort()).toEqual(['admin', 'centre', 'half-split', 'split']);
    expect(figures.units.find((r) => r.id === 'centre')?.formerNames).toEqual(['a', 'b']);
  });

  it('does not loop on a cycle of links', () => {
    const figures = computeReportFigures(
      input({
        registrations: [reg({ orgUnitId: 'x' })],
        orgUnits: [unit('x', { parentId: 'y' }), unit('y', { parentId: 'x' })],
        orgUnitLinks: [
          { predecessorId: 'x', successorId: 'y' },
          { predecessorId: 'y', successorId: 'x' },
        ],
      }),
    );
    expect(figures.orgUnits.units).toHaveLength(1);
    expect(figures.orgUnits.topLevel).toHaveLength(1);
  });

  it('gives the median, the nearest-rank 90th percentile and the share within the targets', () => {
    // Days to first contact 1..10 and 30; days to close 20 (twice) and 40.
    const contacts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30];
    const registrations = contacts.map((days, i) =>
      reg({
        receivedOn: '2019-03-01',
        firstContactOn: new Date(Date.UTC(2019, 2, 1 + days)).toISOString().slice(0, 10),
        closedOn: i < 2 ? '2019-03-21' : i === 2 ? '2019-04-10' : null,
      }),
    );
    const figures = computeReportFigures(input({ registrations, targets: { firstContactDays: 5, closeDays: 30 } }));
    expect(figures.firstContact.current).toEqual({ measured: 11, median: 6, p90: 10, withinTarget: { numerator: 5, denominator: 11 } });
    expect(figures.close.current).toEqual({ measured: 3, median: 20, p90: 40, withinTarget: { numerator: 2, denominator: 3 } });
    expect(figures.firstContact.comparison).toEqual({ measured: 0, median: null, p90: null, withinTarget: { numerator: 0, denominator: 0 } });

    const even = computeReportFigures(
      input({ registrations: [reg({ closedOn: '2019-06-02' }), reg({ closedOn: '2019-06-05' })], comparison: null }),
    );
    expect(even.close.current).toMatchObject({ median: 2.5, p90: 4 });
    const ten = computeReportFigures(
      input({ registrations: times(10, (i) => reg({ firstContactOn: `2019-06-${String(2 + i).padStart(2, '0')}` })), comparison: null }),
    );
    expect(ten.firstContact.current).toMatchObject({ median: 5.5, p90: 9 });
  });

  it('gives zeros and nulls, not errors, for a period with no data', () => {
    const figures = computeReportFigures(input({ registrations: [reg({ receivedOn: '2021-01-01' })] }));
    expect(figures.registrations).toEqual({ current: 0, comparison: 0 });
    expect(figures.citizens).toEqual({ current: 0, comparison: 0 });
    expect(figures.kinds.every((k) => k.count.current === 0 && k.share.current.numerator === 0)).toBe(true);
    expect(figures.complaintCategories.rows).toEqual([]);
    expect(figures.complaintCategories.other.count.current).toBe(0);
    expect(figures.orgUnits.units).toEqual([]);
    expect(figures.firstContact.current.median).toBeNull();
    expect(figures.close.current.p90).toBeNull();
  });
});
