import { Logger } from '@nestjs/common';
import { X509Certificate } from 'node:crypto';
import { Session, useTestApi } from '../../testing/test-api';
import { ReceivedRequest, TestLogin, TestSamlIdp, testSigningKey } from '../../testing/saml-idp';
import { PRIVILEGES_INTERMEDIATE } from './saml-privileges';
import { SecretBox } from '../../security/secret-box';
import { SamlMessageStore } from './saml-message-store';
import { descendants, parseXml } from './saml-xml';

const PUBLIC_URL = 'https://raadgiver.test';
const ADVISOR = 'http://lejre.dk/roles/usersystemrole/raadgiver_advisor/1';
const ADMIN = 'http://lejre.dk/roles/usersystemrole/raadgiver_admin/1';
const CONTACT = 'http://lejre.dk/roles/usersystemrole/raadgiver_contact_social/1';
const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';

const SET = `mutation Set($input: SamlProviderInput!) { setSamlProvider(input: $input) {
  idpEntityId idpSsoUrl idpCertificates encryptedAssertions spEntityId acsUrl loginUrl spCertificate privilegeAttribute enabled
  privilegeMap { privilege role orgUnitIds } } }`;

/** OIOSAML's Privileges_intermediate: the basic privilege profile as base64 XML. */
function privilegeList(...privileges: string[]): string {
  const groups = privileges.map((p) => `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:29189854"><Privilege>${p}</Privilege></PrivilegeGroup>`).join('');
  return Buffer.from(`<bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile">${groups}</bpp:PrivilegeList>`).toString('base64');
}

const pemBody = (pem: string) => pem.replace(/-----[^-]+-----|\s/g, '');

