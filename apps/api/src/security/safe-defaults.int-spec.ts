import { readApiConfig } from '../config/api-config';
import { useTestApi } from '../testing/test-api';

describe('an API started without configuration behaves as in production', () => {
  // NODE_ENV left empty: what a process gets when nobody set it.
  const context = useTestApi({ NODE_ENV: '' });

  it('reads production from an empty environment, and development only when asked', () => {
    const required = { DATABASE_URL: 'postgres://x@127.0.0.1/x', JWT_SECRET: 'x'.repeat(32) };
    expect(readApiConfig(required)).toMatchObject({ production: true, secureCookies: true, trustProxy: [] });
    expect(readApiConfig({ ...required, NODE_ENV: 'test' })).toMatchObject({ production: true, secureCookies: true });
    expect(readApiConfig({ ...required, NODE_ENV: 'development' })).toMatchObject({ production: false, secureCookies: false });
  });

  it('answers no introspection, no stack trace and no schema hints', async () => {
    const introspection = await context.api.gql('{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
    const misspelt = await context.api.gql('{ publicBenchmrk { year } }');
    expect(misspelt.status).toBe(400);
    expect(JSON.stringify(misspelt.errors)).not.toMatch(/Did you mean|publicBenchmark/);
    const unknownArgument = await context.api.gql('mutation { logout(everywere: true) }');
    expect(JSON.stringify(unknownArgument.errors)).not.toMatch(/Did you mean|stacktrace/);
    const failure = await context.api.gql('{ me { user { id } } }', {}, { token: 'bad' });
    expect(failure.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', messageCode: 'token_invalid', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('sets the refresh and device cookies Secure, httpOnly and SameSite=Strict', async () => {
    const response = await fetch(`${context.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.40' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "advisor@lejre.demo", password: "Raadgiver-demo-2026" }) { accessToken } }' }),
    });
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['rg_device', 'rg_refresh']);
    for (const cookie of cookies) expect(cookie).toMatch(/; HttpOnly.*; Secure; SameSite=Strict|; HttpOnly; Secure; SameSite=Strict/);
  });

  it('sends strict security headers', async () => {
    const response = await fetch(`${context.api.url}/health`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
