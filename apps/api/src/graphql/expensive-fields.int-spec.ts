import { Session, useTestApi } from '../testing/test-api';
import { MAX_EXPENSIVE_FIELD_OCCURRENCES } from './expensive-operation';

const PER_MINUTE = 4;
const period = (day: string) => `period: { from: "${day}", to: "${day}" }`;
const preview = (alias: string, day = '2019-03-04') => `${alias}: reportPreview(${period(day)}) { registrations { current } }`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => preview(`p${i}`)).join(' ')} }`;

describe('expensive fields', () => {
  const t = useTestApi({ EXPENSIVE_OPERATIONS_PER_MINUTE: String(PER_MINUTE) });
  let advisor: Session;

  const previewsAudited = async (email: string): Promise<number> => {
    const { rows } = await t.db.admin.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'report.previewed' AND u.email = $1`,
      [email],
    );
    return rows[0].n as number;
  };

  beforeAll(async () => {
    advisor = await t.api.login('advisor@lejre.demo');
  });

  it('refuses 300 aliased report previews before any of them runs', async () => {
    const started = Date.now();
    const result = await t.api.gql(aliased(300), {}, advisor);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(result.errors?.[0].message).toMatch(/for kompleks/);
    expect(await previewsAudited('advisor@lejre.demo')).toBe(0);
  });

  it('refuses one expensive field more often than the cap, even when the price would allow it', async () => {
    const result = await t.api.gql(aliased(MAX_EXPENSIVE_FIELD_OCCURRENCES + 1), {}, advisor);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toBe(`Forespørgslen spørger efter Query.reportPreview ${MAX_EXPENSIVE_FIELD_OCCURRENCES + 1} gange; grænsen er ${MAX_EXPENSIVE_FIELD_OCCURRENCES}`);
    // Spreading a fragment twice counts each spread.
    const spread = await t.api.gql(`{ ...F ...G } fragment F on Query { ${preview('a')} ${preview('b')} } fragment G on Query { ...F }`, {}, advisor);
    expect(spread.errors?.[0].message).toMatch(/Query\.reportPreview 4 gange/);
    expect(await previewsAudited('advisor@lejre.demo')).toBe(0);
  });

  it('refuses a document whose fragments double at each level before estimating it', async () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'me { user { id } }'} }`);
    const started = Date.now();
    const result = await t.api.gql(`{ ...F0 } ${fragments.join(' ')}`, {}, advisor);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.errors?.[0].message).toMatch(/for stor/);
  });

  it('runs a handful in one request', async () => {
    const result = await t.api.gql<Record<string, { registrations: { current: number } }>>(aliased(MAX_EXPENSIVE_FIELD_OCCURRENCES), {}, advisor);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data!)).toHaveLength(MAX_EXPENSIVE_FIELD_OCCURRENCES);
    expect(await previewsAudited('advisor@lejre.demo')).toBe(MAX_EXPENSIVE_FIELD_OCCURRENCES);
  });

  it('answers TOO_MANY_REQUESTS after the expensive operations a user may run in a minute, per user', async () => {
    const norddjurs = await t.api.login('advisor@norddjurs.demo');
    for (let i = 0; i < PER_MINUTE; i++) {
      const ok = await t.api.gql(`{ ${preview('p', `2019-03-0${i + 1}`)} }`, {}, norddjurs);
      expect(ok.errors).toBeUndefined();
    }
    const refused = await t.api.gql(`{ ${preview('p')} }`, {}, norddjurs);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].message).toMatch(/prøv igen om \d+ sekund/);
    // Any expensive field counts against the same budget; cheap ones stay open.
    const dashboard = await t.api.gql('{ benchmarkDashboard { optIn } }', {}, norddjurs);
    expect(dashboard.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect((await t.api.gql('{ me { user { id } } }', {}, norddjurs)).errors).toBeUndefined();
    // So do the downloads: the inquiry export and the benchmark's files.
    for (const path of ['/exports/inquiries.csv', '/benchmark/2023.csv']) {
      const download = await fetch(`${t.api.url}${path}`, { headers: { authorization: `Bearer ${norddjurs.token}` } });
      expect({ path, status: download.status, body: await download.json() }).toMatchObject({ path, status: 429, body: { code: 'TOO_MANY_REQUESTS' } });
    }
    // Another user has a budget of their own.
    const admin = await t.api.login('admin@norddjurs.demo');
    expect((await t.api.gql('{ benchmarkDashboard { optIn } }', {}, admin)).errors).toBeUndefined();
    expect((await fetch(`${t.api.url}/benchmark/2023.csv`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(200);
  });
});
