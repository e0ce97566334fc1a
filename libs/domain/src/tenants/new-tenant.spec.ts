import { tenantNameOf, tenantSlugOf } from './new-tenant';

describe('a new tenant from the reference list', () => {
  it('spells the Danish letters out in the slug and joins words with hyphens', () => {
    expect(tenantSlugOf('Lyngby-Taarbæk')).toBe('lyngby-taarbaek');
    expect(tenantSlugOf('Ærø')).toBe('aeroe');
    expect(tenantSlugOf('Tårnby')).toBe('taarnby');
    expect(tenantSlugOf('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(tenantSlugOf('Faaborg-Midtfyn')).toBe('faaborg-midtfyn');
  });

  it('names the municipality as it calls itself', () => {
    expect(tenantNameOf('Lejre')).toBe('Lejre Kommune');
    expect(tenantNameOf('Bornholm')).toBe('Bornholms Regionskommune');
  });
});
