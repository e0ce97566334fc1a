import { exportHeaderMap, InquiryImportDraft } from '@raadgiver/domain';
import { ImportCatalog, resolveImport } from './resolve-import';

let nextRow = 2;
const draft = (reference: string, overrides: Partial<InquiryImportDraft> = {}): InquiryImportDraft => ({
  row: nextRow++,
  reference,
  receivedOn: '2024-01-10',
  channel: 'phone',
  citizenReference: 'C-1',
  kind: 'guidance',
  orgUnitName: null,
  categoryNames: [],
  outcomeName: null,
  mainReference: null,
  firstContactOn: null,
  closedOn: null,
  summary: '',
  ...overrides,
});

const catalog = (overrides: Partial<ImportCatalog> = {}): ImportCatalog => ({
  orgUnits: [
    { id: 'u-open', name: 'Jobcenter', shortName: 'JC', closed: false },
    { id: 'u-closed', name: 'Jobcenter', shortName: 'JC-gl', closed: true },
    { id: 'u-a', name: 'Borgerservice', shortName: null, closed: false },
    { id: 'u-b', name: 'Borgerservice', shortName: null, closed: false },
  ],
  categories: [{ id: 'cat-1', name: 'Notatpligt' }],
  outcomes: [{ id: 'out-1', name: 'Kritik' }],
  existingInquiries: new Map([['OLD-1', { id: 'old-1', citizenReference: 'C-1' }]]),
  ...overrides,
});

const resolve = (drafts: InquiryImportDraft[], createMissing = false, bad: string[] = [], cat = catalog()) =>
  resolveImport(drafts, new Set(bad), cat, exportHeaderMap(), createMissing);

describe('resolveImport', () => {
  it('finds units by name or short name (the open one first), categories and outcomes by name in any case', () => {
    const { problems, plan } = resolve([
      draft('A', { orgUnitName: 'jobcenter', categoryNames: ['NOTATPLIGT'], outcomeName: 'kritik' }),
      draft('B', { orgUnitName: 'jc-gl' }),
    ]);
    expect(problems).toEqual([]);
    expect(plan.rows.map((r) => [r.orgUnit, r.categories, r.outcome])).toEqual([
      [{ id: 'u-open' }, [{ id: 'cat-1' }], { id: 'out-1' }],
      [{ id: 'u-closed' }, [], null],
    ]);
  });

  it('names an ambiguous unit and every unknown name, unless told to create them', () => {
    const drafts = [draft('A', { row: 5, orgUnitName: 'Borgerservice' }), draft('B', { row: 6, orgUnitName: 'Ny', categoryNames: ['Nyt'], outcomeName: 'Nyt udfald' })];
    expect(resolve(drafts).problems).toEqual([
      { row: 5, column: 'org_unit', code: 'import_ambiguous_unit', params: { name: 'Borgerservice', count: 2 } },
      { row: 6, column: 'org_unit', code: 'import_unknown_name', params: { kind: 'org_unit', name: 'Ny' } },
      { row: 6, column: 'categories', code: 'import_unknown_name', params: { kind: 'category', name: 'Nyt' } },
      { row: 6, column: 'outcome', code: 'import_unknown_name', params: { kind: 'outcome', name: 'Nyt udfald' } },
    ]);
    const created = resolve([draft('C', { orgUnitName: 'Ny', receivedOn: '2024-03-01' }), draft('D', { orgUnitName: 'NY', receivedOn: '2023-12-31' })], true);
    expect(created.problems).toEqual([]);
    expect([...created.plan.newOrgUnits]).toEqual([['ny', { name: 'Ny', validFrom: '2023-12-31' }]]);
    expect(created.plan.rows.map((r) => r.orgUnit)).toEqual([{ create: 'ny' }, { create: 'ny' }]);
  });

  it('links follow-ups to a main case in the file or stored, of the same citizen only', () => {
    const { problems, plan } = resolve([
      draft('M', { row: 2 }),
      draft('F1', { row: 3, mainReference: 'M' }),
      draft('F2', { row: 4, mainReference: 'OLD-1' }),
      draft('F3', { row: 5, mainReference: 'M', citizenReference: 'C-2' }),
      draft('F4', { row: 6, mainReference: 'GONE' }),
      draft('F5', { row: 7, mainReference: 'BAD' }),
    ], false, ['BAD']);
    expect(problems).toEqual([
      { row: 5, column: 'follow_up_of', code: 'main_of_other_citizen' },
      { row: 6, column: 'follow_up_of', code: 'import_unknown_main', params: { reference: 'GONE' } },
    ]);
    // F5's main case is on a bad row, reported there; the file is rejected for that row.
    expect(plan.rows.map((r) => [r.draft.reference, r.main])).toEqual([
      ['M', null],
      ['F1', { reference: 'M' }],
      ['F2', { id: 'old-1' }],
      ['F5', null],
    ]);
  });

  it('skips rows whose reference is stored, and refuses loops of follow-ups', () => {
    const { problems, plan } = resolve([draft('OLD-1', { row: 2 }), draft('X', { row: 3, mainReference: 'Y' }), draft('Y', { row: 4, mainReference: 'X' })]);
    expect(plan.skipped).toBe(1);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'follow_up_of'], [4, 'follow_up_of']]);
  });
});
