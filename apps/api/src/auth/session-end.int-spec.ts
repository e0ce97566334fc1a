import { useTestApi } from '../testing/test-api';

const ME = '{ me { user { email } activeTenant { slug } roles } }';
const INQUIRIES = '{ inquiries(first: 1) { totalCount edges { node { id reference } } } }';
const LOGOUT = 'mutation { logout }';
const SWITCH = 'mutation S($tenantId: ID!) { switchTenant(tenantId: $tenantId) { accessToken me { activeTenant { slug } } } }';
const REFRESH = 'mutation { refresh { accessToken me { roles } } }';
const UPDATE_MEMBERSHIP = 'mutation U($input: UpdateMembershipInput!) { updateMembership(input: $input) { roles } }';
const REMOVE_MEMBERSHIP = 'mutation R($userId: ID!) { removeMembership(userId: $userId) }';
const PASSWORD = 'a-long-enough-test-password';

describe('an access token ends with its session', () => {
  const context = useTestApi();

  const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;

  it('is refused at once after logout, and so is the refresh cookie; a new login works', async () => {
    const { api } = context;
    const session = await api.login('advisor@lejre.demo');
    expect((await api.gql(ME, {}, session)).errors).toBeUndefined();

    const logout = await api.gql(LOGOUT, {}, session);
    expect(logout.data).toEqual({ logout: true });

    const after = await api.gql(ME, {}, { token: session.token });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(REFRESH, {}, { cookie: session.cookie }))).toBe('UNAUTHENTICATED');
    const again = await api.login('advisor@lejre.demo');
    expect((await api.gql<{ me: { activeTenant: { slug: string } } }>(ME, {}, again)).data?.me.activeTenant.slug).toBe('lejre');
  });

  it('is refused after a logout that sent only the access token', async () => {
    const { api } = context;
    const session = await api.login('advisor@norddjurs.demo');
    await api.gql(LOGOUT, {}, { token: session.token });
    expect(codeOf(await api.gql(ME, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    // The refresh cookie of that session family is no way back in either.
    expect(codeOf(await api.gql(REFRESH, {}, { cookie: session.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('cannot read the previous municipality’s inquiries once the user switched municipality', async () => {
    const { api, db } = context;
    const session = await api.login('multi@raadgiver.demo');
    const before = await api.gql<{ inquiries: { totalCount: number } }>(INQUIRIES, {}, session);
    expect(before.errors).toBeUndefined();
    expect(before.data?.inquiries.totalCount).toBeGreaterThan(0);
    const norddjurs = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id as string;

    const switched = await api.gql<{ switchTenant: { accessToken: string; me: { activeTenant: { slug: string } } } }>(SWITCH, { tenantId: norddjurs }, session);
    expect(switched.data?.switchTenant.me.activeTenant.slug).toBe('norddjurs');

    const old = await api.gql(INQUIRIES, {}, { token: session.token });
    expect(old.data).toBeNull();
    expect(codeOf(old)).toBe('UNAUTHENTICATED');
    const fresh = await api.gql<{ me: { activeTenant: { slug: string } } }>(ME, {}, { token: switched.data!.switchTenant.accessToken });
    expect(fresh.data?.me.activeTenant.slug).toBe('norddjurs');
  });

  it('is refused when the user’s roles change or the membership is removed, for that municipality only', async () => {
    const { api } = context;
    const admin = await api.login('admin@lejre.demo');
    const email = `ending-${Date.now()}@lejre.test`;
    const userId = await api.addUser({ tenantSlug: 'lejre', email, displayName: 'Tidsbegrænset Rådgiver', roles: ['advisor'], password: PASSWORD });

    const first = await api.login(email, PASSWORD);
    expect((await api.gql(INQUIRIES, {}, first)).errors).toBeUndefined();
    const changed = await api.gql(UPDATE_MEMBERSHIP, { input: { userId, roles: ['COUNCIL_VIEWER'] } }, admin);
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await api.gql(INQUIRIES, {}, { token: first.token }))).toBe('UNAUTHENTICATED');
    // The refresh cookie still works, with the roles the user has now.
    const refreshed = await api.gql<{ refresh: { accessToken: string; me: { roles: string[] } } }>(REFRESH, {}, { cookie: first.cookie });
    expect(refreshed.data?.refresh.me.roles).toEqual(['COUNCIL_VIEWER']);
    const viewer = { token: refreshed.data!.refresh.accessToken };
    expect(codeOf(await api.gql(INQUIRIES, {}, viewer))).toBe('FORBIDDEN');

    expect((await api.gql(REMOVE_MEMBERSHIP, { userId }, admin)).data).toEqual({ removeMembership: true });
    expect(codeOf(await api.gql(ME, {}, viewer))).toBe('UNAUTHENTICATED');
    // The admin who made the changes is not touched by them.
    expect((await api.gql(ME, {}, admin)).errors).toBeUndefined();
  });
});
