import { InquiryTotals, MAX_HELD_TOTALS } from './inquiry-totals';

describe('InquiryTotals', () => {
  const tenantA = '11111111-1111-4111-8111-111111111111';
  const tenantB = '22222222-2222-4222-8222-222222222222';
  const where = 'i.kind = $1::text';

  describe('key', () => {
    it('is equal for equal tenant, WHERE fragment and parameters', () => {
      const totals = new InquiryTotals();
      expect(totals.key(tenantA, where, ['complaint'])).toBe(totals.key(tenantA, where, ['complaint']));
      // Equal inputs in two API processes (two instances) give the same key.
      expect(new InquiryTotals().key(tenantA, where, ['complaint', 7])).toBe(totals.key(tenantA, where, ['complaint', 7]));
    });

    it('differs when the tenant, the WHERE fragment or a parameter differs', () => {
      const totals = new InquiryTotals();
      const keys = [
        totals.key(tenantA, where, ['complaint']),
        totals.key(tenantB, where, ['complaint']),
        totals.key(tenantA, 'i.status = $1::text', ['complaint']),
        totals.key(tenantA, where, ['guidance']),
        totals.key(tenantA, where, ['complaint', 'x']),
        totals.key(tenantA, where, []),
        totals.key(tenantA, 'TRUE', []),
        // The separators keep a value from sliding from one part into the next.
        totals.key(`${tenantA}i.kind`, ' = $1::text', ['complaint']),
        totals.key(tenantA, where, [['complaint']]),
        totals.key(tenantA, where, ['1']),
        totals.key(tenantA, where, [1]),
      ];
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('keeps no trace of a search text in the key', () => {
      const totals = new InquiryTotals();
      const key = totals.key(tenantA, 'i.id = ANY(ARRAY(SELECT inquiry_ids_matching($1)))', ['%Jens Hansen%']);
      expect(key).not.toContain('Jens');
      expect(key).not.toContain('Hansen');
      expect(key.toLowerCase()).not.toContain('jens');
      expect(key).not.toContain(Buffer.from('Jens Hansen').toString('base64url').slice(0, 8));
      expect(key).not.toContain(Buffer.from('Jens Hansen').toString('hex').slice(0, 8));
      expect(key).not.toContain(tenantA);
      expect(key).toMatch(/^[A-Za-z0-9_-]{20,40}$/);
    });
  });

  describe('get and remember', () => {
    it('returns what was remembered, and nothing for an unknown key', () => {
      const totals = new InquiryTotals();
      const key = totals.key(tenantA, where, ['complaint']);
      expect(totals.get(key)).toBeUndefined();
      totals.remember(key, '4.2.abc', 17);
      expect(totals.get(key)).toEqual({ version: '4.2.abc', total: 17 });
      expect(totals.get(totals.key(tenantB, where, ['complaint']))).toBeUndefined();
    });

    it('replaces the held total of a key on a second remember', () => {
      const totals = new InquiryTotals();
      totals.remember('k', '1.1.x', 3);
      totals.remember('k', '2.1.x', 4);
      expect(totals.get('k')).toEqual({ version: '2.1.x', total: 4 });
    });

    it(`holds at most ${MAX_HELD_TOTALS} totals and drops the least recently remembered first`, () => {
      const totals = new InquiryTotals();
      for (let i = 0; i < MAX_HELD_TOTALS; i += 1) totals.remember(`k${i}`, 'v', i);
      for (let i = 0; i < MAX_HELD_TOTALS; i += 1) expect(totals.get(`k${i}`)).toEqual({ version: 'v', total: i });
      // The gets above ran in insertion order, so k0 is still the least recently used.
      totals.remember('new', 'v', -1);
      expect(totals.get('k0')).toBeUndefined();
      expect(totals.get('k1')).toEqual({ version: 'v', total: 1 });
      expect(totals.get('new')).toEqual({ version: 'v', total: -1 });
      expect(totals.get(`k${MAX_HELD_TOTALS - 1}`)).toEqual({ version: 'v', total: MAX_HELD_TOTALS - 1 });
    });

    it('counts a get as a use: the oldest entry that was read again stays and the next oldest goes', () => {
      const totals = new InquiryTotals();
      for (let i = 0; i < MAX_HELD_TOTALS; i += 1) totals.remember(`k${i}`, 'v', i);
      expect(totals.get('k0')).toEqual({ version: 'v', total: 0 });
      totals.remember('new', 'v', -1);
      expect(totals.get('k0')).toEqual({ version: 'v', total: 0 });
      expect(totals.get('k1')).toBeUndefined();
      expect(totals.get('k2')).toEqual({ version: 'v', total: 2 });
    });

    it('counts a remember of a held key as a use and does not drop anything for it', () => {
      const totals = new InquiryTotals();
      for (let i = 0; i < MAX_HELD_TOTALS; i += 1) totals.remember(`k${i}`, 'v', i);
      // Remembering a held key again does not grow the map: nothing is dropped.
      totals.remember('k0', 'w', 100);
      for (let i = 1; i < MAX_HELD_TOTALS; i += 1) expect(totals.get(`k${i}`)).toBeDefined();
      // k0 was used before all the gets above, so it is now the least recently used and goes first.
      totals.remember('new', 'v', -1);
      expect(totals.get('k0')).toBeUndefined();
      expect(totals.get('k1')).toEqual({ version: 'v', total: 1 });
      expect(totals.get('new')).toEqual({ version: 'v', total: -1 });
    });

    it('a miss changes nothing about the order', () => {
      const totals = new InquiryTotals();
      for (let i = 0; i < MAX_HELD_TOTALS; i += 1) totals.remember(`k${i}`, 'v', i);
      expect(totals.get('absent')).toBeUndefined();
      totals.remember('new', 'v', -1);
      expect(totals.get('k0')).toBeUndefined();
      expect(totals.get('k1')).toBeDefined();
    });
  });
});
