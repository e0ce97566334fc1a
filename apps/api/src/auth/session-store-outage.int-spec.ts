import { useTestApi } from '../testing/test-api';

const LOGIN = 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Point 6 of issue 19 in the API's own process: its Redis does not answer (nothing listens on the port). */
describe('logins while the session store is away', () => {
  const ctx = useTestApi({ REDIS_URL: 'redis://127.0.0.1:9' });

  const graphql = async (query: string, variables: Record<string, unknown>, language = 'da') => {
    const response = await fetch(`${ctx.api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
  };

  it('answers a login 503 within the store timeout, with the message in the request language and Retry-After', async () => {
    const started = Date.now();
    const login = await graphql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'not-checked-at-all' } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(login).toMatchObject({ status: 503, retryAfter: '5', data: null });
    expect(login.errors?.[0]).toMatchObject({
      message: 'Login og adgang er midlertidigt utilgængelige; prøv igen om lidt',
      extensions: { code: 'SERVICE_UNAVAILABLE', messageCode: 'session_store_unavailable', retryAfterSeconds: 5 },
    });
    const english = await graphql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'not-checked-at-all' } }, 'en');
    expect(english.errors?.[0].message).toBe('Signing in and access are temporarily unavailable; try again shortly');
  });

  it('keeps the public benchmark, which needs no Redis, answering 200', async () => {
    const benchmark = await graphql('query { publicBenchmark { year } }', {});
    expect(benchmark.errors).toBeUndefined();
    expect(benchmark.status).toBe(200);
    expect(benchmark.data).toEqual({ publicBenchmark: expect.objectContaining({ year: expect.any(Number) }) });
  });
});
