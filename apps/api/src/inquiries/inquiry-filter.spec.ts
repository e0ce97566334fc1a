import { qb } from '@raadgiver/db';
import { sql } from 'kysely';
import { filterCriteria, likePattern } from './inquiry-filter';
import { inquiryFilter } from './inquiry.repository';

describe('inquiryFilter', () => {
  it('is TRUE without a filter and adds no parameters', () => {
    expect(inquiryFilter(null).compile(qb)).toMatchObject({ sql: 'TRUE', parameters: [] });
    expect(inquiryFilter({}).compile(qb)).toMatchObject({ sql: 'TRUE', parameters: [] });
  });

  it('numbers its parameters after those of the statement around it and never puts a value in the SQL', () => {
    const where = inquiryFilter({ from: '2024-01-01', kinds: ['complaint', 'guidance'], search: "x'; DROP TABLE inquiry; --" }, { alias: 'q' });
    const { sql: text, parameters } = sql`SELECT ${'earlier'} FROM inquiry q WHERE ${where}`.compile(qb);
    expect(parameters).toEqual(['earlier', '2024-01-01', ['complaint', 'guidance'], "%x'; DROP TABLE inquiry; --%"]);
    expect(text).toContain('q.received_on >= $2::date');
    expect(text).toContain('q.kind = ANY($3::text[])');
    expect(text).toContain('q.id = ANY(ARRAY(SELECT inquiry_ids_matching($4)))');
    expect(text).not.toContain('DROP');
  });

  it('asks for one kind as an equality, so the kind index also gives the order', () => {
    expect(inquiryFilter({ kinds: ['complaint'] }).compile(qb)).toMatchObject({ sql: 'i.kind = $1::text', parameters: ['complaint'] });
  });

  it('refuses an alias that is not a plain identifier', () => {
    expect(() => inquiryFilter({ kinds: ['other'] }, { alias: 'i; DROP' })).toThrow('alias');
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
