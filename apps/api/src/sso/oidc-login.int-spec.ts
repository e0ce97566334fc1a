import { Logger } from '@nestjs/common';
import { newInvitationToken } from '@raadgiver/db';
import { GqlResult, Session, useTestApi } from '../testing/test-api';
import { locationOf, startTestOidcProvider, TestBrowser, TestOidcProvider, TestPerson } from '../testing/oidc-test-provider';

const SAVE = `mutation S($input: OidcSettingsInput!) { saveOidcSettings(input: $input) { issuerUrl ssoRequired } }`;
const REFRESH = 'mutation { refresh { accessToken me { user { id email } activeTenant { slug } roles tenants { tenant { slug } } } } }';
const USERS = '{ tenantUsers { id email roles awaitingAccess } }';
const UPDATE = 'mutation U($input: UpdateMembershipInput!) { updateMembership(input: $input) { roles awaitingAccess } }';
const INVITE = 'mutation I($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }';
const SWITCH = 'mutation W($tenantId: ID!) { switchTenant(tenantId: $tenantId) { me { activeTenant { slug } } } }';

interface Refreshed {
  refresh: { accessToken: string; me: { user: { id: string; email: string }; activeTenant: { slug: string } | null; roles: string[]; tenants: { tenant: { slug: string } }[] } };
}

const LEJRE_CLIENT = { client_id: 'raadgiver-lejre', client_secret: 'lejre-client-secret-0123456789abcdef' };
const LYNGBY_CLIENT = { client_id: 'raadgiver-lyngby', client_secret: 'lyngby-client-secret-0123456789abcdef' };

/** The checks the API's warnings say failed (the `check` of each refusal's log entry). */
function checksLogged(warnings: jest.SpyInstance): string {
  return warnings.mock.calls.map(([entry]) => String((entry as { check?: unknown }).check ?? entry)).join('\n');
}

