import { GqlResult, Session, useTestApi } from '../testing/test-api';

const USERS = '{ tenantUsers { id email roles active lastLoginAt } }';
const SET_ACTIVE = 'mutation A($userId: ID!, $active: Boolean!) { setMembershipActive(userId: $userId, active: $active) { id active roles } }';
const UPDATE = 'mutation U($input: UpdateMembershipInput!) { updateMembership(input: $input) { roles active } }';
const ME = '{ me { activeTenant { slug } roles tenants { tenant { slug } } } }';
const INVITE = 'mutation I($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id email displayName roles orgUnits { id } } }';
const RESEND = 'mutation R($id: ID!) { resendInvitation(id: $id) { id email displayName roles orgUnits { id } } }';
const INQUIRIES = '{ inquiries(first: 1) { totalCount } }';
const SWITCH = 'mutation S($tenantId: ID!) { switchTenant(tenantId: $tenantId) { accessToken } }';

interface TenantUser { id: string; email: string; roles: string[]; active: boolean; lastLoginAt: string | null }
interface Me { me: { activeTenant: { slug: string } | null; roles: string[]; tenants: { tenant: { slug: string } }[] } }

describe('the tenant admin’s users: status, last login, deactivation, invitations sent again', () => {
  const t = useTestApi();
  let admin: Session;

  const problem = (result: GqlResult) => {
    const [error] = result.errors ?? [];
    return { code: error?.extensions.code, field: error?.extensions.field, message: error?.message };
  };
  const tenantId = async (slug: string) => (await t.db.admin.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0].id;
  const userOf = async (email: string, session = admin) =>
    (await t.api.gql<{ tenantUsers: TenantUser[] }>(USERS, {}, session)).data!.tenantUsers.find((u) => u.email === email);
  const audit = async (action: string, subjectId: string) =>
    (await t.db.admin.query('SELECT 1 FROM audit_event WHERE action = $1 AND subject_id = $2', [action, subjectId])).rowCount;

  beforeAll(async () => {
    admin = await t.api.login('admin@lejre.demo');
  });

  it('shows each member as active with the time they last logged in to this municipality, not to another', async () => {
    const email = `sidst-${Date.now()}@lejre.example`;
    const userId = await t.api.addUser({ tenantSlug: 'lejre', email, displayName: 'Sidst Logget Ind', roles: ['advisor'] });
    await t.db.admin.query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, 'council_viewer')`, [await tenantId('norddjurs'), userId]);
    expect(await userOf(email)).toMatchObject({ active: true, lastLoginAt: null });

    const before = Date.now();
    const session = await t.api.login(email);
    const seen = await userOf(email);
    expect(new Date(seen!.lastLoginAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const norddjursAdmin = await t.api.login('admin@norddjurs.demo');
    expect((await userOf(email, norddjursAdmin))?.lastLoginAt).toBeNull();

    // Switching municipality is logging in to it.
    await t.api.gql(SWITCH, { tenantId: await tenantId('norddjurs') }, session);
    expect((await userOf(email, norddjursAdmin))?.lastLoginAt).not.toBeNull();
  });

  it('deactivates a membership: its tokens end, a new login does not open the municipality, a role change keeps it deactivated; reactivating opens it again', async () => {
    const email = `deaktiveret-${Date.now()}@lejre.example`;
    const userId = await t.api.addUser({ tenantSlug: 'lejre', email, displayName: 'Snart Deaktiveret', roles: ['advisor'] });
    const session = await t.api.login(email);
    expect((await t.api.gql(INQUIRIES, {}, session)).errors).toBeUndefined();

    const deactivated = await t.api.gql<{ setMembershipActive: { active: boolean } }>(SET_ACTIVE, { userId, active: false }, admin);
    expect(deactivated.data?.setMembershipActive).toMatchObject({ id: userId, active: false, roles: ['ADVISOR'] });
    expect(await audit('membership.deactivated', userId)).toBe(1);
    expect(problem(await t.api.gql(INQUIRIES, {}, session)).code).toBe('UNAUTHENTICATED');

    const again = await t.api.login(email);
    const me = await t.api.gql<Me>(ME, {}, again);
    expect(me.data?.me).toEqual({ activeTenant: null, roles: [], tenants: [] });
    expect(problem(await t.api.gql(INQUIRIES, {}, again)).code).toBe('FORBIDDEN');
    expect(problem(await t.api.gql(SWITCH, { tenantId: await tenantId('lejre') }, again))).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });

    const changed = await t.api.gql<{ updateMembership: { roles: string[]; active: boolean } }>(UPDATE, { input: { userId, roles: ['COUNCIL_VIEWER'] } }, admin);
    expect(changed.data?.updateMembership).toEqual({ roles: ['COUNCIL_VIEWER'], active: false });

    const reactivated = await t.api.gql<{ setMembershipActive: { active: boolean } }>(SET_ACTIVE, { userId, active: true }, admin);
    expect(reactivated.data?.setMembershipActive.active).toBe(true);
    expect(await audit('membership.reactivated', userId)).toBe(1);
    const back = await t.api.gql<Me>(ME, {}, await t.api.login(email));
    expect(back.data?.me).toMatchObject({ activeTenant: { slug: 'lejre' }, roles: ['COUNCIL_VIEWER'] });
  });

  it('answers in Danish at the field: the admin cannot deactivate themself nor take their own admin role', async () => {
    const me = await userOf('admin@lejre.demo');
    expect(problem(await t.api.gql(SET_ACTIVE, { userId: me!.id, active: false }, admin))).toEqual({
      code: 'BAD_USER_INPUT', field: 'userId', message: 'Du kan ikke deaktivere dig selv',
    });
    expect(problem(await t.api.gql(UPDATE, { input: { userId: me!.id, roles: ['ADVISOR'] } }, admin))).toEqual({
      code: 'BAD_USER_INPUT', field: 'roles', message: 'Du kan ikke fjerne din egen administratorrolle',
    });
    expect((await userOf('admin@lejre.demo'))).toMatchObject({ active: true, roles: expect.arrayContaining(['TENANT_ADMIN']) });
  });

  it('finds no user of another municipality, refuses an advisor, and names the wrong id', async () => {
    const norddjursAdvisor = (await t.db.admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'advisor@norddjurs.demo'`)).rows[0].id;
    expect(problem(await t.api.gql(SET_ACTIVE, { userId: norddjursAdvisor, active: false }, admin))).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const stillActive = await t.db.admin.query('SELECT 1 FROM membership WHERE user_id = $1 AND deactivated_at IS NOT NULL', [norddjursAdvisor]);
    expect(stillActive.rowCount).toBe(0);
    expect(problem(await t.api.gql(SET_ACTIVE, { userId: 'nope', active: false }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });

    const advisor = await t.api.login('advisor@lejre.demo');
    const lejreAdvisor = await userOf('advisor@lejre.demo');
    expect(problem(await t.api.gql(SET_ACTIVE, { userId: lejreAdvisor!.id, active: false }, advisor)).code).toBe('FORBIDDEN');
    expect(problem(await t.api.gql(USERS, {}, advisor)).code).toBe('FORBIDDEN');
  });

  it('refuses an invitation without what it needs, each problem in Danish at its field', async () => {
    const empty = await t.api.gql(INVITE, { input: { email: '', displayName: '', roles: [] } }, admin);
    const fields = Object.fromEntries((empty.errors ?? []).map((e) => [e.extensions.field, e.message]));
    expect(fields).toMatchObject({ email: 'E-mail skal være en gyldig e-mailadresse', displayName: 'Navn skal udfyldes' });
    expect(fields.roles).toMatch(/^Roller /);

    const contact = await t.api.gql(INVITE, { input: { email: `kontakt-${Date.now()}@lejre.example`, displayName: 'Kontakt', roles: ['DEPARTMENT_CONTACT'] } }, admin);
    expect(problem(contact)).toEqual({ code: 'BAD_USER_INPUT', field: 'orgUnitIds', message: 'En afdelingskontakt skal have mindst én enhed' });
  });

  it('sends an open invitation again as a new one with the same grant, voiding the old; not another municipality’s', async () => {
    const units = (await t.api.gql<{ orgUnits: { id: string }[] }>('{ orgUnits { id } }', {}, admin)).data!.orgUnits;
    const input = { email: `igen-${Date.now()}@lejre.example`, displayName: 'Igen Inviteret', roles: ['DEPARTMENT_CONTACT'], orgUnitIds: [units[0].id] };
    const first = (await t.api.gql<{ inviteTenantUser: { id: string } }>(INVITE, { input }, admin)).data!.inviteTenantUser;

    const resent = await t.api.gql<{ resendInvitation: { id: string; email: string; roles: string[]; orgUnits: { id: string }[] } }>(RESEND, { id: first.id }, admin);
    expect(resent.data?.resendInvitation).toMatchObject({ email: input.email, displayName: input.displayName, roles: ['DEPARTMENT_CONTACT'], orgUnits: [{ id: units[0].id }] });
    const second = resent.data!.resendInvitation.id;
    expect(second).not.toBe(first.id);
    const rows = await t.db.admin.query<{ id: string; revoked: boolean }>('SELECT id, revoked_at IS NOT NULL AS revoked FROM tenant_invitation WHERE email = $1', [input.email]);
    expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.revoked]))).toEqual({ [first.id]: true, [second]: false });
    expect(await audit('invitation.resent', second)).toBe(1);
    // The withdrawn one cannot be sent again.
    expect(problem(await t.api.gql(RESEND, { id: first.id }, admin))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const norddjursAdmin = await t.api.login('admin@norddjurs.demo');
    expect(problem(await t.api.gql(RESEND, { id: second }, norddjursAdmin))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(problem(await t.api.gql(RESEND, { id: second }, await t.api.login('advisor@lejre.demo'))).code).toBe('FORBIDDEN');
  });
});
