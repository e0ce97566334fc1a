import { useTestApi } from '../testing/test-api';
import { BenchmarkQueue } from './benchmark-queue';

/**
 * What moves a municipality's benchmark besides its registrations: a new national mapping of a category or a unit's
 * area (its counts) and a change of the unit structure (the year's comparability mark). Each asks for the tenant's
 * refresh once committed; a rename or a failed change does not.
 */
describe('changes that ask for a benchmark refresh', () => {
  const t = useTestApi();
  let refresh: jest.SpyInstance;
  let admin: { token: string; cookie: string };
  let lejre: string;

  beforeAll(async () => {
    refresh = jest.spyOn(t.api.app.get(BenchmarkQueue), 'refreshSoon');
    admin = await t.api.login('admin@lejre.demo');
    lejre = (await t.db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
  });

  /** The tenants whose refresh was asked for, in order (each call's first argument is the request's transaction). */
  const refreshedTenants = () => refresh.mock.calls.map(([, tenantId]) => tenantId as string);
  const gql = <T>(query: string, variables: Record<string, unknown>) => t.api.gql<T>(query, variables, admin);

  it('a new national mapping of a category, not a rename', async () => {
    const { data } = await gql<{ categories: { id: string; name: string; nationalCode: string }[] }>('{ categories { id name nationalCode } }', {});
    const category = data!.categories[0];
    const { rows: [other] } = await t.db.admin.query<{ code: string }>(
      `SELECT code FROM national_taxonomy_entry WHERE kind = 'category' AND code <> $1 AND version = (SELECT max(version) FROM national_taxonomy_version) LIMIT 1`, [category.nationalCode]);
    const update = 'mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { id } }';

    refresh.mockClear();
    expect((await gql(update, { input: { id: category.id, name: `${category.name} (omdøbt)` } })).errors).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
    expect((await gql(update, { input: { id: category.id, nationalCode: 'findes_ikke' } })).errors?.[0].extensions.field).toBe('nationalCode');
    expect(refresh).not.toHaveBeenCalled();
    expect((await gql(update, { input: { id: category.id, nationalCode: other.code } })).errors).toBeUndefined();
    expect(refreshedTenants()).toEqual([lejre]);
  });

  it('a change of the unit structure, not a rename', async () => {
    refresh.mockClear();
    const created = await gql<{ createOrgUnit: { id: string } }>('mutation C($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', {
      input: { name: 'Ny afdeling for benchmark', kind: 'DEPARTMENT' },
    });
    const id = created.data!.createOrgUnit.id;
    expect(refreshedTenants()).toEqual([lejre]);

    refresh.mockClear();
    expect((await gql('mutation R($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }', { input: { id, name: 'Omdøbt afdeling' } })).errors).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
    expect((await gql('mutation X($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id } }', { input: { id } })).errors).toBeUndefined();
    expect(refreshedTenants()).toEqual([lejre]);

    refresh.mockClear();
    expect((await gql('mutation A($id: ID!, $area: String) { setOrgUnitNationalArea(orgUnitId: $id, area: $area) }', { id, area: null })).errors).toBeUndefined();
    expect(refreshedTenants()).toEqual([lejre]);
  });
});