describe('OpenID Connect login per municipality, against a real OpenID provider', () => {
  const ctx = useTestApi();
  let lejreIdp: TestOidcProvider;
  let lyngbyIdp: TestOidcProvider;
  let lejreAdmin: Session;
  let lyngbyAdmin: Session;
  const tenantIds: Record<string, string> = {};

  /** Logs `person` in through the municipality's provider, up to the provider's redirect back to the API. */
  async function atProvider(browser: TestBrowser, slug: string, idp: TestOidcProvider, person: TestPerson) {
    const start = await browser.get(`${ctx.api.url}/auth/oidc/${slug}/login`);
    expect(start.status).toBe(302);
    const authorize = new URL(locationOf(start, ctx.api.url));
    expect(authorize.origin).toBe(idp.issuer);
    await idp.nextLogin(person);
    let location = authorize.href;
    for (let hops = 0; !location.startsWith(ctx.api.url); hops += 1) {
      if (hops > 10) throw new Error(`No way back from the provider: ${location}`);
      location = locationOf(await browser.get(location), location);
    }
    return { authorize, callback: location };
  }

  /** The callback's answer: where it sends the browser, and the session it started (if any). */
  async function finish(browser: TestBrowser, callback: string): Promise<{ location: string; session: Refreshed['refresh'] | null; cookie: string | null }> {
    const response = await browser.get(callback);
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    const refresh = browser.cookie(ctx.api.url, 'rg_refresh');
    if (location !== '/' || !refresh) return { location, session: null, cookie: null };
    const result = await ctx.api.gql<Refreshed>(REFRESH, {}, { cookie: `rg_refresh=${refresh}` });
    expect(result.errors).toBeUndefined();
    return { location, session: result.data!.refresh, cookie: result.setCookie };
  }

  async function ssoLogin(slug: string, idp: TestOidcProvider, person: TestPerson) {
    const browser = new TestBrowser();
    const { callback } = await atProvider(browser, slug, idp, person);
    return { browser, ...(await finish(browser, callback)) };
  }

  /** A login whose token response carries `forge(nonce)` instead of the provider's own ID token. */
  async function forgedLogin(person: TestPerson, forge: (nonce: string) => Promise<string>) {
    const browser = new TestBrowser();
    const { authorize, callback } = await atProvider(browser, 'lejre', lejreIdp, person);
    await lejreIdp.forge(await forge(authorize.searchParams.get('nonce')!));
    return finish(browser, callback);
  }

  const identities = async (subject: string) =>
    (await ctx.db.admin.query<{ issuer: string; tenant_id: string; email: string }>(
      'SELECT i.issuer, i.tenant_id, u.email FROM user_identity i JOIN app_user u ON u.id = i.user_id WHERE i.subject = $1', [subject],
    )).rows;

  async function configure(session: Session, idp: TestOidcProvider, client: { client_id: string; client_secret: string }, extra: { ssoRequired?: boolean; emailDomains?: string[] } = {}) {
    const result = await ctx.api.gql(SAVE, {
      input: { issuerUrl: idp.issuer, clientId: client.client_id, clientSecret: client.client_secret, emailDomains: extra.emailDomains ?? [], ssoRequired: extra.ssoRequired ?? false, enabled: true },
    }, session);
    expect(result.errors).toBeUndefined();
  }

  beforeAll(async () => {
    const { rows } = await ctx.db.admin.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant');
    for (const row of rows) tenantIds[row.slug] = row.id;
    const lyngby = rows.find((r) => r.slug.startsWith('lyngby'))!.slug;
    lejreIdp = await startTestOidcProvider([{ ...LEJRE_CLIENT, redirect_uris: [`${ctx.api.url}/auth/oidc/lejre/callback`], post_logout_redirect_uris: [`${ctx.api.url}/`] }]);
    lyngbyIdp = await startTestOidcProvider([{ ...LYNGBY_CLIENT, redirect_uris: [`${ctx.api.url}/auth/oidc/${lyngby}/callback`] }]);
    tenantIds.lyngby = tenantIds[lyngby];
    tenantIds.lyngbySlug = lyngby;
    lejreAdmin = await ctx.api.login('admin@lejre.demo');
    lyngbyAdmin = await ctx.api.login(`admin@${lyngby}.demo`);
    await configure(lejreAdmin, lejreIdp, LEJRE_CLIENT, { emailDomains: ['lejre.dk'] });
    await configure(lyngbyAdmin, lyngbyIdp, LYNGBY_CLIENT);
  });

  afterAll(async () => {
    await lejreIdp?.stop();
    await lyngbyIdp?.stop();
  });

  it('lets a new person in with no access until the tenant admin grants a role, then with it', async () => {
    const person = { sub: 'new-person-1', email: 'ny.medarbejder@lejre.dk', name: 'Ny Medarbejder' };
    const first = await ssoLogin('lejre', lejreIdp, person);
    expect(first.location).toBe('/');
    expect(first.session!.me.activeTenant).toBeNull();
    expect(first.session!.me.roles).toEqual([]);
    expect(await identities(person.sub)).toEqual([{ issuer: lejreIdp.issuer, tenant_id: tenantIds.lejre, email: person.email }]);
    // Nothing of the municipality's is open to the account yet.
    const denied = await ctx.api.gql('{ tenantUsers { id } }', {}, { token: first.session!.accessToken });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const users = await ctx.api.gql<{ tenantUsers: { id: string; email: string; roles: string[]; awaitingAccess: boolean }[] }>(USERS, {}, lejreAdmin);
    const waiting = users.data!.tenantUsers.find((u) => u.email === person.email)!;
    expect(waiting).toMatchObject({ roles: [], awaitingAccess: true });
    const granted = await ctx.api.gql(UPDATE, { input: { userId: waiting.id, roles: ['ADVISOR'] } }, lejreAdmin);
    expect(granted.errors).toBeUndefined();

    const second = await ssoLogin('lejre', lejreIdp, person);
    expect(second.session!.me.user.id).toBe(waiting.id);
    expect(second.session!.me.activeTenant).toEqual({ slug: 'lejre' });
    expect(second.session!.me.roles).toEqual(['ADVISOR']);
  });

  it('links an invited person through the invitation, an existing account included', async () => {
    const invited = await ctx.api.gql(INVITE, { input: { email: 'inviteret@lejre.dk', displayName: 'Inviteret Person', roles: ['COUNCIL_VIEWER'] } }, lejreAdmin);
    expect(invited.errors).toBeUndefined();
    const fresh = await ssoLogin('lejre', lejreIdp, { sub: 'invited-1', email: 'Inviteret@lejre.dk', name: 'Et andet navn' });
    expect(fresh.session!.me).toMatchObject({ activeTenant: { slug: 'lejre' }, roles: ['COUNCIL_VIEWER'] });

    // Someone working for another municipality, invited here: the invitation links the identity to their account.
    const contact = `advisor@${tenantIds.lyngbySlug}.demo`;
    const { rows: [account] } = await ctx.db.admin.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [contact]);
    expect((await ctx.api.gql(INVITE, { input: { email: contact, displayName: 'Gæst', roles: ['ADVISOR'] } }, lejreAdmin)).errors).toBeUndefined();
    const existing = await ssoLogin('lejre', lejreIdp, { sub: 'invited-2', email: contact });
    expect(existing.session!.me.user.id).toBe(account.id);
    expect(existing.session!.me.tenants.map((t) => t.tenant.slug).sort()).toEqual(['lejre', tenantIds.lyngbySlug].sort());
    const { rows: accepted } = await ctx.db.admin.query('SELECT 1 FROM tenant_invitation WHERE email = $1 AND accepted_by = $2', [contact, account.id]);
    expect(accepted).toHaveLength(1);

    // A member from before the municipality had its own login is invited to link their account, keeping their roles.
    const member = 'council@lejre.demo';
    const { rows: [own] } = await ctx.db.admin.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [member]);
    expect((await ctx.api.gql(INVITE, { input: { email: member, displayName: 'Medlem', roles: ['ADVISOR'] } }, lejreAdmin)).errors).toBeUndefined();
    const linked = await ssoLogin('lejre', lejreIdp, { sub: 'member-1', email: member });
    expect(linked.session!.me).toMatchObject({ user: { id: own.id }, activeTenant: { slug: 'lejre' }, roles: ['COUNCIL_VIEWER'] });
    // Once linked, the member is a member like any other: no second invitation.
    const again = await ctx.api.gql(INVITE, { input: { email: member, displayName: 'Medlem', roles: ['ADVISOR'] } }, lejreAdmin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'email', messageCode: 'already_member' });
  });

  it('never takes over an account by its e-mail claim alone (nOAuth)', async () => {
    const takeover = await ssoLogin('lejre', lejreIdp, { sub: 'attacker-1', email: 'admin@lejre.demo' });
    expect(takeover.location).toBe('/?sso_error=sso_email_in_use');
    expect(takeover.session).toBeNull();
    expect(await identities('attacker-1')).toEqual([]);
  });

  it("keeps a person from another municipality's issuer out of this one", async () => {
    // Lyngby's provider vouches for a person; its ID token, put into Lejre's login, is not Lejre's issuer's.
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const foreign = await forgedLogin({ sub: 'lyngby-person', email: 'x@lyngby.dk' }, (nonce) =>
      lyngbyIdp.mint({ claims: { sub: 'lyngby-person', aud: LEJRE_CLIENT.client_id, nonce, email: 'x@lyngby.dk' } }),
    );
    expect(foreign.location).toBe('/?sso_error=sso_failed');
    expect(checksLogged(warnings)).toContain('unexpected JWT "iss" (issuer) claim value');
    warnings.mockRestore();
    expect(await identities('lyngby-person')).toEqual([]);

    // Logged in through Lyngby's provider, the same subject is a Lyngby identity only: no access to Lejre.
    const atLyngby = await ssoLogin(tenantIds.lyngbySlug, lyngbyIdp, { sub: 'lyngby-person', email: 'x@lyngby.dk' });
    expect(atLyngby.location).toBe('/');
    expect(atLyngby.session!.me.tenants).toEqual([]);
    expect(await identities('lyngby-person')).toEqual([{ issuer: lyngbyIdp.issuer, tenant_id: tenantIds.lyngby, email: 'x@lyngby.dk' }]);
    const switched = await ctx.api.gql(SWITCH, { tenantId: tenantIds.lejre }, { token: atLyngby.session!.accessToken });
    expect(switched.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  describe('refuses what the provider did not vouch for', () => {
    const person = { sub: 'forged-1', email: 'forged@lejre.dk' };
    const claims = (nonce: string) => ({ sub: person.sub, aud: LEJRE_CLIENT.client_id, nonce, email: person.email });

    it('accepts a token minted the way the provider signs (the forging path itself works)', async () => {
      const genuine = await forgedLogin(person, async (nonce) => lejreIdp.mint({ claims: claims(nonce) }));
      expect(genuine.location).toBe('/');
      expect(genuine.session!.me.user.email).toBe(person.email);
    });

    // Each refusal for its own reason (the API logs the check that failed), not because the forging went wrong.
    it.each([
      ['a tampered ID token', 'JWT signature verification failed', async (nonce: string) => {
        const [header, , signature] = (await lejreIdp.mint({ claims: claims(nonce) })).split('.');
        return `${header}.${Buffer.from(JSON.stringify({ ...claims(nonce), iss: lejreIdp.issuer, sub: 'someone-else', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url')}.${signature}`;
      }],
      ['a wrong nonce', 'unexpected ID Token "nonce" claim value', () => lejreIdp.mint({ claims: claims('not-the-nonce-we-sent') })],
      ['alg none', 'unexpected JWT "alg" header parameter', (nonce: string) => lejreIdp.mint({ claims: claims(nonce), alg: 'none' })],
      ['HS256 with the client secret as key', 'unexpected JWT "alg" header parameter', (nonce: string) => lejreIdp.mint({ claims: claims(nonce), alg: 'HS256', hmacSecret: LEJRE_CLIENT.client_secret })],
      ['a signature by another key under the published key id', 'JWT signature verification failed', (nonce: string) => lejreIdp.mint({ claims: claims(nonce), key: 'stranger' })],
      ['an expired ID token', 'expiration is past current timestamp', (nonce: string) => lejreIdp.mint({ claims: { ...claims(nonce), iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 } })],
      ['another audience', 'unexpected JWT "aud" (audience) claim value', (nonce: string) => lejreIdp.mint({ claims: { ...claims(nonce), aud: 'some-other-client' } })],
    ])('refuses %s', async (_case, reason, forge) => {
      const warnings = jest.spyOn(Logger.prototype, 'warn');
      const refused = await forgedLogin({ sub: 'refused-1', email: 'refused@lejre.dk' }, forge);
      expect(refused.location).toBe('/?sso_error=sso_failed');
      expect(checksLogged(warnings)).toContain(reason);
      warnings.mockRestore();
      expect(refused.session).toBeNull();
      expect(await identities('refused-1')).toEqual([]);
      expect(await identities('someone-else')).toEqual([]);
    });

    it('refuses a state that does not match the browser, and a missing one', async () => {
      const browser = new TestBrowser();
      const { callback } = await atProvider(browser, 'lejre', lejreIdp, { sub: 'state-1', email: 'state@lejre.dk' });
      const tampered = new URL(callback);
      tampered.searchParams.set('state', 'a-state-of-our-choosing');
      expect((await finish(browser, tampered.href)).location).toBe('/?sso_error=sso_failed');

      const other = new TestBrowser();
      const second = await atProvider(other, 'lejre', lejreIdp, { sub: 'state-1', email: 'state@lejre.dk' });
      // Another browser (no state cookie) brings the answer back: a login CSRF.
      expect((await finish(new TestBrowser(), second.callback)).location).toBe('/?sso_error=sso_failed');
      expect(await identities('state-1')).toEqual([]);
    });

    it('refuses a replayed code', async () => {
      const browser = new TestBrowser();
      const { callback } = await atProvider(browser, 'lejre', lejreIdp, { sub: 'replay-1', email: 'replay@lejre.dk' });
      const state = browser.cookie(ctx.api.url, 'rg_sso_state')!;
      const first = await finish(browser, callback);
      expect(first.location).toBe('/');
      const replay = new TestBrowser();
      replay.setCookie(ctx.api.url, 'rg_sso_state', state);
      const again = await finish(replay, callback);
      expect(again.location).toBe('/?sso_error=sso_expired');
      expect(again.session).toBeNull();
    });
  });

  describe('a municipality that requires SSO', () => {
    const code = (result: GqlResult) => result.errors?.[0]?.extensions;

    beforeAll(async () => {
      await configure(lejreAdmin, lejreIdp, LEJRE_CLIENT, { emailDomains: ['lejre.dk'], ssoRequired: true });
    });

    it('refuses password login to its members, in Danish, and keeps the operator on a password', async () => {
      const refused = await ctx.api.gql('mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'advisor@lejre.demo', password: 'Raadgiver-demo-2026' } }, { ip: '10.9.0.1' });
      expect(code(refused)).toMatchObject({ code: 'UNAUTHENTICATED', messageCode: 'sso_required', field: 'email' });
      expect(refused.errors?.[0]?.message).toContain('kommunens eget login');
      expect(refused.setCookie).toBeNull();
      // The operator's own login stays password-based.
      await expect(ctx.api.login('operator@raadgiver.demo')).resolves.toMatchObject({ token: expect.any(String) });
    });

    it('applies per membership: a password opens the others, and switching into it needs its provider', async () => {
      const multi = await ctx.api.login('multi@raadgiver.demo');
      const me = await ctx.api.gql<{ me: { activeTenant: { slug: string } } }>('{ me { activeTenant { slug } } }', {}, multi);
      expect(me.data!.me.activeTenant.slug).not.toBe('lejre');
      const refused = await ctx.api.gql(SWITCH, { tenantId: tenantIds.lejre }, multi);
      expect(code(refused)).toMatchObject({ code: 'FORBIDDEN', messageCode: 'sso_required' });
      const elsewhere = await ctx.api.gql(SWITCH, { tenantId: tenantIds.norddjurs }, multi);
      expect(elsewhere.errors).toBeUndefined();

      // A session Lejre's provider made enters Lejre.
      const viaLejre = await ssoLogin('lejre', lejreIdp, { sub: 'new-person-1', email: 'ny.medarbejder@lejre.dk' });
      expect(viaLejre.session!.me.activeTenant).toEqual({ slug: 'lejre' });
    });

    it('has its invitations accepted by logging in through its provider, not with a password', async () => {
      const invited = await ctx.api.gql<{ inviteTenantUser: { id: string } }>(INVITE, { input: { email: 'kraever.sso@lejre.dk', displayName: 'Kræver SSO', roles: ['ADVISOR'] } }, lejreAdmin);
      const invitationId = invited.data!.inviteTenantUser.id;
      // The link the worker would e-mail (its secret is stored hashed only).
      const { token, secretHash } = newInvitationToken(tenantIds.lejre, invitationId);
      await ctx.db.admin.query('UPDATE tenant_invitation SET token_hash = $1 WHERE id = $2', [secretHash, invitationId]);

      const preview = await ctx.api.gql<{ invitation: { ssoLoginPath: string | null } }>('query P($token: String!) { invitation(token: $token) { ssoLoginPath } }', { token });
      expect(preview.data).toEqual({ invitation: { ssoLoginPath: '/auth/oidc/lejre/login' } });
      const byPassword = await ctx.api.gql('mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }', { input: { token, password: 'a-long-enough-new-password' } });
      expect(code(byPassword)).toMatchObject({ code: 'FORBIDDEN', messageCode: 'invitation_needs_sso' });
      expect((await ctx.db.admin.query('SELECT 1 FROM app_user WHERE email = $1', ['kraever.sso@lejre.dk'])).rows).toEqual([]);

      const viaProvider = await ssoLogin('lejre', lejreIdp, { sub: 'requires-sso-1', email: 'kraever.sso@lejre.dk' });
      expect(viaProvider.session!.me).toMatchObject({ activeTenant: { slug: 'lejre' }, roles: ['ADVISOR'] });
    });

    it('keeps a password session out of it at refresh too', async () => {
      const multi = await ctx.api.login('multi@raadgiver.demo');
      const refreshed = await ctx.api.gql<Refreshed>(REFRESH, {}, { cookie: multi.cookie });
      expect(refreshed.data!.refresh.me.activeTenant?.slug).not.toBe('lejre');
    });
  });

  it("ends the provider's session too at logout", async () => {
    const browser = new TestBrowser();
    const response = await browser.get(`${ctx.api.url}/auth/oidc/lejre/logout`);
    const target = new URL(locationOf(response, ctx.api.url));
    expect(target.origin + target.pathname).toBe(`${lejreIdp.issuer}/session/end`);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${ctx.api.url}/`);
    expect(target.searchParams.get('client_id')).toBe(LEJRE_CLIENT.client_id);
  });
});
