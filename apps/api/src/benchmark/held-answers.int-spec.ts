import { publishBenchmarkSnapshotInContext, refreshTenantBenchmarkInContext } from '@raadgiver/db';
import { uniqueName } from '@raadgiver/testing';
import { Session, useTestApi } from '../testing/test-api';
import { BenchmarkService } from './benchmark.service';
import { HeldAnswers } from './held-answers';

const DASHBOARD = `query BenchmarkDashboard($year: Int) {
  benchmarkDashboard(year: $year) { optIn benchmark { year tenants { id name own } figures { metric code values { tenantId value count } } } }
}`;

interface Dashboard {
  benchmarkDashboard: {
    optIn: boolean;
    benchmark: { year: number; tenants: { id: string; name: string; own: boolean }[]; figures: { metric: string; code: string | null; values: { tenantId: string; value: number | null; count: number | null }[] }[] };
  };
}

/** A POST of the dashboard as the admin sends it, answered as raw bytes and headers. */
async function post(url: string, token: string, year: number, language = 'da', accept = 'application/json'): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language, accept },
    body: JSON.stringify({ query: DASHBOARD, operationName: 'BenchmarkDashboard', variables: { year } }),
  });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

/** The headers that belong to an answer (not the connection's or the moment's). */
function answerHeaders(headers: Headers): Record<string, string> {
  // The request id is each request's own; everything else is the held answer's.
  return Object.fromEntries([...headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'x-request-id'].includes(name)));
}

