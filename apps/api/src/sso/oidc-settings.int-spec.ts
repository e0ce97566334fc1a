import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { parseSecretKeys, SecretBox } from '../security/secret-box';
import { Session, startTestApi, TEST_SECRET_KEYS, TestApi } from '../testing/test-api';

const FIELDS = 'issuerUrl clientId secretSet secretSetAt emailDomains ssoRequired enabled redirectPath';
const SAVE = `mutation S($input: OidcSettingsInput!) { saveOidcSettings(input: $input) { ${FIELDS} } }`;
const GET = `{ oidcSettings { ${FIELDS} } }`;
const SAVE_FOR = `mutation S($tenantId: ID!, $input: OidcSettingsInput!) { saveTenantOidcSettings(tenantId: $tenantId, input: $input) { ${FIELDS} } }`;
const GET_FOR = `query G($tenantId: ID!) { tenantOidcSettings(tenantId: $tenantId) { ${FIELDS} } }`;
const RESEAL = 'mutation { resealIdentityProviderSecrets { resealed currentKeyId } }';
const BY_EMAIL = 'query F($email: String!) { loginProviderForEmail(email: $email) { slug municipalityName kind loginPath } }';
const ALL = '{ loginProviders { slug kind loginPath } }';

const SECRET = 'Entra-client-secret~with.Special_chars-0123456789';
const NEW_SECRET = 'the-rotated-client-secret-9876543210';
const input = (extra: Record<string, unknown> = {}) => ({
  issuerUrl: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0',
  clientId: 'raadgiver-lejre', clientSecret: SECRET, emailDomains: ['lejre.dk', '@Lejre-Kommune.dk '], ssoRequired: false, enabled: true, ...extra,
});

