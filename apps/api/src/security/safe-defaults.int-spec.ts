import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readApiConfig } from '../config/api-config';
import { useTestApi } from '../testing/test-api';

const ROOT = join(__dirname, '../../../..');

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
    expect(failure.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
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

describe('the admin as nginx serves it (infra/nginx)', () => {
  const snippet = readFileSync(join(ROOT, 'infra/nginx/security-headers.conf'), 'utf8');
  const site = readFileSync(join(ROOT, 'infra/nginx/admin.conf'), 'utf8');
  const header = (name: string) => new RegExp(`^add_header ${name} "([^"]+)" always;$`, 'm').exec(snippet)?.[1];

  it('sends a strict Content-Security-Policy and the other headers on every answer', () => {
    const csp = header('Content-Security-Policy') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives).toMatchObject({ 'default-src': "'self'", 'script-src': "'self'", 'object-src': "'none'", 'frame-ancestors': "'none'", 'base-uri': "'self'" });
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    // nginx drops inherited add_header lines in a block that adds its own: each such block includes the snippet.
    const blocks = site.split(/\n\s*location /);
    for (const block of blocks.filter((b) => b.includes('add_header'))) expect(block).toContain('include /etc/nginx/snippets/security-headers.conf;');
    expect(site).toMatch(/server_tokens off;/);
  });
});
