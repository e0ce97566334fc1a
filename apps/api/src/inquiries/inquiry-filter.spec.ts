import { filterCriteria, inquiryFilterSql, likePattern } from './inquiry-filter';

describe('inquiryFilterSql', () => {
  it('is TRUE without a filter and adds no parameters', () => {
    const params: unknown[] = [];
    expect(inquiryFilterSql(null, params)).toBe('TRUE');
    expect(inquiryFilterSql({}, params)).toBe('TRUE');
    expect(params).toEqual([]);
  });

  it('continues the numbering of parameters already there and never puts a value in the SQL', () => {
    const params: unknown[] = ['earlier'];
    const sql = inquiryFilterSql({ from: '2024-01-01', kinds: ['complaint', 'guidance'], search: "x'; DROP TABLE inquiry; --" }, params, { alias: 'q' });
    expect(params).toEqual(['earlier', '2024-01-01', ['complaint', 'guidance'], "%x'; DROP TABLE inquiry; --%"]);
    expect(sql).toContain('q.received_on >= $2::date');
    expect(sql).toContain('q.kind = ANY($3::text[])');
    expect(sql).toContain('q.id = ANY(ARRAY(SELECT inquiry_ids_matching($4)))');
    expect(sql).not.toContain('DROP');
  });

  it('asks for one kind as an equality, so the kind index also gives the order', () => {
    const params: unknown[] = [];
    expect(inquiryFilterSql({ kinds: ['complaint'] }, params)).toContain('i.kind = $1::text');
    expect(params).toEqual(['complaint']);
  });

  it('refuses an alias that is not a plain identifier', () => {
    expect(() => inquiryFilterSql({ kinds: ['other'] }, [], { alias: 'i; DROP' })).toThrow('alias');
  });
});

describe('likePattern', () => {
  it('takes %, _ and \\ literally', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('filterCriteria', () => {
  it('names the filters that were set, with the search text only as its length', () => {
    expect(filterCriteria({ kinds: [], statuses: ['open'], overdue: false, search: 'Jens Hansen', orgUnitId: null })).toEqual({
      statuses: ['open'],
      overdue: false,
      searchLength: 11,
    });
  });
});
