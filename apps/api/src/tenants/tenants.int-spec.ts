import { inContext } from '@raadgiver/db';
import { Session, useTestApi } from '../testing/test-api';

const TENANTS = '{ tenants { id name kommunekode slug peerGroup active deactivatedAt activeUsers inquiriesThisYear lastActivityAt } }';
const CREATE = 'mutation C($input: CreateTenantInput!) { createTenant(input: $input) { id name slug } }';
const SET_ACTIVE = 'mutation S($tenantId: ID!, $active: Boolean!) { setTenantActive(tenantId: $tenantId, active: $active) }';
const ME = '{ me { activeTenant { slug } tenants { tenant { slug } } } }';

interface PlatformTenant {
  id: string;
  name: string;
  slug: string;
  peerGroup: string | null;
  active: boolean;
  activeUsers: number;
  inquiriesThisYear: number;
  lastActivityAt: string | null;
}

describe('the operator runs the municipalities', () => {
  const t = useTestApi();
  let operator: Session;
  let lejreAdmin: Session;

  const tenantId = async (slug: string) => (await t.db.admin.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [slug])).rows[0].id;

  beforeAll(async () => {
    operator = await t.api.login('operator@raadgiver.demo');
    lejreAdmin = await t.api.login('admin@lejre.demo');
  });

  it('lists each municipality with counts of its use and nothing else', async () => {
    const lejre = await tenantId('lejre');
    await t.db.admin.query(`UPDATE inquiry SET created_at = now() WHERE tenant_id = $1 AND id IN (SELECT id FROM inquiry WHERE tenant_id = $1 LIMIT 3)`, [lejre]);
    const { rows: [expected] } = await t.db.admin.query<{ users: number; this_year: number }>(
      `SELECT (SELECT count(DISTINCT m.user_id)::int FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.tenant_id = $1 AND m.deactivated_at IS NULL AND NOT u.disabled) AS users,
              (SELECT count(*)::int FROM inquiry WHERE tenant_id = $1 AND created_at >= date_trunc('year', now())) AS this_year`,
      [lejre],
    );
    const result = await t.api.gql<{ tenants: PlatformTenant[] }>(TENANTS, {}, operator);
    expect(result.errors).toBeUndefined();
    const row = result.data!.tenants.find((tenant) => tenant.slug === 'lejre');
    expect(row).toMatchObject({ name: 'Lejre Kommune', active: true, activeUsers: expected.users, inquiriesThisYear: expected.this_year });
    expect(expected.this_year).toBeGreaterThanOrEqual(3);
    // The operator logged nobody in to Lejre, but its admin did just now, and inquiries were registered this year.
    expect(Date.now() - Date.parse(row!.lastActivityAt!)).toBeLessThan(60_000);
    expect(result.data!.tenants.map((tenant) => tenant.slug)).toEqual(expect.arrayContaining(['lejre', 'lyngby-taarbaek', 'norddjurs']));
  });

  it('reads the use through a function that answers counts and dates to the operator only', async () => {
    const columns = await t.db.admin.query<{ name: string; type: string }>(
      `SELECT a.name, format_type(a.type, NULL) AS type
         FROM pg_proc p, unnest(p.proallargtypes, p.proargnames, p.proargmodes) AS a(type, name, mode)
        WHERE p.proname = 'tenant_usage' AND a.mode = 't' ORDER BY a.name`,
    );
    expect(columns.rows).toEqual([
      { name: 'active_users', type: 'integer' },
      { name: 'inquiries_since', type: 'integer' },
      { name: 'last_login_at', type: 'timestamp with time zone' },
      { name: 'last_registration_at', type: 'timestamp with time zone' },
      { name: 'tenant_id', type: 'uuid' },
    ]);
    const lejre = await tenantId('lejre');
    const usage = (context: { tenantId: string | null; userId: string | null; operator?: boolean }) =>
      inContext(t.db.app, context, (em) => em.query(`SELECT * FROM tenant_usage('2020-01-01')`) as Promise<{ tenant_id: string }[]>);
    expect((await usage({ tenantId: null, userId: null, operator: true })).length).toBeGreaterThanOrEqual(3);
    // A tenant admin in its own municipality, or anyone without the operator flag, is refused by the database too.
    await expect(usage({ tenantId: lejre, userId: null })).rejects.toThrow(/only the platform operator/);
    await expect(usage({ tenantId: null, userId: null })).rejects.toThrow(/only the platform operator/);

    const refused = await t.api.gql(TENANTS, {}, lejreAdmin);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const municipalities = await t.api.gql('{ municipalities { code } }', {}, lejreAdmin);
    expect(municipalities.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('creates a municipality of the reference list with its peer group and invites its first tenant admin', async () => {
    const list = await t.api.gql<{ municipalities: { code: string; name: string; onPlatform: boolean }[] }>('{ municipalities { code name onPlatform } }', {}, operator);
    expect(list.data!.municipalities).toHaveLength(98);
    expect(list.data!.municipalities.find((m) => m.code === '350')).toEqual({ code: '350', name: 'Lejre', onPlatform: true });
    expect(list.data!.municipalities.find((m) => m.code === '860')).toEqual({ code: '860', name: 'Hjørring', onPlatform: false });

    const input = { kommunekode: '860', peerGroup: 'provinsby', inhabitants: 64000, populationYear: 2025, adminEmail: 'It@Hjoerring.dk', adminName: 'Hanne Admin' };
    const refused = await t.api.gql(CREATE, { input }, lejreAdmin);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const created = await t.api.gql<{ createTenant: { id: string; name: string; slug: string } }>(CREATE, { input }, operator);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTenant).toMatchObject({ name: 'Hjørring Kommune', slug: 'hjoerring' });
    const id = created.data!.createTenant.id;
    const { rows: [tenant] } = await t.db.admin.query('SELECT benchmark_peer_group, deactivated_at FROM tenant WHERE id = $1', [id]);
    expect(tenant).toEqual({ benchmark_peer_group: 'provinsby', deactivated_at: null });
    const invitations = await t.db.admin.query('SELECT email, display_name, roles FROM tenant_invitation WHERE tenant_id = $1', [id]);
    expect(invitations.rows).toEqual([{ email: 'it@hjoerring.dk', display_name: 'Hanne Admin', roles: ['tenant_admin'] }]);
    const audit = await t.db.admin.query('SELECT action FROM audit_event WHERE tenant_id = $1 ORDER BY occurred_at', [id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['tenant.created', 'invitation.created']);

    const again = await t.api.gql(CREATE, { input }, operator);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'kommunekode' });
    expect(again.errors?.[0].message).toBe('Kommunen er allerede oprettet');

    const half = await t.api.gql(CREATE, { input: { kommunekode: '813', adminEmail: 'it@frederikshavn.dk' } }, operator);
    expect(half.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adminName' });
    expect(half.errors?.[0].message).toBe('Administratorens navn og administratorens e-mail skal udfyldes sammen');
    expect((await t.db.admin.query(`SELECT 1 FROM tenant WHERE kommunekode = '813'`)).rows).toEqual([]);
  });

  it('deactivates a municipality: its users lose their sessions and cannot log in to it, and it leaves the benchmark, until it is reactivated', async () => {
    const norddjurs = await tenantId('norddjurs');
    await t.db.admin.query('UPDATE tenant SET benchmark_opt_in = true WHERE id = $1', [norddjurs]);
    const inBenchmark = async () =>
      (await t.api.gql<{ publicBenchmark: { tenants: { id: string }[] } }>('{ publicBenchmark { tenants { id } } }')).data!.publicBenchmark.tenants.some((tenant) => tenant.id === norddjurs);
    expect(await inBenchmark()).toBe(true);
    const admin = await t.api.login('admin@norddjurs.demo');
    expect((await t.api.gql(ME, {}, admin)).data).toMatchObject({ me: { activeTenant: { slug: 'norddjurs' } } });

    expect((await t.api.gql(SET_ACTIVE, { tenantId: norddjurs, active: false }, lejreAdmin)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.api.gql(SET_ACTIVE, { tenantId: '00000000-0000-4000-8000-000000000009', active: false }, operator)).errors?.[0].extensions)
      .toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
    expect((await t.api.gql(SET_ACTIVE, { tenantId: norddjurs, active: false }, operator)).data).toEqual({ setTenantActive: false });

    const old = await t.api.gql('{ orgUnits { id } }', {}, admin);
    expect(old.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const refreshed = await t.api.gql('mutation { refresh { me { activeTenant { slug } } } }', {}, { cookie: admin.cookie });
    expect(refreshed.data).toEqual({ refresh: { me: { activeTenant: null } } });
    const again = await t.api.login('admin@norddjurs.demo');
    expect((await t.api.gql(ME, {}, again)).data).toEqual({ me: { activeTenant: null, tenants: [] } });
    expect((await t.api.gql('{ orgUnits { id } }', {}, again)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const listed = await t.api.gql<{ tenants: PlatformTenant[] }>(TENANTS, {}, operator);
    expect(listed.data!.tenants.find((tenant) => tenant.id === norddjurs)).toMatchObject({ active: false });
    // Left out of the national benchmark while deactivated.
    expect(await inBenchmark()).toBe(false);
    // Another municipality's users are untouched.
    expect((await t.api.gql(ME, {}, lejreAdmin)).data).toMatchObject({ me: { activeTenant: { slug: 'lejre' } } });

    expect((await t.api.gql(SET_ACTIVE, { tenantId: norddjurs, active: true }, operator)).data).toEqual({ setTenantActive: true });
    expect(await inBenchmark()).toBe(true);
    const back = await t.api.login('admin@norddjurs.demo');
    expect((await t.api.gql(ME, {}, back)).data).toMatchObject({ me: { activeTenant: { slug: 'norddjurs' } } });
    const audit = await t.db.admin.query(`SELECT action FROM audit_event WHERE tenant_id = $1 AND action LIKE 'tenant.%' ORDER BY occurred_at`, [norddjurs]);
    expect(audit.rows.map((r) => r.action)).toEqual(['tenant.deactivated', 'tenant.reactivated']);
  });

  it('lets the operator, and no tenant admin, list and add national taxonomy versions', async () => {
    const VERSIONS = '{ nationalTaxonomyVersions { version entries { kind code nameDa } } }';
    const before = await t.api.gql<{ nationalTaxonomyVersions: { version: number; entries: { kind: string; code: string; nameDa: string }[] }[] }>(VERSIONS, {}, operator);
    expect(before.errors).toBeUndefined();
    const [current] = before.data!.nationalTaxonomyVersions;
    const entries = (await t.api.gql<{ nationalTaxonomy: { entries: Record<string, unknown>[] } }>(
      '{ nationalTaxonomy { entries { kind code nameDa nameEn sortOrder } } }',
    )).data!.nationalTaxonomy.entries;
    const input = { entries: [...entries, { kind: 'category', code: 'digital_access', nameDa: 'Digital tilgængelighed', nameEn: 'Digital access', sortOrder: 900 }] };
    const CREATE_VERSION = 'mutation V($input: CreateNationalTaxonomyVersionInput!) { createNationalTaxonomyVersion(input: $input) { version } }';

    const refused = await t.api.gql(CREATE_VERSION, { input }, lejreAdmin);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.api.gql(VERSIONS, {}, lejreAdmin)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const created = await t.api.gql<{ createNationalTaxonomyVersion: { version: number } }>(CREATE_VERSION, { input }, operator);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNationalTaxonomyVersion.version).toBe(current.version + 1);
    const after = await t.api.gql<typeof before.data>(VERSIONS, {}, operator);
    expect(after.data!.nationalTaxonomyVersions.map((v) => v.version)).toEqual([current.version + 1, ...before.data!.nationalTaxonomyVersions.map((v) => v.version)]);
    expect(after.data!.nationalTaxonomyVersions[0].entries).toContainEqual({ kind: 'category', code: 'digital_access', nameDa: 'Digital tilgængelighed' });
    expect(after.data!.nationalTaxonomyVersions[1].entries).toEqual(current.entries);
  });
});
