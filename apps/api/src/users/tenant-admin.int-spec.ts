import { Session, useTestApi } from '../testing/test-api';

describe('tenant admin: categories, outcomes, users; operator: tenants', () => {
  const t = useTestApi();
  let admin: Session;

  beforeAll(async () => {
    admin = await t.api.login('admin@norddjurs.demo');
  });

  it('adds, renames and deactivates a category and refuses a duplicate name in any case', async () => {
    const created = await t.api.gql<{ createCategory: { id: string; name: string; active: boolean } }>(
      'mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id name active nationalCode } }',
      { input: { name: '  Manglende partshøring "§ 19"  ', nationalCode: 'consultation' } },
      admin,
    );
    expect(created.data?.createCategory).toMatchObject({ name: 'Manglende partshøring "§ 19"', active: true });
    const duplicate = await t.api.gql(
      'mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id } }',
      { input: { name: 'MANGLENDE PARTSHØRING "§ 19"', nationalCode: 'consultation' } },
      admin,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const badCode = await t.api.gql(
      'mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { id } }',
      { input: { name: 'Noget nyt', nationalCode: 'Not A Code' } },
      admin,
    );
    expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalCode' });
    const updated = await t.api.gql<{ updateCategory: { active: boolean } }>(
      'mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { active } }',
      { input: { id: created.data!.createCategory.id, active: false } },
      admin,
    );
    expect(updated.data?.updateCategory.active).toBe(false);
  });

  it('keeps outcomes per tenant with the same rules', async () => {
    const outcome = await t.api.gql<{ createOutcome: { id: string } }>(
      'mutation C($input: CreateCatalogEntryInput!) { createOutcome(input: $input) { id } }',
      { input: { name: 'Sagen genoptaget', nationalCode: 'reopened' } },
      admin,
    );
    expect(outcome.errors).toBeUndefined();
    const lejreAdmin = await t.api.login('admin@lejre.demo');
    const lejre = await t.api.gql<{ outcomes: { id: string }[] }>('{ outcomes { id } }', {}, lejreAdmin);
    expect(lejre.data!.outcomes.map((o) => o.id)).not.toContain(outcome.data!.createOutcome.id);
  });

  it('creates a user with a role, binds a department contact to units, and adds an existing user from another tenant', async () => {
    const units = await t.api.gql<{ orgUnits: { id: string; name: string }[] }>('{ orgUnits { id name } }', {}, admin);
    const unit = units.data!.orgUnits[0];
    const created = await t.api.gql<{ createTenantUser: { id: string; roles: string[]; orgUnits: { id: string }[] } }>(
      'mutation C($input: CreateTenantUserInput!) { createTenantUser(input: $input) { id roles orgUnits { id } } }',
      { input: { email: 'Ny.Kontakt@Norddjurs.example', displayName: 'Ny Kontakt', password: 'a-long-enough-password', roles: ['DEPARTMENT_CONTACT'], orgUnitIds: [unit.id] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTenantUser).toMatchObject({ roles: ['DEPARTMENT_CONTACT'], orgUnits: [{ id: unit.id }] });
    const login = await t.api.login('ny.kontakt@norddjurs.example', 'a-long-enough-password');
    expect(login.token).toBeTruthy();

    const contactWithoutUnits = await t.api.gql(
      'mutation C($input: CreateTenantUserInput!) { createTenantUser(input: $input) { id } }',
      { input: { email: 'x@norddjurs.example', displayName: 'X', roles: ['DEPARTMENT_CONTACT'] } },
      admin,
    );
    expect(contactWithoutUnits.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitIds' });

    const fromLejre = await t.api.gql<{ createTenantUser: { id: string; roles: string[] } }>(
      'mutation C($input: CreateTenantUserInput!) { createTenantUser(input: $input) { id roles } }',
      { input: { email: 'advisor@lejre.demo', displayName: 'ignored', roles: ['COUNCIL_VIEWER'] } },
      admin,
    );
    expect(fromLejre.data?.createTenantUser.roles).toEqual(['COUNCIL_VIEWER']);
    const again = await t.api.gql(
      'mutation C($input: CreateTenantUserInput!) { createTenantUser(input: $input) { id } }',
      { input: { email: 'advisor@lejre.demo', displayName: 'ignored', roles: ['ADVISOR'] } },
      admin,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });

    const changed = await t.api.gql<{ updateMembership: { roles: string[] } }>(
      'mutation U($input: UpdateMembershipInput!) { updateMembership(input: $input) { roles } }',
      { input: { userId: fromLejre.data!.createTenantUser.id, roles: ['ADVISOR', 'COUNCIL_VIEWER'] } },
      admin,
    );
    expect(changed.data?.updateMembership.roles).toEqual(['ADVISOR', 'COUNCIL_VIEWER']);
    const removed = await t.api.gql('mutation R($id: ID!) { removeMembership(userId: $id) }', { id: fromLejre.data!.createTenantUser.id }, admin);
    expect(removed.data).toEqual({ removeMembership: true });
    const lejreStill = await t.db.admin.query(`SELECT count(*)::int AS n FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'advisor@lejre.demo'`);
    expect(lejreStill.rows[0].n).toBe(1);
  });

  it('lets only the operator create a tenant, for a real kommunekode, once', async () => {
    const operator = await t.api.login('operator@raadgiver.demo');
    const input = { name: 'Aarhus', kommunekode: '751', slug: 'aarhus', inhabitants: 367000, populationYear: 2025 };
    const refused = await t.api.gql('mutation C($input: CreateTenantInput!) { createTenant(input: $input) { id } }', { input }, admin);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const created = await t.api.gql<{ createTenant: { slug: string; locale: string } }>(
      'mutation C($input: CreateTenantInput!) { createTenant(input: $input) { slug locale } }',
      { input },
      operator,
    );
    expect(created.data?.createTenant).toEqual({ slug: 'aarhus', locale: 'da' });
    const population = await t.db.admin.query(`SELECT p.inhabitants FROM tenant_population p JOIN tenant t ON t.id = p.tenant_id WHERE t.slug = 'aarhus'`);
    expect(population.rows).toEqual([{ inhabitants: 367000 }]);
    const twice = await t.api.gql('mutation C($input: CreateTenantInput!) { createTenant(input: $input) { id } }', { input: { ...input, slug: 'aarhus-2' } }, operator);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'kommunekode' });
    const unknown = await t.api.gql('mutation C($input: CreateTenantInput!) { createTenant(input: $input) { id } }', { input: { ...input, kommunekode: '999', slug: 'x' } }, operator);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kommunekode' });
    // The operator sees no case content: tenant-owned tables are empty to it.
    const units = await t.api.gql('{ orgUnits { id } }', {}, operator);
    expect(units.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
