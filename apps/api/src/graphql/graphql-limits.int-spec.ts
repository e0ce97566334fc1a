import { DataSource } from 'typeorm';
import { Session, useTestApi } from '../testing/test-api';

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `parent { ${selection} }`;
  return `{ orgUnits { ${selection} } }`;
}

describe('GraphQL protections', () => {
  const t = useTestApi();
  let admin: Session;

  beforeAll(async () => {
    admin = await t.api.login('admin@norddjurs.demo');
  });

  it('refuses a query deeper than 8 levels and allows one within', async () => {
    const ok = await t.api.gql(nested(6), {}, admin);
    expect(ok.errors).toBeUndefined();
    const deep = await t.api.gql(nested(9), {}, admin);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0].message).toMatch(/exceeds maximum operation depth of 8/);
  });

  it('refuses a query above the complexity limit', async () => {
    const fields = Array.from({ length: 120 }, (_, i) => `a${i}: orgUnits { id name children { id name history { id } } }`).join(' ');
    const result = await t.api.gql(`{ ${fields} }`, {}, admin);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].message).toMatch(/for kompleks/);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${t.api.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    const form = await fetch(`${t.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query: '{ me { user { id } } }' }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
  });

  it('batches relations through DataLoader: a whole tree with its relations in a fixed number of queries', async () => {
    const dataSource = t.api.app.get(DataSource);
    let queries = 0;
    const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (...args) => {
      const runner = createQueryRunner(...args);
      const query = runner.query.bind(runner);
      runner.query = ((...queryArgs: Parameters<typeof query>) => {
        queries++;
        return query(...queryArgs);
      }) as typeof runner.query;
      return runner;
    };
    try {
      const result = await t.api.gql<{ orgUnits: unknown[] }>(
        '{ orgUnits { id parent { id name } children { id } history { id actorName } predecessors { id } successors { id } } }',
        {},
        admin,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.orgUnits.length).toBeGreaterThan(5);
      // begin, context, list, five relation batches, user names, commit: not one query per unit.
      expect(queries).toBeLessThanOrEqual(12);
    } finally {
      dataSource.createQueryRunner = createQueryRunner;
    }
  });
});

describe('GraphQL in production mode', () => {
  const t = useTestApi({ NODE_ENV: 'production' });

  it('answers no introspection and shows no stack trace', async () => {
    const introspection = await t.api.gql('{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const failure = await t.api.gql('{ me { user { id } } }', {}, { token: 'bad' });
    expect(failure.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', messageCode: 'token_invalid', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});
