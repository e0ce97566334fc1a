/** The Danish letters a slug spells out, as Danish addresses do (Tårnby → taarnby). */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'ue' };

/** A municipality's name as an address part: Lyngby-Taarbæk → lyngby-taarbaek, Ærø → aeroe. */
export function tenantSlugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåéü]/g, (letter) => SPELLED_OUT[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A new tenant's name from the reference list's: Lejre → Lejre Kommune; Bornholm is a regional municipality. */
export function tenantNameOf(municipalityName: string): string {
  return municipalityName === 'Bornholm' ? 'Bornholms Regionskommune' : `${municipalityName} Kommune`;
}
