import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { startTestApi, TestApi } from '../testing/test-api';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Failed logins for different unknown accounts, each claiming a different X-Forwarded-For. */
async function failFromClaimedAddresses(api: TestApi, count: number, tag: string): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await api.gql(LOGIN, { input: { email: `nobody-${tag}-${i}@example.dk`, password: 'wrong password' } }, { ip: `203.0.113.${i + 1}` });
    codes.push(result.errors?.[0].extensions.code ?? 'OK');
  }
  return codes;
}

describe('the client address behind the per-source login limit', () => {
  let db: TestDatabase;
  const apis: TestApi[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.close()));
    await db.drop();
  });

  const start = async (trustProxy: string) => {
    const api = await startTestApi(db, { TRUST_PROXY: trustProxy, LOGIN_LIMIT_PER_IP: '3', LOGIN_LIMIT_PER_ACCOUNT: '50' });
    apis.push(api);
    return api;
  };

  it('believes no X-Forwarded-For by default: every claimed address shares the connection’s budget', async () => {
    const api = await start('');
    expect(api.config.trustProxy).toEqual([]);
    expect(await failFromClaimedAddresses(api, 5, 'direct')).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('takes the client address from a configured proxy', async () => {
    const api = await start('loopback');
    expect(await failFromClaimedAddresses(api, 5, 'proxied')).toEqual(Array(5).fill('UNAUTHENTICATED'));
  });

  it('ignores the header from a source that is not the configured proxy', async () => {
    const api = await start('10.20.30.40');
    expect(await failFromClaimedAddresses(api, 4, 'other')).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });
});
