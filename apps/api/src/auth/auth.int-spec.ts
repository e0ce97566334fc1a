import { sign } from 'jsonwebtoken';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { startTestApi, TEST_JWT_SECRET, TestApi } from '../testing/test-api';

const ME = '{ me { user { email } activeTenant { slug } roles tenants { tenant { slug } } } }';
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken me { user { email } } } }';
const REFRESH = 'mutation { refresh { accessToken me { activeTenant { slug } } } }';

describe('login, tokens and sessions', () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db, { LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '8' });
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('logs in with the right password and answers me with the tenant from the token', async () => {
    const session = await api.login('advisor@lejre.demo');
    const me = await api.gql<{ me: { user: { email: string }; activeTenant: { slug: string }; roles: string[] } }>(ME, {}, session);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.user.email).toBe('advisor@lejre.demo');
    expect(me.data?.me.activeTenant.slug).toBe('lejre');
    expect(me.data?.me.roles).toEqual(['ADVISOR']);
    expect(session.cookie).toMatch(/^rg_refresh=/);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await api.gql(LOGIN, { input: { email: 'advisor@norddjurs.demo', password: 'not the password' } }, { ip: '10.1.0.1' });
    const unknown = await api.gql(LOGIN, { input: { email: 'nobody@nowhere.dk', password: 'not the password' } }, { ip: '10.1.0.1' });
    for (const result of [wrong, unknown]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toBe('Forkert e-mailadresse eller adgangskode');
      expect(result.setCookie).toBeNull();
    }
  });

  it('answers a login refused at its field, in Danish unless English is asked for', async () => {
    const fieldErrors = (result: { errors?: { message: string; extensions: Record<string, unknown> }[] }) =>
      result.errors?.map((e) => [e.extensions.code, e.extensions.field, e.message]);
    // Both fields empty: both named, each with its message.
    const empty = await api.gql(LOGIN, { input: { email: '', password: '' } }, { ip: '10.3.0.1' });
    expect(fieldErrors(empty)).toEqual([
      ['BAD_USER_INPUT', 'email', 'E-mail skal udfyldes'],
      ['BAD_USER_INPUT', 'password', 'Adgangskode skal udfyldes'],
    ]);
    const wrong = await api.gql(LOGIN, { input: { email: 'contact@lyngby-taarbaek.demo', password: 'not the password' } }, { ip: '10.3.0.2' });
    expect(fieldErrors(wrong)).toEqual([['UNAUTHENTICATED', 'password', 'Forkert e-mailadresse eller adgangskode']]);
    const english = await api.gql(LOGIN, { input: { email: 'contact@lyngby-taarbaek.demo', password: 'not the password' } }, { ip: '10.3.0.3', language: 'en' });
    expect(fieldErrors(english)).toEqual([['UNAUTHENTICATED', 'password', 'Wrong e-mail or password']]);
    // The third failure used up the account's tries: the next one, right password or not, waits, told at the e-mail.
    await api.gql(LOGIN, { input: { email: 'contact@lyngby-taarbaek.demo', password: 'still not it' } }, { ip: '10.3.0.4' });
    const throttled = await api.gql(LOGIN, { input: { email: 'contact@lyngby-taarbaek.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.3.0.5' });
    expect(throttled.errors).toHaveLength(1);
    expect(throttled.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', field: 'email', messageCode: 'too_many_logins' });
    expect(throttled.errors?.[0].message).toMatch(/^For mange mislykkede logins; prøv igen om \d+ (sekund|sekunder|minut|minutter)$/);
  });

  it('names the field of a malformed login', async () => {
    const result = await api.gql(LOGIN, { input: { email: 'not-an-address', password: 'x' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('throttles an account after repeated failures, even from other addresses and with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const result = await api.gql(LOGIN, { input: { email: 'council@norddjurs.demo', password: 'wrong password' } }, { ip: `10.2.0.${i}` });
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(LOGIN, { input: { email: 'council@norddjurs.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.2.0.99' });
    expect(blocked.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // Another account from the same addresses is not affected.
    const other = await api.gql(LOGIN, { input: { email: 'advisor@norddjurs.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.2.0.0' });
    expect(other.errors).toBeUndefined();
  });

  it('throttles an address that tries many accounts', async () => {
    // One API per process: passport strategies are process-wide, so limits are set once for the file (8 per address).
    for (let i = 0; i < 8; i++) {
      await api.gql(LOGIN, { input: { email: `guess${i}@example.dk`, password: 'wrong password' } }, { ip: '10.3.0.1' });
    }
    const blocked = await api.gql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.3.0.1' });
    expect(blocked.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const elsewhere = await api.gql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.3.0.2' });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('refuses an expired, a forged and a malformed access token', async () => {
    const session = await api.login('advisor@lejre.demo');
    const [, payload] = session.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const expired = sign({ ...claims, iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET, { algorithm: 'HS256' });
    const forged = sign({ ...claims }, 'another-secret-another-secret-another-secret', { algorithm: 'HS256' });
    for (const token of [expired, forged, 'not-a-jwt']) {
      const result = await api.gql(ME, {}, { token });
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('rotates the refresh token and revokes the whole family when a used one comes back', async () => {
    const first = await api.login('advisor@lyngby-taarbaek.demo');
    const second = await api.gql<{ refresh: { accessToken: string } }>(REFRESH, {}, { cookie: first.cookie });
    expect(second.errors).toBeUndefined();
    expect(second.setCookie).toMatch(/^rg_refresh=/);
    expect(second.setCookie).not.toBe(first.cookie);
    const third = await api.gql(REFRESH, {}, { cookie: second.setCookie! });
    expect(third.errors).toBeUndefined();

    // The first cookie was rotated away: presenting it again is reuse.
    const reuse = await api.gql(REFRESH, {}, { cookie: first.cookie });
    expect(reuse.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(reuse.errors?.[0].message).toMatch(/allerede fornyet/);
    // ...and the newest token of the family no longer works either.
    const afterReuse = await api.gql(REFRESH, {}, { cookie: third.setCookie! });
    expect(afterReuse.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const alive = await db.admin.query(
      `SELECT count(*)::int AS n FROM refresh_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'advisor@lyngby-taarbaek.demo' AND s.revoked_at IS NULL`,
    );
    expect(alive.rows[0].n).toBe(0);
  });

  it('ends the session at logout', async () => {
    const session = await api.login('council@lejre.demo');
    const out = await api.gql<{ logout: boolean }>('mutation { logout }', {}, { cookie: session.cookie });
    expect(out.data?.logout).toBe(true);
    const refresh = await api.gql(REFRESH, {}, { cookie: session.cookie });
    expect(refresh.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a user with several memberships switch tenant, and only to a tenant of their own', async () => {
    const session = await api.login('multi@raadgiver.demo');
    const me = await api.gql<{ me: { activeTenant: { slug: string }; tenants: { tenant: { slug: string } }[] } }>(ME, {}, session);
    expect(me.data?.me.tenants.map((t) => t.tenant.slug).sort()).toEqual(['lejre', 'lyngby-taarbaek', 'norddjurs']);
    const tenants = await db.admin.query<{ id: string; slug: string }>(`SELECT id, slug FROM tenant`);
    const norddjurs = tenants.rows.find((t) => t.slug === 'norddjurs')!.id;
    const switched = await api.gql<{ switchTenant: { accessToken: string; me: { activeTenant: { slug: string } } } }>(
      'mutation Switch($id: ID!) { switchTenant(tenantId: $id) { accessToken me { activeTenant { slug } } } }',
      { id: norddjurs },
      session,
    );
    expect(switched.errors).toBeUndefined();
    expect(switched.data?.switchTenant.me.activeTenant.slug).toBe('norddjurs');
    const units = await api.gql<{ orgUnits: { name: string }[] }>('{ orgUnits { name } }', {}, { token: switched.data!.switchTenant.accessToken });
    const norddjursUnits = await db.admin.query(`SELECT name FROM org_unit WHERE tenant_id = $1`, [norddjurs]);
    expect(units.data?.orgUnits.map((u) => u.name).sort()).toEqual(norddjursUnits.rows.map((r) => r.name).sort());
    // The refresh cookie carries the switch.
    const refreshed = await api.gql<{ refresh: { me: { activeTenant: { slug: string } } } }>(REFRESH, {}, { cookie: switched.setCookie! });
    expect(refreshed.data?.refresh.me.activeTenant.slug).toBe('norddjurs');

    const single = await api.login('advisor@lejre.demo');
    const denied = await api.gql('mutation Switch($id: ID!) { switchTenant(tenantId: $id) { accessToken } }', { id: norddjurs }, single);
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
  });
});