describe('SAML 2.0 login per municipality', () => {
  const t = useTestApi({ PUBLIC_URL });
  let idp: TestSamlIdp;
  let lejreAdmin: Session;
  let norddjursAdmin: Session;
  let socialUnit: string;

  /** The browser's way through: the SP's login redirect, the IdP reading the signed request. */
  async function startLogin(slug: string): Promise<ReceivedRequest> {
    const start = await fetch(`${t.api.url}/auth/saml/${slug}/login`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const location = start.headers.get('location')!;
    expect(location.startsWith(`${idp.ssoUrl}?`)).toBe(true);
    const request = (await (await fetch(location)).json()) as ReceivedRequest;
    expect(request.signatureValid).toBe(true);
    return request;
  }

  /** What the browser's auto-submitted form posts to the ACS. */
  function post(slug: string, samlResponse: string): Promise<Response> {
    return fetch(`${t.api.url}/auth/saml/${slug}/acs`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLResponse: samlResponse }).toString(),
    });
  }

  /** The session the ACS started, as the admin then reads it through refresh. */
  async function me(response: Response): Promise<{ roles: string[]; activeTenant: { slug: string } | null; user: { id: string; email: string; displayName: string } }> {
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    expect(cookie).toMatch(/^rg_refresh=/);
    const refreshed = await t.api.gql<{ refresh: { me: { roles: string[]; activeTenant: { slug: string } | null; user: { id: string; email: string; displayName: string } } } }>(
      'mutation { refresh { me { roles activeTenant { slug } user { id email displayName } } } }', {}, { cookie },
    );
    expect(refreshed.errors).toBeUndefined();
    const session = refreshed.data!.refresh.me;
    return { ...session, roles: session.roles.map((role) => role.toLowerCase()).sort() };
  }

  async function login(slug: string, person: TestLogin): Promise<Response> {
    return post(slug, await idp.response(await startLogin(slug), person));
  }

  /** Refused with the login page's one message; the log names why, and the test checks that it is the reason meant. */
  const refused = async (response: Response, reason: RegExp) => {
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('Login mislykkedes');
    // Nest's warn(fields, message): the fields name the request, the message the reason.
    const [fields, message] = warnings.mock.calls.filter(([, text]) => String(text).startsWith('SAML login refused')).at(-1) ?? [];
    expect(fields).toEqual({ requestId: response.headers.get('x-request-id') });
    expect(message).toMatch(reason);
  };
  let warnings: jest.SpyInstance;
  beforeEach(() => {
    warnings = jest.spyOn(Logger.prototype, 'warn');
  });
  afterEach(() => warnings.mockRestore());

  async function configure(session: Session, extra: Record<string, unknown> = {}) {
    const result = await t.api.gql<{ setSamlProvider: Record<string, unknown> & { spEntityId: string; spCertificate: string } }>(SET, {
      input: {
        idpEntityId: idp.entityId, idpSsoUrl: idp.ssoUrl, idpCertificates: [idp.key.certificatePem], encryptedAssertions: false, enabled: true,
        privilegeMap: [
          { privilege: ADVISOR, role: 'ADVISOR' }, { privilege: ADMIN, role: 'TENANT_ADMIN' }, { privilege: CONTACT, role: 'DEPARTMENT_CONTACT', orgUnitIds: [socialUnit] },
        ],
        ...extra,
      },
    }, session);
    expect(result.errors).toBeUndefined();
    const provider = result.data!.setSamlProvider;
    idp.spCertificates.set(provider.spEntityId, provider.spCertificate);
    return provider;
  }

  beforeAll(async () => {
    idp = await TestSamlIdp.start();
    [lejreAdmin, norddjursAdmin] = await Promise.all([t.api.login('admin@lejre.demo'), t.api.login('admin@norddjurs.demo')]);
    const { rows } = await t.db.admin.query<{ id: string }>("SELECT u.id FROM org_unit u JOIN tenant t ON t.id = u.tenant_id WHERE t.slug = 'lejre' ORDER BY u.name LIMIT 1");
    socialUnit = rows[0].id;
    await configure(lejreAdmin);
    await configure(norddjursAdmin, { privilegeMap: [{ privilege: ADVISOR, role: 'ADVISOR' }] });
  });

  afterAll(() => idp?.close());

  it('takes the roles from the privileges at each login: first advisor and department contact, then tenant admin, then none', async () => {
    const first = await me(await login('lejre', { nameId: 'urn:kombit:person:1', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADVISOR, CONTACT, 'http://unmapped/1')], 'https://data.gov.dk/model/core/eid/fullName': ['Karen Blixen'] } }));
    expect(first.activeTenant?.slug).toBe('lejre');
    expect(first.roles).toEqual(['advisor', 'department_contact']);
    expect(first.user.displayName).toBe('Karen Blixen');
    expect(first.user.email).toMatch(/@sso\.invalid$/);
    const units = await t.db.admin.query('SELECT org_unit_id FROM membership_org_unit WHERE user_id = $1', [first.user.id]);
    expect(units.rows).toEqual([{ org_unit_id: socialUnit }]);

    const second = await me(await login('lejre', { nameId: 'urn:kombit:person:1', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADMIN)] } }));
    expect(second.user.id).toBe(first.user.id);
    expect(second.roles).toEqual(['tenant_admin']);
    expect((await t.db.admin.query('SELECT 1 FROM membership_org_unit WHERE user_id = $1', [first.user.id])).rowCount).toBe(0);

    const third = await me(await login('lejre', { nameId: 'urn:kombit:person:1', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList('http://unmapped/1')] } }));
    expect(third.user.id).toBe(first.user.id);
    expect(third.roles).toEqual([]);
    expect(third.activeTenant).toBeNull();

    const identity = await t.db.admin.query("SELECT i.issuer, i.subject FROM user_identity i JOIN tenant t ON t.id = i.tenant_id WHERE t.slug = 'lejre' AND i.user_id = $1", [first.user.id]);
    expect(identity.rows).toEqual([{ issuer: idp.entityId, subject: 'urn:kombit:person:1' }]);
    const audit = await t.db.admin.query<{ action: string; details: { roles: string[] } }>(
      "SELECT action, details FROM audit_event WHERE user_id = $1 AND action LIKE 'sso.%' ORDER BY occurred_at, action DESC", [first.user.id],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['sso.roles_applied', 'sso.login', 'sso.roles_applied', 'sso.login', 'sso.roles_applied', 'sso.login']);
    expect(audit.rows.filter((row) => row.action === 'sso.roles_applied').map((row) => row.details.roles)).toEqual([['advisor', 'department_contact'], ['tenant_admin'], []]);
  });

  it('reads privileges from a plain multi-valued attribute when the admin names it', async () => {
    await configure(norddjursAdmin, { privilegeAttribute: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role', privilegeMap: [{ privilege: 'raadgiver-advisor', role: 'ADVISOR' }] });
    const session = await me(await login('norddjurs', { nameId: 'plain-1', attributes: { 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role': ['other', 'raadgiver-advisor'] } }));
    await configure(norddjursAdmin, { privilegeMap: [{ privilege: ADVISOR, role: 'ADVISOR' }] });
    expect(session.roles).toEqual(['advisor']);
  });

  it('accepts a signed response around a signed assertion, but not a signed response around an unsigned one', async () => {
    const person: TestLogin = { nameId: 'urn:kombit:signed-both', sign: 'both', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADVISOR)] } };
    expect((await me(await login('lejre', person))).roles).toEqual(['advisor']);
    // OIOSAML: the assertion itself must be signed (wantAssertionsSigned), whatever signs the envelope.
    await refused(await login('lejre', { ...person, nameId: 'urn:kombit:signed-response-only', sign: 'response' }), /^SAML login refused for municipality lejre: Invalid signature$/);
  });

  describe('refuses', () => {
    const person: TestLogin = { nameId: 'urn:kombit:person:evil', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADMIN)] } };

    it('an unsigned assertion', async () => {
      await refused(await login('lejre', { ...person, sign: 'none' }), /Invalid signature$/);
    });

    it('an expired assertion (beyond the minute of clock skew), but not one a few seconds over', async () => {
      await refused(await login('lejre', { ...person, issuedIn: -600, notOnOrAfterIn: -90 }), /No valid subject confirmation/);
      expect((await login('lejre', { ...person, issuedIn: -600, notOnOrAfterIn: -20 })).status).toBe(303);
    });

    it('a replayed response, also after its request was answered', async () => {
      const samlResponse = await idp.response(await startLogin('lejre'), person);
      expect((await post('lejre', samlResponse)).status).toBe(303);
      await refused(await post('lejre', samlResponse), /InResponseTo is not valid/);
    });

    it('an assertion id seen before, in whichever API process: the replay memory in Redis', async () => {
      const store = t.api.app.get(SamlMessageStore);
      const until = new Date(Date.now() + 60_000);
      expect(await store.firstUse('tenant-a', idp.entityId, '_assertion-1', until)).toBe(true);
      expect(await store.firstUse('tenant-a', idp.entityId, '_assertion-1', until)).toBe(false);
      expect(await store.firstUse('tenant-a', 'https://other-idp.example', '_assertion-1', until)).toBe(true);
    });

    it('an assertion for another audience', async () => {
      await refused(await login('lejre', { ...person, audience: 'https://other-sp.example/metadata' }), /audience mismatch/);
    });

    it('an InResponseTo this SP never issued, and an IdP-initiated response without one', async () => {
      await startLogin('lejre');
      await refused(await login('lejre', { ...person, inResponseTo: '_not-a-request-of-ours' }), /InResponseTo is not valid/);
      await refused(await login('lejre', { ...person, inResponseTo: null }), /InResponseTo is missing/);
    });

    it('an assertion signed by another key', async () => {
      await refused(await login('lejre', { ...person, signingKey: testSigningKey('Impostor IdP') }), /Invalid (document )?signature$/);
      await refused(await login('lejre', { ...person, sign: 'both', signingKey: testSigningKey('Impostor IdP') }), /Invalid (document )?signature$/);
    });

    it('an assertion from another issuer signed with the right key', async () => {
      await refused(await login('lejre', { ...person, issuer: 'https://other-idp.example' }), /assertion issued by another identity provider/);
    });

    it("a response meant for another municipality's SP, which that SP accepts", async () => {
      const norddjursRequest = await startLogin('norddjurs');
      const forNorddjurs = await idp.response(norddjursRequest, { nameId: 'urn:kombit:person:nd', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADVISOR)] } });
      await refused(await post('lejre', forNorddjurs), /response meant for another destination/);
      // The same response with its destination and recipient turned to Lejre is refused by the signature, audience and InResponseTo.
      const lejreAcs = `${PUBLIC_URL}/auth/saml/lejre/acs`;
      const redirected = Buffer.from(forNorddjurs, 'base64').toString('utf8').replaceAll(norddjursRequest.acsUrl, lejreAcs);
      await refused(await post('lejre', Buffer.from(redirected).toString('base64')), /InResponseTo is not valid|Invalid signature/);
      expect((await me(await post('norddjurs', forNorddjurs))).activeTenant?.slug).toBe('norddjurs');
    });

    it('a recipient or destination other than this ACS', async () => {
      await refused(await login('lejre', { ...person, recipient: `${PUBLIC_URL}/auth/saml/norddjurs/acs` }), /assertion meant for another recipient/);
      await refused(await login('lejre', { ...person, destination: `${PUBLIC_URL}/auth/saml/norddjurs/acs` }), /response meant for another destination/);
    });

    it('signature wrapping: an unsigned assertion beside the signed one, or around it', async () => {
      const wrapped = { ...person, attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADMIN)] } };
      for (const how of ['sibling', 'around'] as const) {
        await refused(await login('lejre', { ...wrapped, wrap: { how, signedNameId: 'urn:kombit:person:innocent' } }), how === 'sibling' ? /multiple assertions/ : /Invalid (document )?signature$/);
        await refused(await login('lejre', { ...wrapped, sign: 'both', wrap: { how, signedNameId: 'urn:kombit:person:innocent' } }), how === 'sibling' ? /multiple assertions/ : /Invalid (document )?signature$/);
      }
      await refused(await login('lejre', { ...wrapped, nameId: 'urn:kombit:person:wrapped-only', wrap: { how: 'around', signedNameId: 'urn:kombit:person:innocent-2' } }), /Invalid signature$/);
      // Neither the evil nor the innocent person got an identity from a wrapped response.
      expect((await t.db.admin.query("SELECT 1 FROM user_identity WHERE subject IN ('urn:kombit:person:wrapped-only', 'urn:kombit:person:innocent', 'urn:kombit:person:innocent-2')")).rowCount).toBe(0);
    });

    it('a login at a municipality without SAML, and a garbled response', async () => {
      const start = await fetch(`${t.api.url}/auth/saml/no-such-municipality/login`, { redirect: 'manual' });
      expect(start.status).toBe(404);
      await refused(await post('lejre', Buffer.from('<not-saml/>').toString('base64')), /not a SAML response/);
      await refused(await post('lejre', 'not base64 at all'), /not a SAML response/);
    });

    it('a login while the municipality has switched SAML off, even answering a request made before', async () => {
      const request = await startLogin('lejre');
      await configure(lejreAdmin, { enabled: false });
      try {
        expect((await fetch(`${t.api.url}/auth/saml/lejre/login`, { redirect: 'manual' })).status).toBe(404);
        await refused(await post('lejre', await idp.response(request, person)), /no SAML provider/);
      } finally {
        await configure(lejreAdmin);
      }
    });
  });

  it('publishes SP metadata per municipality: well-formed, with its entity id, ACS and certificate', async () => {
    for (const slug of ['lejre', 'norddjurs']) {
      const response = await fetch(`${t.api.url}/auth/saml/${slug}/metadata`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/samlmetadata\+xml/);
      // Well-formed (the strict parser refuses anything else), in SAML's metadata namespace.
      const root = (await parseXml(await response.text()))!;
      expect([root.uri, root.local, root.attributes.entityID]).toEqual([MD, 'EntityDescriptor', `${PUBLIC_URL}/auth/saml/${slug}/metadata`]);
      const [descriptor] = descendants(root, 'SPSSODescriptor', MD);
      expect(descriptor.attributes.AuthnRequestsSigned).toBe('true');
      expect(descriptor.attributes.WantAssertionsSigned).toBe('true');
      const [acs] = descendants(root, 'AssertionConsumerService', MD);
      expect([acs.attributes.Binding, acs.attributes.Location]).toEqual(['urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', `${PUBLIC_URL}/auth/saml/${slug}/acs`]);
      expect(descendants(root, 'KeyDescriptor', MD).map((key) => key.attributes.use).sort()).toEqual(['encryption', 'signing']);
      const certificates = descendants(root, 'X509Certificate', 'http://www.w3.org/2000/09/xmldsig#').map((certificate) => certificate.text.replace(/\s/g, ''));
      expect(new Set(certificates)).toEqual(new Set([pemBody(idp.spCertificates.get(`${PUBLIC_URL}/auth/saml/${slug}/metadata`)!)]));
    }
  });

  it('never returns the SP private key, keeps it only sealed, and takes an uploaded key pair', async () => {
    const query = await t.api.gql<{ samlProvider: Record<string, unknown> }>('query { samlProvider { spEntityId spCertificate acsUrl loginUrl } }', {}, lejreAdmin);
    expect(query.data!.samlProvider.loginUrl).toBe(`${PUBLIC_URL}/auth/saml/lejre/login`);
    expect(JSON.stringify(query)).not.toMatch(/PRIVATE KEY/);
    const schema = await t.api.gql<{ __type: { fields: { name: string }[] } }>('query { __type(name: "SamlProvider") { fields { name } } }', {}, lejreAdmin);
    expect(schema.data!.__type.fields.map((f) => f.name).filter((name) => /key|secret|private/i.test(name))).toEqual([]);

    const own = testSigningKey('lejre SP');
    const stored = await configure(lejreAdmin, { spPrivateKey: own.privateKeyPem, spCertificate: own.certificatePem });
    expect(new X509Certificate(stored.spCertificate).fingerprint256).toBe(new X509Certificate(own.certificatePem).fingerprint256);
    expect(JSON.stringify(stored)).not.toMatch(/PRIVATE KEY/);
    const { rows } = await t.db.admin.query<{ sealed_secret: string; config: string }>(
      "SELECT p.sealed_secret, p.config::text AS config FROM tenant_identity_provider p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = 'lejre'",
    );
    expect(rows[0].sealed_secret).toMatch(/^v1\.test1\./);
    expect(rows[0].sealed_secret).not.toContain(pemBody(own.privateKeyPem).slice(0, 40));
    expect(rows[0].config).not.toMatch(/PRIVATE KEY/);
    const { rows: [tenant] } = await t.db.admin.query<{ id: string }>("SELECT id FROM tenant WHERE slug = 'lejre'");
    expect(new SecretBox(t.api.config.secretKeys).open(rows[0].sealed_secret, tenant.id).replace(/\s/g, '')).toBe(own.privateKeyPem.replace(/\s/g, ''));
    // The new key signs the requests from now (the IdP checks with the new certificate) and logins go on.
    expect((await me(await login('lejre', { nameId: 'urn:kombit:person:after-rollover', attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADVISOR)] } }))).roles).toEqual(['advisor']);
  });

  it('decrypts assertions encrypted to the SP where the municipality requires it, and then refuses plain ones', async () => {
    await configure(lejreAdmin, { encryptedAssertions: true });
    try {
      const person: TestLogin = { nameId: 'urn:kombit:person:encrypted', encrypt: true, attributes: { [PRIVILEGES_INTERMEDIATE]: [privilegeList(ADVISOR)] } };
      expect((await me(await login('lejre', person))).roles).toEqual(['advisor']);
      await refused(await login('lejre', { ...person, encrypt: false }), /assertion not encrypted/);
      // Encrypted, but not signed inside: the encryption is no signature.
      await refused(await login('lejre', { ...person, sign: 'none' }), /Invalid signature from encrypted assertion/);
    } finally {
      await configure(lejreAdmin);
    }
  });

  it('refuses bad settings field by field, in Danish, and stores nothing; only a tenant admin may set them', async () => {
    const other = testSigningKey('other');
    const result = await t.api.gql(SET, {
      input: {
        idpEntityId: idp.entityId, idpSsoUrl: 'ftp://idp.example', idpCertificates: ['not a certificate'], encryptedAssertions: false, enabled: true,
        spPrivateKey: idp.key.privateKeyPem, spCertificate: other.certificatePem,
        privilegeMap: [{ privilege: CONTACT, role: 'DEPARTMENT_CONTACT' }, { privilege: ADVISOR, role: 'ADVISOR', orgUnitIds: [socialUnit] }],
      },
    }, lejreAdmin);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('skal være en https://-adresse');
    expect(JSON.stringify(result.errors)).toContain('X.509-certifikat');
    expect(JSON.stringify(result.errors)).toContain('passer ikke til den private nøgle');
    expect(JSON.stringify(result.errors)).toContain('En afdelingskontakt skal have mindst én enhed');
    const { rows } = await t.db.admin.query<{ config: { idpSsoUrl: string } }>("SELECT p.config FROM tenant_identity_provider p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = 'lejre'");
    expect(rows[0].config.idpSsoUrl).toBe(idp.ssoUrl);

    const advisor = await t.api.login('advisor@lejre.demo');
    const forbidden = await t.api.gql('query { samlProvider { spEntityId } }', {}, advisor);
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
