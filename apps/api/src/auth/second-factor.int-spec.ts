import { generateSync } from 'otplib';
import { useTestApi, Session, TEST_TOTP_PERIOD_SECONDS } from '../testing/test-api';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken secondFactorChallenge me { secondFactor { enabled required setupPending } } } }';
const COMPLETE = 'mutation S($input: SecondFactorLoginInput!) { completeSecondFactorLogin(input: $input) { accessToken me { user { email } } } }';
const BEGIN = 'mutation { beginSecondFactorSetup { secret otpauthUri qrCodeDataUrl } }';
const CONFIRM = 'mutation C($input: ConfirmSecondFactorInput!) { confirmSecondFactorSetup(input: $input) { recoveryCodes session { accessToken me { secondFactor { enabled setupPending } } } } }';
const ME = '{ me { user { email } secondFactor { enabled required setupPending } } }';
const USERS = '{ tenantUsers { email hasSecondFactor } }';

type LoginAnswer = {
  login: { accessToken: string | null; secondFactorChallenge: string | null; me: { secondFactor: { enabled: boolean; required: boolean; setupPending: boolean } } | null };
};

/** The code of `secret` for the current time step, `offset` steps away. */
function codeOf(secret: string, offset = 0): string {
  const step = Math.floor(Date.now() / 1000 / TEST_TOTP_PERIOD_SECONDS) + offset;
  return generateSync({ secret, period: TEST_TOTP_PERIOD_SECONDS, epoch: step * TEST_TOTP_PERIOD_SECONDS });
}

