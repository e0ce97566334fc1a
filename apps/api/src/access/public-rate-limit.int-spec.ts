import { sign } from 'jsonwebtoken';
import { useTestApi } from '../testing/test-api';

const LIMIT = 5;

describe('requests without a login, per source address', () => {
  const context = useTestApi({ PUBLIC_RATE_LIMIT_PER_MINUTE: String(LIMIT) });

  const ask = (ip: string, token?: string) => context.api.gql('{ __typename }', {}, { ip, token });
  const download = (ip: string) => fetch(`${context.api.url}/benchmark/2024.csv`, { headers: { 'x-forwarded-for': ip } });

  it('answers 429 with Retry-After once a source has used its minute, for GraphQL and the public downloads', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await ask('198.51.100.1')).status).toBe(200);
    const refused = await fetch(`${context.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^For mange forespørgsler uden login/),
          extensions: { code: 'TOO_MANY_REQUESTS', messageCode: 'too_many_public', retryAfterSeconds: expect.any(Number), requestId: refused.headers.get('x-request-id') },
        },
      ],
    });

    const file = await download('198.51.100.1');
    expect(file.status).toBe(429);
    expect(file.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('leaves other sources and logged-in users alone, but not a made-up token', async () => {
    for (let i = 0; i < LIMIT + 1; i++) await ask('198.51.100.2');
    expect((await ask('198.51.100.3')).status).toBe(200);
    expect((await download('198.51.100.4')).status).toBe(200);

    const session = await context.api.login('advisor@lejre.demo');
    for (let i = 0; i < LIMIT + 2; i++) expect((await ask('198.51.100.2', session.token)).status).toBe(200);
    const forged = sign({ sub: 'x', tid: null, roles: [], op: false }, 'not-the-secret-not-the-secret-not-the-secret', { algorithm: 'HS256' });
    expect((await ask('198.51.100.2', forged)).status).toBe(429);
  });
});