describe('logged-in benchmark answers held per snapshot version', () => {
  const t = useTestApi();
  let lejre: Session;
  let norddjurs: Session;
  let year: number;
  let held: HeldAnswers;
  let built: jest.SpyInstance;

  beforeAll(async () => {
    await publishBenchmarkSnapshotInContext(t.db.app);
    lejre = await t.api.login('advisor@lejre.demo');
    norddjurs = await t.api.login('advisor@norddjurs.demo');
    held = t.api.app.get(HeldAnswers);
    built = jest.spyOn(t.api.app.get(BenchmarkService), 'dashboard');
    const first = await t.api.gql<Dashboard>(`{ benchmarkDashboard { benchmark { year } } }`, {}, lejre);
    year = first.data?.benchmarkDashboard.benchmark.year as number;
    // The first answer of a document from the snapshot makes it one worth holding; other documents never look.
    expect(held.holdable(DASHBOARD)).toBe(false);
    await post(t.api.url, lejre.token, year);
    expect(held.holdable(DASHBOARD)).toBe(true);
    await t.api.gql('{ me { id } }', {}, lejre);
    expect(held.holdable('{ me { id } }')).toBe(false);
  });

  const own = (body: Buffer) => {
    const dashboard = (JSON.parse(body.toString()) as { data: Dashboard }).data.benchmarkDashboard;
    const own = dashboard.benchmark.tenants.find((t) => t.own);
    return { dashboard, name: own?.name };
  };

  it('answers the same municipality and roles from memory with the very bytes and headers Apollo sent', async () => {
    built.mockClear();
    const first = await post(t.api.url, lejre.token, year);
    const second = await post(t.api.url, lejre.token, year);
    expect(first.status).toBe(200);
    expect(built).toHaveBeenCalledTimes(1);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(answerHeaders(second.headers)).toEqual(answerHeaders(first.headers));
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    expect(own(second.body).name).toBe('Lejre Kommune');

    // The admin's client (urql) prefers GraphQL's own media type: Apollo answers with it, and so does the held answer.
    const urql = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';
    const [fromApollo, fromMemory] = [await post(t.api.url, lejre.token, year, 'da', urql), await post(t.api.url, lejre.token, year, 'da', urql)];
    expect(fromApollo.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(fromMemory.headers.get('content-type')).toBe(fromApollo.headers.get('content-type'));
    expect(fromMemory.body.equals(first.body)).toBe(true);
    expect(built).toHaveBeenCalledTimes(2);

    // Another advisor of the same municipality gets the held answer too: nothing of the user is in it.
    const email = `${uniqueName('held')}@lejre.demo`;
    await t.api.addUser({ tenantSlug: 'lejre', email, displayName: 'Anden Rådgiver', roles: ['advisor'] });
    const colleague = await post(t.api.url, (await t.api.login(email)).token, year);
    expect(colleague.body.equals(first.body)).toBe(true);
    expect(built).toHaveBeenCalledTimes(2);
  });

  it('keeps municipalities, languages and variables apart', async () => {
    built.mockClear();
    const lejreAnswer = await post(t.api.url, lejre.token, year);
    const norddjursAnswer = await post(t.api.url, norddjurs.token, year);
    expect(own(norddjursAnswer.body).name).toBe('Norddjurs Kommune');
    expect(own(lejreAnswer.body).name).toBe('Lejre Kommune');
    const english = await post(t.api.url, norddjurs.token, year, 'en');
    const earlier = await post(t.api.url, norddjurs.token, year - 1);
    expect(own(earlier.body).dashboard.benchmark.year).toBe(year - 1);
    // Lejre's was held; Norddjurs', the English and the earlier year's are new keys.
    expect(built).toHaveBeenCalledTimes(3);
    expect(english.status).toBe(200);
  });

  it('checks the token on every held answer: after logout, none', async () => {
    const session = await t.api.login('advisor@lejre.demo');
    expect((await post(t.api.url, session.token, year)).status).toBe(200);
    await t.api.gql('mutation { logout }', {}, session);
    const after = await post(t.api.url, session.token, year);
    const body = JSON.parse(after.body.toString()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await post(t.api.url, `${lejre.token.slice(0, -4)}AAAA`, year);
    expect(JSON.parse(forged.body.toString()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("holds no tenant admin's answer, whose unmapped entries are read live, and refuses a role without access", async () => {
    const admin = await t.api.login('admin@lejre.demo');
    built.mockClear();
    await post(t.api.url, admin.token, year);
    await post(t.api.url, admin.token, year);
    expect(built).toHaveBeenCalledTimes(2);

    const contact = await t.api.login('contact@lejre.demo');
    const refused = await post(t.api.url, contact.token, year);
    expect(JSON.parse(refused.body.toString()).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers from a new snapshot as soon as one is published: a registration shows after the refresh', async () => {
    const before = await post(t.api.url, norddjurs.token, year);
    const count = (body: Buffer) => {
      const { benchmark } = own(body).dashboard;
      const ownId = benchmark.tenants.find((t) => t.own)?.id;
      return benchmark.figures.find((f) => f.metric === 'registrations_per_10000' && f.code === null)?.values.find((v) => v.tenantId === ownId)?.count;
    };
    const sizeBefore = held.size;
    expect(sizeBefore).toBeGreaterThan(0);

    const citizen = await t.api.createCitizen(norddjurs, uniqueName('held'));
    const created = await t.api.gql(`mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`, {
      input: { reference: uniqueName('HA'), receivedOn: `${year}-05-04`, channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', summary: 'Spørgsmål om en afgørelse' },
    }, norddjurs);
    expect(created.errors).toBeUndefined();
    // Still the held answer until the refresh has published.
    expect((await post(t.api.url, norddjurs.token, year)).body.equals(before.body)).toBe(true);

    const { rows: [{ id }] } = await t.db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'norddjurs'`);
    await refreshTenantBenchmarkInContext(t.db.app, id);
    await publishBenchmarkSnapshotInContext(t.db.app);
    const after = await post(t.api.url, norddjurs.token, year);
    expect(after.body.equals(before.body)).toBe(false);
    expect(count(after.body)).toBe((count(before.body) as number) + 1);
    // The new version's first answer dropped the old version's.
    expect(held.size).toBe(1);
  });
});