/** A code of `secret` that is not `used` (a new step's, waiting for it when needed). */
async function freshCode(secret: string, used: string): Promise<string> {
  for (;;) {
    const code = codeOf(secret, 1);
    if (code !== used) return code;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('second factor for password logins', () => {
  const ctx = useTestApi();
  let ip = 0;
  const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${ip % 250}`;
  const login = (email: string, address = nextIp()) =>
    ctx.api.gql<LoginAnswer>(LOGIN, { input: { email, password: 'Raadgiver-demo-2026' } }, { ip: address });

  async function newAdmin(email: string): Promise<string> {
    return ctx.api.addUser({ tenantSlug: 'lejre', email, displayName: 'Ny Administrator', roles: ['tenant_admin'] });
  }

  /** Sets the factor up for a setup-only session; its secret and recovery codes. */
  async function setUp(session: Session): Promise<{ secret: string; recoveryCodes: string[]; session: Session }> {
    const begun = await ctx.api.gql<{ beginSecondFactorSetup: { secret: string; otpauthUri: string; qrCodeDataUrl: string } }>(BEGIN, {}, session);
    expect(begun.errors).toBeUndefined();
    const { secret } = begun.data!.beginSecondFactorSetup;
    const confirmed = await ctx.api.gql<{ confirmSecondFactorSetup: { recoveryCodes: string[]; session: { accessToken: string } } }>(
      CONFIRM, { input: { code: codeOf(secret) } }, session,
    );
    expect(confirmed.errors).toBeUndefined();
    const { recoveryCodes, session: renewed } = confirmed.data!.confirmSecondFactorSetup;
    return { secret, recoveryCodes, session: { token: renewed.accessToken, cookie: confirmed.setCookie ?? session.cookie } };
  }

  it('gives a tenant admin without a second factor a session that can do nothing but set one up', async () => {
    const userId = await newAdmin('setup.admin@lejre.dk');
    const result = await login('setup.admin@lejre.dk');
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.secondFactorChallenge).toBeNull();
    expect(result.data?.login.me?.secondFactor).toEqual({ enabled: false, required: true, setupPending: true });
    const limited: Session = { token: result.data!.login.accessToken!, cookie: result.setCookie! };

    // `me` answers; the admin's pages, another municipality and every other operation are refused.
    const me = await ctx.api.gql<{ me: { secondFactor: { setupPending: boolean } } }>(ME, {}, limited);
    expect(me.data?.me.secondFactor.setupPending).toBe(true);
    for (const query of [USERS, '{ orgUnits { id } }', 'mutation { switchTenant(tenantId: "00000000-0000-4000-8000-000000000001") { accessToken } }']) {
      const refused = await ctx.api.gql(query, {}, limited);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', messageCode: 'second_factor_setup_required' });
      expect(refused.errors?.[0].message).toBe('Du skal sætte totrinsbekræftelse op, før du kan fortsætte');
    }
    // A refresh keeps the session limited.
    const refreshed = await ctx.api.gql<{ refresh: { accessToken: string; me: { secondFactor: { setupPending: boolean } } } }>(
      'mutation { refresh { accessToken me { secondFactor { setupPending } } } }', {}, { cookie: limited.cookie },
    );
    expect(refreshed.data?.refresh.me.secondFactor.setupPending).toBe(true);
    const afterRefresh: Session = { token: refreshed.data!.refresh.accessToken, cookie: refreshed.setCookie! };
    expect((await ctx.api.gql(USERS, {}, afterRefresh)).errors?.[0].extensions.messageCode).toBe('second_factor_setup_required');

    // The setup: a secret as text, URI and QR code; a wrong first code is refused at the code field.
    const begun = await ctx.api.gql<{ beginSecondFactorSetup: { secret: string; otpauthUri: string; qrCodeDataUrl: string } }>(BEGIN, {}, afterRefresh);
    const { secret, otpauthUri, qrCodeDataUrl } = begun.data!.beginSecondFactorSetup;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain(`period=${TEST_TOTP_PERIOD_SECONDS}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const wrong = await ctx.api.gql(CONFIRM, { input: { code: codeOf(secret) === '000000' ? '111111' : '000000' } }, afterRefresh);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', messageCode: 'wrong_second_factor_code' });
    expect(wrong.errors?.[0].message).toMatch(/^Koden er forkert eller allerede brugt/);

    const confirmed = await ctx.api.gql<{ confirmSecondFactorSetup: { recoveryCodes: string[]; session: { accessToken: string; me: { secondFactor: unknown } } } }>(
      CONFIRM, { input: { code: codeOf(secret) } }, afterRefresh,
    );
    expect(confirmed.errors).toBeUndefined();
    const { recoveryCodes, session } = confirmed.data!.confirmSecondFactorSetup;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(session.me.secondFactor).toEqual({ enabled: true, setupPending: false });
    // The full session works; the limited one has ended.
    const users = await ctx.api.gql<{ tenantUsers: { email: string; hasSecondFactor: boolean }[] }>(USERS, {}, { token: session.accessToken });
    expect(users.data?.tenantUsers.find((u) => u.email === 'setup.admin@lejre.dk')?.hasSecondFactor).toBe(true);
    expect((await ctx.api.gql(ME, {}, afterRefresh)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    // At rest: the secret is sealed, the recovery codes are hashes; the setup is audited.
    const stored = await ctx.db.admin.query<{ sealed_secret: string; codes: string[] }>(
      `SELECT f.sealed_secret, array_agg(r.code_hash) AS codes FROM user_second_factor f JOIN user_recovery_code r USING (user_id) WHERE f.user_id = $1 GROUP BY f.sealed_secret`,
      [userId],
    );
    expect(stored.rows[0].sealed_secret).toMatch(/^v1\.test1\./);
    expect(stored.rows[0].sealed_secret).not.toContain(secret);
    expect(stored.rows[0].codes).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.rows[0].codes.join()).not.toContain(code.replace(/-/g, ''));
    const audited = await ctx.db.admin.query(`SELECT 1 FROM audit_event WHERE action = 'second_factor.set_up' AND subject_id = $1`, [userId]);
    expect(audited.rowCount).toBe(1);
  });

  it('asks a user with a second factor for its code: no session before it, a wrong or replayed code refused', async () => {
    await newAdmin('code.admin@lejre.dk');
    const first = await login('code.admin@lejre.dk');
    const { secret } = await setUp({ token: first.data!.login.accessToken!, cookie: first.setCookie! });

    const challenged = await login('code.admin@lejre.dk');
    expect(challenged.errors).toBeUndefined();
    expect(challenged.data?.login).toMatchObject({ accessToken: null, me: null });
    expect(challenged.data?.login.secondFactorChallenge).toEqual(expect.any(String));
    expect(challenged.setCookie).toBeNull();
    const challenge = challenged.data!.login.secondFactorChallenge!;

    const wrongCode = codeOf(secret, 1) === '123456' ? '654321' : '123456';
    const wrong = await ctx.api.gql(COMPLETE, { input: { challenge, code: wrongCode } }, { ip: nextIp() });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'code', messageCode: 'wrong_second_factor_code' });
    expect(wrong.errors?.[0].message).toBe(
      'Koden er forkert eller allerede brugt; skriv den aktuelle kode fra din godkendelsesapp eller en ubrugt gendannelseskode',
    );
    expect(wrong.setCookie).toBeNull();

    const code = await freshCode(secret, '');
    const completed = await ctx.api.gql<{ completeSecondFactorLogin: { accessToken: string; me: { user: { email: string } } } }>(
      COMPLETE, { input: { challenge, code } }, { ip: nextIp() },
    );
    expect(completed.errors).toBeUndefined();
    expect(completed.data?.completeSecondFactorLogin.me.user.email).toBe('code.admin@lejre.dk');
    expect(completed.setCookie).toMatch(/^rg_refresh=/);
    expect((await ctx.api.gql(USERS, {}, { token: completed.data!.completeSecondFactorLogin.accessToken })).errors).toBeUndefined();

    // The same code again, within its window and with a new challenge: refused.
    const again = await login('code.admin@lejre.dk');
    const replayed = await ctx.api.gql(COMPLETE, { input: { challenge: again.data!.login.secondFactorChallenge, code } }, { ip: nextIp() });
    expect(replayed.errors?.[0].extensions).toMatchObject({ field: 'code', messageCode: 'wrong_second_factor_code' });
    expect(replayed.setCookie).toBeNull();

    // A forged or expired challenge is refused at the code field.
    const forged = await ctx.api.gql(COMPLETE, { input: { challenge: `${challenge}x`, code: await freshCode(secret, code) } }, { ip: nextIp() });
    expect(forged.errors?.[0].extensions).toMatchObject({ field: 'code', messageCode: 'second_factor_challenge_expired' });
  });

  it('throttles wrong codes: after the account\'s free failures even the right code waits', async () => {
    await newAdmin('guessed.admin@lejre.dk');
    const first = await login('guessed.admin@lejre.dk');
    const { secret } = await setUp({ token: first.data!.login.accessToken!, cookie: first.setCookie! });
    const challenge = (await login('guessed.admin@lejre.dk')).data!.login.secondFactorChallenge!;
    const wrongCode = () => (codeOf(secret, 0) === '000000' || codeOf(secret, 1) === '000000' || codeOf(secret, -1) === '000000' ? '999999' : '000000');
    // LOGIN_LIMIT_PER_ACCOUNT (5) failures, from different addresses: the account's count, not an address's.
    for (let i = 0; i < 5; i++) {
      const wrong = await ctx.api.gql(COMPLETE, { input: { challenge, code: wrongCode() } }, { ip: nextIp() });
      expect(wrong.errors?.[0].extensions.messageCode).toBe('wrong_second_factor_code');
    }
    const blocked = await ctx.api.gql(COMPLETE, { input: { challenge, code: codeOf(secret) } }, { ip: nextIp() });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', field: 'code', messageCode: 'too_many_second_factor' });
    expect(blocked.errors?.[0].message).toMatch(/^For mange forkerte koder; prøv igen om \d+ sekunder$/);
    // A correct password does not clear the wait: it is the account's, until a code is right.
    const password = await login('guessed.admin@lejre.dk');
    expect(password.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('accepts each recovery code once, and audits its use', async () => {
    const userId = await newAdmin('lost.phone@lejre.dk');
    const first = await login('lost.phone@lejre.dk');
    const { recoveryCodes } = await setUp({ token: first.data!.login.accessToken!, cookie: first.setCookie! });
    const [code] = recoveryCodes;

    const used = await ctx.api.gql<{ completeSecondFactorLogin: { accessToken: string } }>(
      COMPLETE, { input: { challenge: (await login('lost.phone@lejre.dk')).data!.login.secondFactorChallenge, code: code.toLowerCase() } }, { ip: nextIp() },
    );
    expect(used.errors).toBeUndefined();
    expect(used.data?.completeSecondFactorLogin.accessToken).toEqual(expect.any(String));
    const again = await ctx.api.gql(COMPLETE, { input: { challenge: (await login('lost.phone@lejre.dk')).data!.login.secondFactorChallenge, code } }, { ip: nextIp() });
    expect(again.errors?.[0].extensions).toMatchObject({ field: 'code', messageCode: 'wrong_second_factor_code' });
    const audited = await ctx.db.admin.query(`SELECT 1 FROM audit_event WHERE action = 'second_factor.recovery_code_used' AND subject_id = $1`, [userId]);
    expect(audited.rowCount).toBe(1);
  });

  it('requires it of the operator too', async () => {
    const result = await login('operator@raadgiver.demo');
    expect(result.data?.login.me?.secondFactor).toEqual({ enabled: false, required: true, setupPending: true });
    const refused = await ctx.api.gql('{ tenants { id } }', {}, { token: result.data!.login.accessToken! });
    expect(refused.errors?.[0].extensions.messageCode).toBe('second_factor_setup_required');
    // The test helper sets it up and from then on answers the challenge.
    const session = await ctx.api.login('operator@raadgiver.demo');
    expect((await ctx.api.gql('{ tenants { id } }', {}, session)).errors).toBeUndefined();
    expect((await login('operator@raadgiver.demo')).data?.login.secondFactorChallenge).toEqual(expect.any(String));
  });

  it('offers it to an advisor, who logs in without one until they set it up', async () => {
    const plain = await login('advisor@lejre.demo');
    expect(plain.data?.login.me?.secondFactor).toEqual({ enabled: false, required: false, setupPending: false });
    const session: Session = { token: plain.data!.login.accessToken!, cookie: plain.setCookie! };
    expect((await ctx.api.gql('{ orgUnits { id } }', {}, session)).errors).toBeUndefined();
    await setUp(session);
    expect((await login('advisor@lejre.demo')).data?.login.secondFactorChallenge).toEqual(expect.any(String));
  });

  it('lets a tenant admin see who has a second factor and reset a member\'s, audited', async () => {
    const memberId = await newAdmin('reset.me@lejre.dk');
    const first = await login('reset.me@lejre.dk');
    await setUp({ token: first.data!.login.accessToken!, cookie: first.setCookie! });
    const admin = await ctx.api.login('admin@lejre.demo');
    const before = await ctx.api.gql<{ tenantUsers: { email: string; hasSecondFactor: boolean }[] }>(USERS, {}, admin);
    expect(before.data?.tenantUsers.find((u) => u.email === 'reset.me@lejre.dk')?.hasSecondFactor).toBe(true);

    const reset = await ctx.api.gql('mutation R($id: ID!) { resetSecondFactor(userId: $id) }', { id: memberId }, admin);
    expect(reset.errors).toBeUndefined();
    const after = await ctx.api.gql<{ tenantUsers: { email: string; hasSecondFactor: boolean }[] }>(USERS, {}, admin);
    expect(after.data?.tenantUsers.find((u) => u.email === 'reset.me@lejre.dk')?.hasSecondFactor).toBe(false);
    const audited = await ctx.db.admin.query(`SELECT user_id FROM audit_event WHERE action = 'second_factor.reset' AND subject_id = $1`, [memberId]);
    expect(audited.rowCount).toBe(1);
    // The member sets a new one up at the next login.
    expect((await login('reset.me@lejre.dk')).data?.login.me?.secondFactor.setupPending).toBe(true);

    // Not a member of another municipality: not found.
    const outsider = await ctx.api.addUser({ tenantSlug: 'norddjurs', email: 'outsider@norddjurs.dk', displayName: 'Udenfor', roles: ['advisor'] });
    const refused = await ctx.api.gql('mutation R($id: ID!) { resetSecondFactor(userId: $id) }', { id: outsider }, admin);
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
