import fc from 'fast-check';
import { InquiryDraft, inquiryProblems } from './inquiry-draft';

const valid: InquiryDraft = {
  reference: '2024-0001',
  receivedOn: '2024-03-01',
  channel: 'phone',
  citizenReference: 'B-17',
  kind: 'complaint',
  orgUnitId: null,
  categoryIds: ['c1'],
  outcomeId: null,
  mainInquiryId: null,
  firstContactOn: '2024-03-04',
  closedOn: '2024-03-20',
  summary: 'Lang sagsbehandlingstid',
};

const fields = (draft: Partial<InquiryDraft>) => inquiryProblems({ ...valid, ...draft }).map((p) => p.field);

describe('inquiryProblems', () => {
  it('accepts a complete draft', () => {
    expect(inquiryProblems(valid)).toEqual([]);
  });

  it.each<[string, Partial<InquiryDraft>, string]>([
    ['an empty reference', { reference: '  ' }, 'reference'],
    ['a reference of 101 characters', { reference: 'x'.repeat(101) }, 'reference'],
    ['an empty citizen reference', { citizenReference: '' }, 'citizenReference'],
    ['an unknown kind', { kind: 'klage' }, 'kind'],
    ['an unknown channel', { channel: 'fax' }, 'channel'],
    ['an impossible received date', { receivedOn: '2024-02-30' }, 'receivedOn'],
    ['a Danish-style date', { receivedOn: '01-03-2024' }, 'receivedOn'],
    ['first contact before receipt', { firstContactOn: '2024-02-28' }, 'firstContactOn'],
    ['closed before receipt', { closedOn: '2024-02-01' }, 'closedOn'],
    ['a malformed closed date', { closedOn: '2024-13-01' }, 'closedOn'],
    ['a complaint without categories', { categoryIds: [] }, 'categoryIds'],
    ['a repeated category', { categoryIds: ['c1', 'c1'] }, 'categoryIds'],
    ['an empty summary', { summary: '' }, 'summary'],
    ['a summary of only spaces and line breaks', { summary: '  \n\t ' }, 'summary'],
    ['a summary over 10,000 characters', { summary: 'æ'.repeat(10_001) }, 'summary'],
    ['a CPR number as the reference', { reference: '010190-1234' }, 'reference'],
    ['a CPR number in the citizen reference', { citizenReference: 'Borger 0101901234' }, 'citizenReference'],
    ['a received date in the 19th century', { receivedOn: '1899-01-01', firstContactOn: null, closedOn: null }, 'receivedOn'],
    ['a received date in the year 9999', { receivedOn: '9999-12-31', firstContactOn: null, closedOn: null }, 'receivedOn'],
    ['a closing date in the year 9999', { closedOn: '9999-12-31' }, 'closedOn'],
    ['closed before the first contact', { firstContactOn: '2024-03-10', closedOn: '2024-03-05' }, 'closedOn'],
  ])('names the field for %s', (_label, change, field) => {
    expect(fields(change)).toEqual([field]);
  });

  it('accepts dates from 1990 to a year after today, and no later', () => {
    const today = '2026-12-05';
    const open = { firstContactOn: null, closedOn: null };
    expect(inquiryProblems({ ...valid, ...open, receivedOn: '1990-01-01' }, today)).toEqual([]);
    expect(inquiryProblems({ ...valid, ...open, receivedOn: '1989-12-31' }, today)).toEqual([{ field: 'receivedOn', reason: 'receivedOn must not be before 1990-01-01', code: 'date_too_early', params: { date: '1990-01-01' } }]);
    expect(inquiryProblems({ ...valid, ...open, receivedOn: '2027-12-06' }, today)).toEqual([]);
    expect(inquiryProblems({ ...valid, ...open, receivedOn: '2027-12-07' }, today)).toEqual([{ field: 'receivedOn', reason: 'receivedOn must not be after 2027-12-06', code: 'date_too_late', params: { date: '2027-12-06' } }]);
  });

  it('allows guidance without categories and open inquiries without dates', () => {
    expect(fields({ kind: 'guidance', categoryIds: [], firstContactOn: null, closedOn: null })).toEqual([]);
  });

  it('accepts any closing date on or after receipt and refuses any before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const closedOn = new Date(Date.parse('2024-03-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
        expect(fields({ closedOn, firstContactOn: null })).toEqual(offset < 0 ? ['closedOn'] : []);
      }),
    );
  });
});
