import { DEMO_PASSWORD } from '@raadgiver/db';
import { useTestApi } from '../testing/test-api';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';
const EVENTS = '{ securityEvents(limit: 1000) { kind at account source device } }';

interface Attempt {
  code: string | undefined;
  message: string | undefined;
  deviceCookie: string | undefined;
}

describe('login back-off with device cookies (OWASP)', () => {
  const context = useTestApi({ LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '1000', LOGIN_BACKOFF_SECONDS: '2', LOGIN_BACKOFF_MAX_SECONDS: '60' });

  /** A login as a browser sends it: from `ip`, with the device cookie it holds, if any. */
  const attempt = async (email: string, password: string, ip: string, deviceCookie?: string): Promise<Attempt> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': ip };
    if (deviceCookie) headers.cookie = `rg_device=${deviceCookie}`;
    const response = await fetch(`${context.api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }) });
    const body = (await response.json()) as { errors?: { message: string; extensions: { code: string } }[] };
    const device = response.headers.getSetCookie().find((cookie) => cookie.startsWith('rg_device='));
    return { code: body.errors?.[0]?.extensions.code, message: body.errors?.[0]?.message, deviceCookie: device?.split(';')[0].slice('rg_device='.length) };
  };
  const strangerGuesses = async (email: string, count: number) => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < count; i++) codes.push((await attempt(email, `guess ${i}`, `203.0.113.${i + 10}`)).code);
    return codes;
  };

  it('lets the owner in from their own browser while a stranger is throttled guessing their password', async () => {
    const owner = await attempt('advisor@norddjurs.demo', DEMO_PASSWORD, '192.0.2.1');
    expect(owner.code).toBeUndefined();
    expect(owner.deviceCookie).toMatch(/^[\w-]+\.[\w-]+$/);

    expect(await strangerGuesses('advisor@norddjurs.demo', 6)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // The right password without the device cookie waits like anyone else...
    expect((await attempt('advisor@norddjurs.demo', DEMO_PASSWORD, '192.0.2.2')).code).toBe('TOO_MANY_REQUESTS');
    // ...the owner's browser gets in, and the stranger is still held.
    expect((await attempt('advisor@norddjurs.demo', DEMO_PASSWORD, '192.0.2.1', owner.deviceCookie)).code).toBeUndefined();
    expect((await attempt('advisor@norddjurs.demo', 'guess again', '203.0.113.99')).code).toBe('TOO_MANY_REQUESTS');
  });

  it('does not take a device cookie of another account, or a made-up one', async () => {
    const other = await attempt('advisor@lyngby-taarbaek.demo', DEMO_PASSWORD, '192.0.2.3');
    expect(await strangerGuesses('council@norddjurs.demo', 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    for (const cookie of [other.deviceCookie, 'made-up.cookie', `${other.deviceCookie}.x`]) {
      expect((await attempt('council@norddjurs.demo', DEMO_PASSWORD, '192.0.2.3', cookie)).code).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('gives a device cookie a wait of its own, so a stolen one buys no more guesses', async () => {
    const owner = await attempt('admin@norddjurs.demo', DEMO_PASSWORD, '192.0.2.4');
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt('admin@norddjurs.demo', `wrong ${i}`, '198.51.100.77', owner.deviceCookie)).code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    // The account itself was not touched by the device's failures: another browser of the owner gets in.
    expect((await attempt('admin@norddjurs.demo', DEMO_PASSWORD, '192.0.2.5')).code).toBeUndefined();
  });

  it('makes the wait grow with every failure after the free ones', async () => {
    const waits: number[] = [];
    await strangerGuesses('contact@norddjurs.demo', 2);
    for (let round = 0; round < 2; round++) {
      expect((await attempt('contact@norddjurs.demo', 'wrong', '203.0.113.200')).code).toBe('UNAUTHENTICATED');
      const refused = await attempt('contact@norddjurs.demo', 'wrong', '203.0.113.201');
      expect(refused.code).toBe('TOO_MANY_REQUESTS');
      waits.push(Number(/prøv igen om (\d+) sekunder/.exec(refused.message ?? '')?.[1]));
      await new Promise((resolve) => setTimeout(resolve, waits[round] * 1000 + 100));
    }
    expect(waits).toEqual([2, 4]);
  });

  it('shows the operator the failed and throttled logins, hashed: no e-mail address, no IP address', async () => {
    await strangerGuesses('multi@raadgiver.demo', 4);
    const operator = await context.api.login('operator@raadgiver.demo');
    const result = await context.api.gql<{ securityEvents: { kind: string; account: string | null; source: string | null }[] }>(EVENTS, {}, operator);
    expect(result.errors).toBeUndefined();
    const kinds = new Set(result.data!.securityEvents.map((event) => event.kind));
    expect(kinds).toEqual(new Set(['login.failed', 'login.throttled']));
    expect(result.data!.securityEvents.every((event) => /^[0-9a-f]{32}$/.test(event.source ?? ''))).toBe(true);
    const text = JSON.stringify(result.data);
    expect(text).not.toMatch(/@|203\.0\.113|192\.0\.2|guess/);

    const advisor = await context.api.login('advisor@lejre.demo');
    expect((await context.api.gql(EVENTS, {}, advisor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
