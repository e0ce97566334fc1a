import { DEMO_PASSWORD } from '@raadgiver/db';
import { aUser } from '@raadgiver/testing';
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

  it('gives and takes a member’s roles, binds a department contact to units, and removes the membership in this municipality only', async () => {
    const units = await t.api.gql<{ orgUnits: { id: string; name: string }[] }>('{ orgUnits { id name } }', {}, admin);
    const unit = units.data!.orgUnits[0];
    // Joining is by invitation (invitations.int-spec.ts); this member of two municipalities is written directly.
    const email = `to-steder-${Date.now()}@norddjurs.example`;
    const tenantIds = Object.fromEntries((await t.db.admin.query<{ id: string; slug: string }>(`SELECT id, slug FROM tenant`)).rows.map((r) => [r.slug, r.id]));
    const { id: userId } = await aUser(t.db).withEmail(email).named('To Steder').withPassword(DEMO_PASSWORD).in(tenantIds.norddjurs, 'council_viewer').in(tenantIds.lejre, 'advisor').build();
    const UPDATE = 'mutation U($input: UpdateMembershipInput!) { updateMembership(input: $input) { roles orgUnits { id } } }';

    const contactWithoutUnits = await t.api.gql(UPDATE, { input: { userId, roles: ['DEPARTMENT_CONTACT'] } }, admin);
    expect(contactWithoutUnits.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitIds' });
    const contact = await t.api.gql<{ updateMembership: { roles: string[]; orgUnits: { id: string }[] } }>(
      UPDATE, { input: { userId, roles: ['DEPARTMENT_CONTACT'], orgUnitIds: [unit.id] } }, admin,
    );
    expect(contact.data?.updateMembership).toEqual({ roles: ['DEPARTMENT_CONTACT'], orgUnits: [{ id: unit.id }] });
    const changed = await t.api.gql<{ updateMembership: { roles: string[] } }>(UPDATE, { input: { userId, roles: ['ADVISOR', 'COUNCIL_VIEWER'] } }, admin);
    expect(changed.data?.updateMembership.roles).toEqual(['ADVISOR', 'COUNCIL_VIEWER']);

    const removed = await t.api.gql('mutation R($id: ID!) { removeMembership(userId: $id) }', { id: userId }, admin);
    expect(removed.data).toEqual({ removeMembership: true });
    const left = await t.db.admin.query(`SELECT t.slug, m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = $1`, [userId]);
    expect(left.rows).toEqual([{ slug: 'lejre', role: 'advisor' }]);
    // Another municipality's member is not found here.
    const lejreAdvisor = (await t.db.admin.query(`SELECT id FROM app_user WHERE email = 'advisor@lejre.demo'`)).rows[0].id as string;
    const foreign = await t.api.gql(UPDATE, { input: { userId: lejreAdvisor, roles: ['ADVISOR'] } }, admin);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
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
