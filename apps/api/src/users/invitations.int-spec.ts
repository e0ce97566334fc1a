import { DEMO_PASSWORD } from '@raadgiver/db';
import { QUEUES } from '@raadgiver/domain';
import { createTestDatabase, MailCatcher, redisUrl, startMailCatcher, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { GqlResult, Session, startTestApi, TestApi } from '../testing/test-api';
import { startWorkerProcess, WorkerProcess } from '../testing/worker-process';

const INVITATION = 'id email displayName roles orgUnits { id } createdAt expiresAt';
const INVITE = `mutation I($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { ${INVITATION} } }`;
const PREVIEW = 'query P($token: String!) { invitation(token: $token) { municipalityName email roles choosesPassword } }';
const ACCEPT = 'mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) }';
const REVOKE = 'mutation R($id: ID!) { revokeInvitation(id: $id) }';
const ME = '{ me { user { displayName } activeTenant { slug } roles tenants { tenant { slug } roles } } }';
const USERS = '{ tenantUsers { email displayName } }';
const NEW_PASSWORD = 'a-long-enough-new-password';

interface Invitation { id: string; email: string; displayName: string; roles: string[]; orgUnits: { id: string }[] }
interface Me { me: { user: { displayName: string }; activeTenant: { slug: string }; roles: string[]; tenants: { tenant: { slug: string }; roles: string[] }[] } }

describe('joining a municipality by invitation', () => {
  const queuePrefix = uniqueName('test_invite');
  const previousPrefix = process.env.QUEUE_PREFIX;
  let db: TestDatabase;
  let api: TestApi;
  let catcher: MailCatcher;
  let worker: WorkerProcess;
  let lejreAdmin: Session;

  const codeAndField = (result: GqlResult) => [result.errors?.[0]?.extensions.code, result.errors?.[0]?.extensions.field];
  const memberships = async (email: string) =>
    (await db.admin.query<{ slug: string; role: string }>(
      'SELECT t.slug, m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id JOIN app_user u ON u.id = m.user_id WHERE u.email = $1 ORDER BY 1, 2',
      [email],
    )).rows.map((r) => `${r.slug}:${r.role}`);

  async function invite(input: Record<string, unknown>, session = lejreAdmin): Promise<Invitation> {
    const result = await api.gql<{ inviteTenantUser: Invitation }>(INVITE, { input }, session);
    expect(result.errors).toBeUndefined();
    return result.data!.inviteTenantUser;
  }

  /** The token of the newest e-mailed link to the address, once the worker has sent it. */
  async function linkTokenFor(email: string, after = 0): Promise<string> {
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const mails = catcher.messages().filter((m) => m.to.includes(email)).slice(after);
      const link = mails.at(-1)?.text.match(/http:\/\/admin\.test\/#\/invitation\/(\S+)/);
      if (link) return decodeURIComponent(link[1]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No invitation e-mail to ${email} within 20 s`);
  }
  const mailsTo = (email: string) => catcher.messages().filter((m) => m.to.includes(email));

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    catcher = await startMailCatcher();
    worker = await startWorkerProcess(db.appUrl, queuePrefix, { SMTP_URL: catcher.url, ADMIN_URL: 'http://admin.test' });
    lejreAdmin = await api.login('admin@lejre.demo');
  });

  afterAll(async () => {
    await worker?.stop();
    const queue = new Queue(QUEUES.users, { connection: { url: redisUrl() }, prefix: queuePrefix });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await catcher?.stop();
    await api?.close();
    await db?.drop();
    process.env.QUEUE_PREFIX = previousPrefix;
  });

  it('answers alike for a new address and for another municipality’s user, and adds no one', async () => {
    const lyngbyUser = 'advisor@lyngby-taarbaek.demo';
    const { rows: [real] } = await db.admin.query<{ display_name: string }>('SELECT display_name FROM app_user WHERE email = $1', [lyngbyUser]);
    const before = await memberships(lyngbyUser);

    const existing = await invite({ email: lyngbyUser, displayName: 'Skrevet af Lejre', roles: ['COUNCIL_VIEWER'] });
    const fresh = await invite({ email: `ny-${Date.now()}@lejre.test`, displayName: 'Skrevet af Lejre', roles: ['COUNCIL_VIEWER'] });

    // The same fields, and only what the tenant admin gave: no real name, no sign of an account.
    expect(Object.keys(existing).sort()).toEqual(Object.keys(fresh).sort());
    expect(existing).toMatchObject({ email: lyngbyUser, displayName: 'Skrevet af Lejre', roles: ['COUNCIL_VIEWER'], orgUnits: [] });
    expect(JSON.stringify(existing)).not.toContain(real.display_name);
    // Nobody joined: not in the database, not in the tenant's user list.
    expect(await memberships(lyngbyUser)).toEqual(before);
    expect((await db.admin.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [fresh.email])).rows[0].n).toBe(0);
    const users = await api.gql<{ tenantUsers: { email: string }[] }>(USERS, {}, lejreAdmin);
    expect(users.data!.tenantUsers.map((u) => u.email)).not.toEqual(expect.arrayContaining([lyngbyUser]));
    expect(users.data!.tenantUsers.map((u) => u.email)).not.toContain(fresh.email);
    // And the Lyngby-Taarbæk user still logs in to Lyngby-Taarbæk only.
    const me = await api.gql<Me>(ME, {}, await api.login(lyngbyUser));
    expect(me.data!.me.activeTenant.slug).toBe('lyngby-taarbaek');
    expect(me.data!.me.tenants.map((t) => t.tenant.slug)).toEqual(['lyngby-taarbaek']);
  });

  it('is e-mailed as a link that the person accepts with their own password, and their logins still start at home', async () => {
    const email = 'council@lyngby-taarbaek.demo';
    const invitation = await invite({ email, displayName: 'Gæst fra Lyngby', roles: ['COUNCIL_VIEWER'] });
    const token = await linkTokenFor(email);
    const [mail] = mailsTo(email);
    expect(mail.subject).toBe('Invitation til Raadgiver i Lejre Kommune');
    expect(mail.text).toContain('som læser af beretninger (byråd)');

    const preview = await api.gql<{ invitation: Record<string, unknown> }>(PREVIEW, { token });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.invitation).toEqual({ municipalityName: 'Lejre Kommune', email, roles: ['COUNCIL_VIEWER'], choosesPassword: false });

    const wrong = await api.gql(ACCEPT, { input: { token, password: 'not-the-right-password' } });
    expect(codeAndField(wrong)).toEqual(['BAD_USER_INPUT', 'password']);
    expect(await memberships(email)).toEqual(['lyngby-taarbaek:council_viewer']);

    const accepted = await api.gql(ACCEPT, { input: { token, password: DEMO_PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ acceptInvitation: true });
    expect(await memberships(email)).toEqual(['lejre:council_viewer', 'lyngby-taarbaek:council_viewer']);

    // Lejre sorts before Lyngby-Taarbæk: the login must still start in the municipality the person came from.
    const me = await api.gql<Me>(ME, {}, await api.login(email));
    expect(me.data!.me.activeTenant.slug).toBe('lyngby-taarbaek');
    expect(me.data!.me.tenants.map((t) => t.tenant.slug)).toEqual(['lejre', 'lyngby-taarbaek']);
    const users = await api.gql<{ tenantUsers: { email: string }[] }>(USERS, {}, lejreAdmin);
    expect(users.data!.tenantUsers.map((u) => u.email)).toContain(email);

    // The link works once; the invitation is no longer open.
    expect(codeAndField(await api.gql(ACCEPT, { input: { token, password: DEMO_PASSWORD } }))).toEqual(['NOT_FOUND', 'token']);
    const open = await api.gql<{ tenantInvitations: { id: string }[] }>('{ tenantInvitations { id } }', {}, lejreAdmin);
    expect(open.data!.tenantInvitations.map((i) => i.id)).not.toContain(invitation.id);
  });

  it('gives a new address an account with the password chosen when accepting, starting in the inviting municipality', async () => {
    const email = `ny-kontakt-${Date.now()}@lejre.test`;
    const { rows: [unit] } = await db.admin.query<{ id: string }>(`SELECT o.id FROM org_unit o JOIN tenant t ON t.id = o.tenant_id WHERE t.slug = 'lejre' ORDER BY o.name LIMIT 1`);
    await invite({ email: email.toUpperCase(), displayName: 'Ny Kontakt', roles: ['DEPARTMENT_CONTACT'], orgUnitIds: [unit.id] });
    const token = await linkTokenFor(email);
    expect((await api.gql<{ invitation: { choosesPassword: boolean } }>(PREVIEW, { token })).data?.invitation.choosesPassword).toBe(true);

    expect(codeAndField(await api.gql(ACCEPT, { input: { token, password: 'short' } }))).toEqual(['BAD_USER_INPUT', 'password']);
    expect((await api.gql(ACCEPT, { input: { token, password: NEW_PASSWORD } })).errors).toBeUndefined();

    const me = await api.gql<Me>(ME, {}, await api.login(email, NEW_PASSWORD));
    expect(me.data!.me).toMatchObject({ user: { displayName: 'Ny Kontakt' }, activeTenant: { slug: 'lejre' }, roles: ['DEPARTMENT_CONTACT'] });
    const { rows: [bound] } = await db.admin.query('SELECT count(*)::int AS n FROM membership_org_unit mo JOIN app_user u ON u.id = mo.user_id WHERE u.email = $1 AND mo.org_unit_id = $2', [email, unit.id]);
    expect(bound.n).toBe(1);
  });

  it('voids a link that was replaced, withdrawn or expired, and keeps other municipalities out of the invitations', async () => {
    const email = `udloeber-${Date.now()}@lejre.test`;
    const first = await invite({ email, displayName: 'Først', roles: ['ADVISOR'] });
    const firstToken = await linkTokenFor(email);
    const second = await invite({ email, displayName: 'Igen', roles: ['ADVISOR'] });
    const secondToken = await linkTokenFor(email, 1);
    expect(secondToken).not.toBe(firstToken);
    expect(codeAndField(await api.gql(PREVIEW, { token: firstToken }))).toEqual(['NOT_FOUND', 'token']);
    expect((await api.gql(PREVIEW, { token: secondToken })).errors).toBeUndefined();

    // Another municipality's tenant admin finds no such invitation, and lists none of Lejre's.
    const lyngbyAdmin = await api.login('admin@lyngby-taarbaek.demo');
    expect(codeAndField(await api.gql(REVOKE, { id: second.id }, lyngbyAdmin))).toEqual(['NOT_FOUND', 'id']);
    const theirs = await api.gql<{ tenantInvitations: { id: string }[] }>('{ tenantInvitations { id } }', {}, lyngbyAdmin);
    expect(theirs.data!.tenantInvitations.map((i) => i.id)).not.toEqual(expect.arrayContaining([first.id]));
    expect(theirs.data!.tenantInvitations.map((i) => i.id)).not.toContain(second.id);

    expect((await api.gql(REVOKE, { id: second.id }, lejreAdmin)).data).toEqual({ revokeInvitation: true });
    expect(codeAndField(await api.gql(ACCEPT, { input: { token: secondToken, password: NEW_PASSWORD } }))).toEqual(['NOT_FOUND', 'token']);

    await invite({ email, displayName: 'Tredje', roles: ['ADVISOR'] });
    const thirdToken = await linkTokenFor(email, 2);
    await db.admin.query(`UPDATE tenant_invitation SET expires_at = now() - interval '1 minute' WHERE email = $1 AND revoked_at IS NULL`, [email]);
    expect(codeAndField(await api.gql(ACCEPT, { input: { token: thirdToken, password: NEW_PASSWORD } }))).toEqual(['NOT_FOUND', 'token']);
    expect(codeAndField(await api.gql(PREVIEW, { token: 'not-a-token' }))).toEqual(['NOT_FOUND', 'token']);
    expect((await db.admin.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [email])).rows[0].n).toBe(0);
  });

  it('refuses what does not fit, and queues ids only', async () => {
    const withoutUnits = await api.gql(INVITE, { input: { email: 'x@lejre.test', displayName: 'X', roles: ['DEPARTMENT_CONTACT'] } }, lejreAdmin);
    expect(codeAndField(withoutUnits)).toEqual(['BAD_USER_INPUT', 'orgUnitIds']);
    const member = await api.gql(INVITE, { input: { email: 'advisor@lejre.demo', displayName: 'X', roles: ['ADVISOR'] } }, lejreAdmin);
    expect(codeAndField(member)).toEqual(['CONFLICT', 'email']);
    const advisor = await api.login('advisor@lejre.demo');
    expect((await api.gql(INVITE, { input: { email: 'y@lejre.test', displayName: 'Y', roles: ['ADVISOR'] } }, advisor)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const queue = new Queue(QUEUES.users, { connection: { url: redisUrl() }, prefix: queuePrefix });
    try {
      const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed']);
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) expect(Object.keys(job.data as object).sort()).toEqual(['invitationId', 'tenantId']);
    } finally {
      await queue.close();
    }
  });
});
