import { GraphQLBoolean, GraphQLFloat, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { matchesEtag, publicBenchmarkCsv } from './public-benchmark.controller';
import { BenchmarkType } from './benchmark.types';
import { projectToType } from './published-benchmarks';

describe('the public benchmark files', () => {
  it('answers 304 to the ETag itself, in a list, weak, or *; not to another', () => {
    const etag = '"abc-2024-json"';
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"x", ${etag}`, etag)).toBe(true);
    expect(matchesEtag(`W/${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"abc-2024-csv"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });

  it('writes Danish CSV: a byte order mark, ";" between cells, decimal commas, ".." for a hidden cell, why a value is not comparable', () => {
    const benchmark = {
      year: 2024, years: [2024], taxonomyVersion: 1,
      tenants: [{ id: 't1', name: 'Lejre', slug: 'lejre', kommunekode: '350', peerGroup: null, own: false, comment: null }],
      figures: [{
        metric: 'registrations_per_10000', code: null, nameDa: 'Henvendelser pr. 10.000 indbyggere', nameEn: 'x',
        national: { lowerQuartile: 1.25, median: 2.5, upperQuartile: 10, tenantCount: 3 }, peerGroups: [],
        values: [
          { tenantId: 't1', own: false, value: 9.2, count: 23, suppressed: false, rank: 1, trend: [], comparability: ['mapping_changed', 'partial_year'] },
          { tenantId: 't1', own: false, value: null, count: null, suppressed: true, rank: null, trend: [], comparability: [] },
          { tenantId: 't1', own: false, value: 7, count: 12, suppressed: false, rank: 2, trend: [], comparability: ['units_changed'] },
        ],
        nationalTrend: [],
      }],
    } as unknown as BenchmarkType;
    const text = publicBenchmarkCsv(benchmark).toString('utf8');
    expect(text.startsWith('\uFEFFÅr;Figur;Kode;Serie;Kommune;Værdi;Antal henvendelser;Sammenlignelighed\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toContain('2024;Henvendelser pr. 10.000 indbyggere;;Landsmedian;;2,5;;');
    expect(lines).toContain('2024;Henvendelser pr. 10.000 indbyggere;;Øvre kvartil;;10;;');
    // Two reasons are joined by "; ", so the cell is quoted in a file separated by ";".
    expect(lines).toContain(
      '2024;Henvendelser pr. 10.000 indbyggere;;Kommune;Lejre;9,2;23;"Kategoriernes tilknytning til den nationale taksonomi ændret i året; Registreringerne dækker kun en del af året"',
    );
    expect(lines).toContain('2024;Henvendelser pr. 10.000 indbyggere;;Kommune;Lejre;..;..;');
    expect(lines).toContain('2024;Henvendelser pr. 10.000 indbyggere;;Kommune;Lejre;7;12;Enhedsstrukturen ændret i året');
  });

  it('keeps of a stored build exactly the fields the GraphQL type has', () => {
    const point = new GraphQLObjectType({ name: 'P', fields: { value: { type: GraphQLFloat }, suppressed: { type: new GraphQLNonNull(GraphQLBoolean) } } });
    const type = new GraphQLObjectType({ name: 'T', fields: { name: { type: GraphQLString }, points: { type: new GraphQLList(new GraphQLNonNull(point)) } } });
    const stored = { name: 'a', extra: 1, points: [{ value: 1.5, suppressed: false, funnel: {} }, { suppressed: true }] };
    expect(projectToType(stored, type)).toEqual({ name: 'a', points: [{ value: 1.5, suppressed: false }, { value: null, suppressed: true }] });
  });
});