describe("a municipality's OpenID Connect settings and their secret", () => {
  let db: TestDatabase;
  let api: TestApi;
  let lejreAdmin: Session;
  let operator: Session;
  let lejreId: string;
  let norddjursId: string;
  const stored = async (tenantId: string) =>
    (await db.admin.query<{ sealed_secret: string; config: Record<string, unknown>; email_domains: string[] }>(
      'SELECT sealed_secret, config, email_domains FROM tenant_identity_provider WHERE tenant_id = $1', [tenantId],
    )).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    lejreAdmin = await api.login('admin@lejre.demo');
    operator = await api.login('operator@raadgiver.demo');
    const { rows } = await db.admin.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant');
    lejreId = rows.find((r) => r.slug === 'lejre')!.id;
    norddjursId = rows.find((r) => r.slug === 'norddjurs')!.id;
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('stores the client secret sealed, and never returns it', async () => {
    const saved = await api.gql(SAVE, { input: input() }, lejreAdmin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data).toEqual({
      saveOidcSettings: {
        issuerUrl: input().issuerUrl, clientId: 'raadgiver-lejre', secretSet: true, secretSetAt: expect.any(String),
        emailDomains: ['lejre.dk', 'lejre-kommune.dk'], ssoRequired: false, enabled: true, redirectPath: '/auth/oidc/lejre/callback',
      },
    });
    const read = await api.gql(GET, {}, lejreAdmin);
    const introspected = await api.gql('{ __type(name: "OidcSettings") { fields { name } } }', {}, lejreAdmin);
    for (const answer of [saved, read, introspected]) expect(JSON.stringify(answer)).not.toContain(SECRET);
    expect(JSON.stringify(introspected)).not.toMatch(/"clientSecret"/);

    const row = await stored(lejreId);
    expect(row.sealed_secret).toMatch(/^v1\.test1\./);
    for (const form of [SECRET, Buffer.from(SECRET).toString('base64'), Buffer.from(SECRET).toString('base64url'), Buffer.from(SECRET).toString('hex')]) {
      expect(row.sealed_secret).not.toContain(form);
      expect(JSON.stringify(row.config)).not.toContain(form);
    }
    const box = new SecretBox(parseSecretKeys(TEST_SECRET_KEYS));
    expect(box.open(row.sealed_secret, lejreId)).toBe(SECRET);
    // Sealed for Lejre: copied to another municipality's row it does not open.
    expect(() => box.open(row.sealed_secret, norddjursId)).toThrow();
  });

  it('keeps the secret when none is given and replaces it at once when one is', async () => {
    const before = await stored(lejreId);
    const kept = await api.gql<{ saveOidcSettings: { secretSetAt: string } }>(SAVE, { input: input({ clientSecret: null, clientId: 'raadgiver-lejre-2' }) }, lejreAdmin);
    expect(kept.errors).toBeUndefined();
    expect((await stored(lejreId)).sealed_secret).toBe(before.sealed_secret);

    const rotated = await api.gql<{ saveOidcSettings: { secretSetAt: string } }>(SAVE, { input: input({ clientSecret: NEW_SECRET }) }, lejreAdmin);
    expect(rotated.errors).toBeUndefined();
    expect(new Date(rotated.data!.saveOidcSettings.secretSetAt).getTime()).toBeGreaterThan(new Date(kept.data!.saveOidcSettings.secretSetAt).getTime());
    const after = await stored(lejreId);
    expect(new SecretBox(parseSecretKeys(TEST_SECRET_KEYS)).open(after.sealed_secret, lejreId)).toBe(NEW_SECRET);
    expect(JSON.stringify(rotated)).not.toContain(NEW_SECRET);
  });

  it('answers every wrong field in Danish at the field, and stores nothing', async () => {
    const before = await stored(lejreId);
    const wrong = await api.gql(SAVE, { input: input({ issuerUrl: 'http://idp.example.dk', emailDomains: ['ikke et domæne'], clientSecret: 'x' }) }, lejreAdmin);
    const problems = wrong.errors?.map((e) => [e.extensions.field, e.message]);
    expect(problems).toEqual(expect.arrayContaining([
      ['issuerUrl', 'Udsteder (issuer-URL) skal være en https-adresse'],
      ['emailDomains', 'E-maildomæner: "ikke et domæne" er ikke et domæne (fx kommune.dk)'],
    ]));
    expect(await stored(lejreId)).toEqual(before);

    const fresh = await api.login('admin@norddjurs.demo');
    const noSecret = await api.gql(SAVE, { input: input({ clientSecret: '', emailDomains: [] }) }, fresh);
    expect(noSecret.errors?.[0]).toMatchObject({ message: 'Klienthemmelighed skal udfyldes, første gang login sættes op', extensions: { field: 'clientSecret' } });
    // Another municipality's domain is not this one's.
    const taken = await api.gql(SAVE, { input: input({ emailDomains: ['lejre.dk'] }) }, fresh);
    expect(taken.errors?.[0]).toMatchObject({ extensions: { field: 'emailDomains' }, message: expect.stringContaining('bruges allerede af en anden kommune') });
    expect(await stored(norddjursId)).toBeUndefined();
  });

  it("is the tenant admin's for their own municipality and the operator's for any", async () => {
    const advisor = await api.login('advisor@lejre.demo');
    expect((await api.gql(GET, {}, advisor)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await api.gql(GET, {}, await api.login('admin@norddjurs.demo'))).data).toEqual({ oidcSettings: null });
    expect((await api.gql(GET_FOR, { tenantId: lejreId }, lejreAdmin)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const set = await api.gql(SAVE_FOR, { tenantId: norddjursId, input: input({ emailDomains: ['norddjurs.dk'], clientSecret: 'norddjurs-secret-0123456789' }) }, operator);
    expect(set.errors).toBeUndefined();
    const read = await api.gql(GET_FOR, { tenantId: norddjursId }, operator);
    expect(read.data).toMatchObject({ tenantOidcSettings: { secretSet: true, emailDomains: ['norddjurs.dk'] } });
    expect(JSON.stringify(read)).not.toContain('norddjurs-secret');
    expect((await api.gql(GET_FOR, { tenantId: '00000000-0000-4000-8000-000000000099' }, operator)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets the login page find a municipality by e-mail domain, or list them', async () => {
    expect((await api.gql(BY_EMAIL, { email: 'Someone@LEJRE.dk' })).data).toEqual({
      loginProviderForEmail: { slug: 'lejre', municipalityName: 'Lejre Kommune', kind: 'oidc', loginPath: '/auth/oidc/lejre/login' },
    });
    expect((await api.gql(BY_EMAIL, { email: 'someone@example.com' })).data).toEqual({ loginProviderForEmail: null });
    const all = await api.gql<{ loginProviders: { slug: string }[] }>(ALL);
    expect(all.data!.loginProviders.map((p) => p.slug)).toEqual(expect.arrayContaining(['lejre', 'norddjurs']));
  });

  it('re-seals stale secrets with the current key after SECRET_KEYS rotation, and the old key can go', async () => {
    const fresh = `rotated:${Buffer.alloc(32, 9).toString('base64')}`;
    const rotatedApi = await startTestApi(db, { SECRET_KEYS: `${fresh},${TEST_SECRET_KEYS}` });
    try {
      const op = await rotatedApi.login('operator@raadgiver.demo');
      // Sessions live in each API's own Redis prefix: the tenant admin logs in to this one too.
      const admin = await rotatedApi.login('admin@lejre.demo');
      expect((await rotatedApi.gql(RESEAL, {}, admin)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const resealed = await rotatedApi.gql(RESEAL, {}, op);
      expect(resealed.data).toEqual({ resealIdentityProviderSecrets: { resealed: 2, currentKeyId: 'rotated' } });
      const newKeyOnly = new SecretBox(parseSecretKeys(fresh));
      for (const [tenantId, secret] of [[lejreId, NEW_SECRET], [norddjursId, 'norddjurs-secret-0123456789']]) {
        const row = await stored(tenantId);
        expect(newKeyOnly.isStale(row.sealed_secret)).toBe(false);
        expect(newKeyOnly.open(row.sealed_secret, tenantId)).toBe(secret);
      }
      // Nothing left to do the second time.
      expect((await rotatedApi.gql(RESEAL, {}, op)).data).toEqual({ resealIdentityProviderSecrets: { resealed: 0, currentKeyId: 'rotated' } });
    } finally {
      await rotatedApi.close();
    }
  });
});
