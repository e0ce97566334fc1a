import { EMPTY_FILTER, apiFilterOf, filterFromQuery, filterToQuery, nextSort, type InquiryListFilter } from './inquiry-filter';

describe('inquiry filter in the URL', () => {
  it('leaves the URL empty for no filter', () => {
    expect(filterToQuery(EMPTY_FILTER)).toBe('');
    expect(filterFromQuery('')).toEqual(EMPTY_FILTER);
  });

  it('survives a round trip through the URL', () => {
    const filter: InquiryListFilter = {
      from: '2019-01-01',
      to: '2019-12-31',
      kinds: ['COMPLAINT', 'GUIDANCE'],
      orgUnitId: 'unit-1',
      categoryIds: ['c1', 'c2'],
      outcomeIds: ['o1'],
      statuses: ['OPEN'],
      overdue: true,
      search: 'æøå & "x"',
      sort: 'REFERENCE_ASC',
    };
    expect(filterFromQuery(filterToQuery(filter))).toEqual(filter);
  });

  it('drops values the API would reject', () => {
    const filter = filterFromQuery('from=yesterday&kind=COMPLAINT,NONSENSE&status=MAYBE&sort=RANDOM&overdue=yes');
    expect(filter).toEqual({ ...EMPTY_FILTER, kinds: ['COMPLAINT'] });
  });

  it('sends only the criteria that narrow the list, with the search trimmed', () => {
    expect(apiFilterOf(EMPTY_FILTER)).toEqual({});
    expect(apiFilterOf({ ...EMPTY_FILTER, search: '  R-12 ', overdue: true, kinds: ['OTHER'] })).toEqual({
      search: 'R-12',
      overdue: true,
      kinds: ['OTHER'],
    });
  });

  it('flips the sort of the same column and starts a new one in its natural order', () => {
    expect(nextSort('RECEIVED_DESC', 'received')).toBe('RECEIVED_ASC');
    expect(nextSort('RECEIVED_ASC', 'received')).toBe('RECEIVED_DESC');
    expect(nextSort('RECEIVED_DESC', 'reference')).toBe('REFERENCE_ASC');
    expect(nextSort('REFERENCE_ASC', 'reference')).toBe('REFERENCE_DESC');
  });
});
