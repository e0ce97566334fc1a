import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const ENTRY = 'id name nationalCode active sortOrder';
const LIST = { category: `query L { categories { ${ENTRY} } }`, outcome: `query L { outcomes { ${ENTRY} } }` } as const;
const CREATE = { category: `mutation C($input: CreateCatalogEntryInput!) { createCategory(input: $input) { ${ENTRY} } }`, outcome: `mutation C($input: CreateCatalogEntryInput!) { createOutcome(input: $input) { ${ENTRY} } }` } as const;
const UPDATE = { category: `mutation U($input: UpdateCatalogEntryInput!) { updateCategory(input: $input) { ${ENTRY} } }`, outcome: `mutation U($input: UpdateCatalogEntryInput!) { updateOutcome(input: $input) { ${ENTRY} } }` } as const;
const REORDER = { category: `mutation R($input: ReorderCatalogInput!) { reorderCategories(input: $input) { ${ENTRY} } }`, outcome: `mutation R($input: ReorderCatalogInput!) { reorderOutcomes(input: $input) { ${ENTRY} } }` } as const;

type Kind = keyof typeof LIST;
interface Entry { id: string; name: string; nationalCode: string; active: boolean; sortOrder: number }

describe("the tenant admin's categories and outcomes", () => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;
  let advisor: Session;
  let norddjursAdmin: Session;
  /** The current national taxonomy's codes per kind. */
  const codes: Record<Kind, string[]> = { category: [], outcome: [] };

  const ok = async <T>(session: Session, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await api.gql<T>(query, variables, session);
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const errorOf = async (session: Session, query: string, variables?: Record<string, unknown>) => {
    const result = await api.gql(query, variables, session);
    expect(result.data).toBeNull();
    const [error] = result.errors!;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message };
  };
  const list = async (kind: Kind, session = admin): Promise<Entry[]> => {
    const data = await ok<Record<string, Entry[]>>(session, LIST[kind]);
    return data[kind === 'category' ? 'categories' : 'outcomes'];
  };
  const create = async (kind: Kind, name: string, session = admin): Promise<Entry> => {
    const data = await ok<Record<string, Entry>>(session, CREATE[kind], { input: { name, nationalCode: codes[kind][0] } });
    return Object.values(data)[0];
  };
  const name = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;
  const stored = async (table: Kind, entryName: string) => Number((await db.admin.query(`SELECT count(*) AS n FROM ${table} WHERE name = $1`, [entryName])).rows[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    admin = await api.login('admin@lejre.demo');
    advisor = await api.login('advisor@lejre.demo');
    norddjursAdmin = await api.login('admin@norddjurs.demo');
    const { rows } = await db.admin.query(
      `SELECT kind, code FROM national_taxonomy_entry WHERE version = (SELECT max(version) FROM national_taxonomy_version) AND kind IN ('category', 'outcome') ORDER BY sort_order, code`,
    );
    for (const row of rows) codes[row.kind as Kind].push(row.code as string);
    expect(codes.category.length).toBeGreaterThan(1);
    expect(codes.outcome.length).toBeGreaterThan(1);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it.each(['category', 'outcome'] as const)('adds a new %s at the end of the list, mapped to a code of the current national taxonomy', async (kind) => {
    const before = await list(kind);
    const added = await create(kind, name('Ny'));
    const after = await list(kind);
    expect(after.map((e) => e.id)).toEqual([...before.map((e) => e.id), added.id]);
    expect(added).toMatchObject({ nationalCode: codes[kind][0], active: true });
    expect((await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND subject_id = $2`, [`${kind}.created`, added.id])).rows[0].n).toBe(1);
  });

  it.each(['category', 'outcome'] as const)('refuses, for a new or changed %s, a code the national taxonomy does not have, naming the field in Danish, and stores nothing', async (kind) => {
    const entryName = name('Ukendt');
    expect(await errorOf(admin, CREATE[kind], { input: { name: entryName, nationalCode: 'not_a_real_code' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'nationalCode',
      message: 'National kode er ikke en kode i den nationale taksonomi',
    });
    expect(await stored(kind, entryName)).toBe(0);

    const entry = await create(kind, name('Kendt'));
    expect(await errorOf(admin, UPDATE[kind], { input: { id: entry.id, name: name('Omdøbt'), nationalCode: 'not_a_real_code' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'nationalCode',
    });
    // Neither the name nor the code changed.
    expect((await list(kind)).find((e) => e.id === entry.id)).toEqual(entry);
    // A code of the current taxonomy is taken.
    const remapped = await ok<Record<string, Entry>>(admin, UPDATE[kind], { input: { id: entry.id, nationalCode: codes[kind][1] } });
    expect(Object.values(remapped)[0]).toMatchObject({ id: entry.id, name: entry.name, nationalCode: codes[kind][1] });
  });

  it('renames, deactivates and reactivates a category; the inactive one stays on its inquiries', async () => {
    const entry = await create('category', name('Aktiv'));
    const citizen = await api.createCitizen(advisor, name('B'));
    const inquiry = (
      await ok<{ createInquiry: { id: string } }>(advisor, 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', {
        input: { reference: name('R'), receivedOn: '2024-05-10', channel: 'PHONE', citizenId: citizen, kind: 'COMPLAINT', categoryIds: [entry.id], summary: 'Klage over sagsbehandlingen' },
      })
    ).createInquiry.id;
    const renamed = name('Omdøbt');
    await ok(admin, UPDATE.category, { input: { id: entry.id, name: renamed, active: false } });
    expect((await list('category')).find((e) => e.id === entry.id)).toMatchObject({ name: renamed, active: false });
    const read = await ok<{ inquiry: { categories: { id: string; name: string }[] } }>(advisor, 'query I($id: ID!) { inquiry(id: $id) { categories { id name } } }', { id: inquiry });
    expect(read.inquiry.categories).toEqual([{ id: entry.id, name: renamed }]);
    // Not offered for a new inquiry any more, and refused if sent anyway; the old inquiry keeps it through a change.
    expect(
      await errorOf(advisor, 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', {
        input: { reference: name('R2'), receivedOn: '2024-05-11', channel: 'PHONE', citizenId: citizen, kind: 'COMPLAINT', categoryIds: [entry.id], summary: 'Klage over ventetid' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });
    await ok(advisor, 'mutation U($input: UpdateInquiryInput!) { updateInquiry(input: $input) { id } }', {
      input: { id: inquiry, reference: name('R'), receivedOn: '2024-05-10', channel: 'PHONE', citizenId: citizen, kind: 'COMPLAINT', categoryIds: [entry.id], summary: 'Klage over sagsbehandlingen' },
    });
    await ok(admin, UPDATE.category, { input: { id: entry.id, active: true } });
    expect((await list('category')).find((e) => e.id === entry.id)?.active).toBe(true);
  });

  it.each(['category', 'outcome'] as const)('puts the %s list in the order given, which must name every entry exactly once', async (kind) => {
    const before = await list(kind);
    const reversed = before.map((e) => e.id).reverse();
    const answered = Object.values(await ok<Record<string, Entry[]>>(admin, REORDER[kind], { input: { ids: reversed } }))[0];
    expect(answered.map((e) => e.id)).toEqual(reversed);
    expect((await list(kind)).map((e) => e.id)).toEqual(reversed);
    expect((await list(kind)).map((e) => e.sortOrder)).toEqual(reversed.map((_, i) => (i + 1) * 10));

    const norddjurs = (await list(kind, norddjursAdmin)).map((e) => e.id);
    const wrong = {
      missing: reversed.slice(1),
      twice: [...reversed.slice(1), reversed[1]],
      extra: [...reversed, randomUUID()],
      otherTenants: [...reversed.slice(1), norddjurs[0]],
    };
    for (const ids of Object.values(wrong)) {
      expect(await errorOf(admin, REORDER[kind], { input: { ids } })).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'ids',
        message: 'Rækkefølgen skal nævne hver af kommunens poster præcis én gang',
      });
    }
    expect(await errorOf(admin, REORDER[kind], { input: { ids: ['ikke-et-id'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    // Nothing moved, in either municipality.
    expect((await list(kind)).map((e) => e.id)).toEqual(reversed);
    expect((await list(kind, norddjursAdmin)).map((e) => e.id)).toEqual(norddjurs);
    expect((await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1`, [`${kind}.reordered`])).rows[0].n).toBe(1);
  });

  it("answers another municipality's entry as not found, and refuses the advisor", async () => {
    const [norddjursCategory] = await list('category', norddjursAdmin);
    expect(await errorOf(admin, UPDATE.category, { input: { id: norddjursCategory.id, name: name('Kapret') } })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await list('category', norddjursAdmin))[0]).toEqual(norddjursCategory);
    const ids = (await list('category')).map((e) => e.id);
    expect(await errorOf(advisor, REORDER.category, { input: { ids } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(advisor, CREATE.outcome, { input: { name: name('Rådgiver'), nationalCode: codes.outcome[0] } })).toMatchObject({ code: 'FORBIDDEN' });
  });
});
