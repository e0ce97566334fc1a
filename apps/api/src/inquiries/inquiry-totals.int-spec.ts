import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { inContext, INQUIRY_VERSION_DEFERRED } from '@raadgiver/db';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const CREATE = 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }';
const LIST = `query L($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {
  inquiries(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { node: { id: string } }[];
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The inquiry list's totals held per API process (InquiryTotals) under the list version
 * (tenant_version.inquiry_version, tenant_version.catalogue_version, the response targets): used while the version stands,
 * counted again as soon as it moves.
 */
describe('held inquiry list totals', () => {
  let db: TestDatabase;
  let api: TestApi;
  let advisor: Session;
  let admin: Session;
  let lejreId: string;
  let otherTenantId: string;
  let citizen: string;

  const token = () => `TT${randomUUID().slice(0, 8)}`;
  const gql = async <T>(query: string, variables: Record<string, unknown>, session = advisor): Promise<T> => {
    const result = await api.gql<T>(query, variables, session);
    if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const list = async (filter: Record<string, unknown>, first = 1, after: string | null = null, sort = 'RECEIVED_DESC') =>
    (await gql<{ inquiries: Page }>(LIST, { filter, sort, first, after })).inquiries;
  const totalOf = async (filter: Record<string, unknown>) => (await list(filter)).totalCount;

  const createInquiry = async (fields: Record<string, unknown> = {}) =>
    (
      await gql<{ createInquiry: { id: string } }>(CREATE, {
        input: { reference: token(), receivedOn: '2024-01-10', channel: 'PHONE', citizenId: citizen, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé', ...fields },
      })
    ).createInquiry.id;

  /** Lejre's inquiries matching `where` (alias i), counted past RLS. */
  const realCount = async (where: string, params: unknown[] = []) =>
    Number((await db.admin.query(`SELECT count(*) AS n FROM inquiry i WHERE i.tenant_id = $1 AND (${where})`, [lejreId, ...params])).rows[0].n);
  const inquiryVersion = async (tenantId: string) =>
    BigInt((await db.admin.query('SELECT coalesce((SELECT inquiry_version FROM tenant_version WHERE tenant_id = $1), 0)::text AS v', [tenantId])).rows[0].v);

  /** Runs `sql` through the superuser with every trigger off for it alone, so no version moves. */
  const withoutTriggers = async (sql: string, params: unknown[]) => {
    await db.admin.query('BEGIN');
    try {
      await db.admin.query('SET LOCAL session_replication_role = replica');
      const result = await db.admin.query(sql, params);
      await db.admin.query('SET LOCAL session_replication_role = origin');
      await db.admin.query('COMMIT');
      return result;
    } catch (error) {
      await db.admin.query('ROLLBACK');
      throw error;
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    advisor = await api.login('advisor@lejre.demo');
    admin = await api.login('admin@lejre.demo');
    lejreId = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
    otherTenantId = (await db.admin.query(`SELECT id FROM tenant WHERE slug <> 'lejre' ORDER BY slug LIMIT 1`)).rows[0].id;
    citizen = (
      await gql<{ createCitizen: { id: string } }>('mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
        input: { reference: token(), displayName: 'Jens Hansen' },
      })
    ).createCitizen.id;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('uses the held total while the list version stands, and counts again once any inquiry of the tenant changes', async () => {
    const filter = { kinds: ['COMPLAINT'], from: '2021-01-01' };
    const where = `i.kind = 'complaint' AND i.received_on >= '2021-01-01'`;
    const before = await realCount(where);
    expect(before).toBeGreaterThan(0);
    expect(await totalOf(filter)).toBe(before);
    expect(await totalOf(filter)).toBe(before);

    // A matching inquiry that no trigger saw: the list version stands, so the statement must not count.
    const ref = token();
    const inserted = await withoutTriggers(
      `INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, status, summary)
       VALUES ($1, $2, '2024-02-01', 'phone', $3, 'complaint', 'open', '') RETURNING id`,
      [lejreId, ref, citizen],
    );
    const hidden = inserted.rows[0].id as string;
    expect(await realCount(where)).toBe(before + 1);
    expect(await totalOf(filter)).toBe(before);
    expect(await totalOf(filter)).toBe(before);

    // A change in another tenant does not move Lejre's list version.
    const otherCitizen = (await db.admin.query('SELECT id FROM citizen WHERE tenant_id = $1 LIMIT 1', [otherTenantId])).rows[0].id;
    await db.admin.query(
      `INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, status, summary)
       VALUES ($1, $2, '2024-02-01', 'phone', $3, 'complaint', 'open', '')`,
      [otherTenantId, token(), otherCitizen],
    );
    expect(await totalOf(filter)).toBe(before);

    // Any registration in Lejre, even one outside the filter, moves the version: the next list counts again.
    await createInquiry({ kind: 'GUIDANCE' });
    expect(await totalOf(filter)).toBe(before + 1);
    expect(await realCount(where)).toBe(before + 1);

    // The same the other way round: a delete no trigger saw stays unseen until the next change.
    await withoutTriggers('DELETE FROM inquiry WHERE id = $1', [hidden]);
    expect(await realCount(where)).toBe(before);
    expect(await totalOf(filter)).toBe(before + 1);
    await db.admin.query(`UPDATE inquiry SET summary = 'changed' WHERE tenant_id = $1 AND id = (SELECT id FROM inquiry WHERE tenant_id = $1 AND kind = 'guidance' LIMIT 1)`, [lejreId]);
    expect(await totalOf(filter)).toBe(before);
  });

  it('gives the same total on every page, and one more on the page after a matching inquiry is registered', async () => {
    const t = token();
    for (let i = 0; i < 12; i += 1) await createInquiry({ reference: `${t}-${String(i).padStart(2, '0')}`, receivedOn: `2023-03-${String(i + 1).padStart(2, '0')}` });
    const filter = { search: t };
    const where = `i.reference ILIKE $2`;
    expect(await realCount(where, [`%${t}%`])).toBe(12);

    const seen: string[] = [];
    const first = await list(filter, 5);
    expect(first.totalCount).toBe(12);
    seen.push(...first.edges.map((e) => e.node.id));
    const second = await list(filter, 5, first.pageInfo.endCursor);
    expect(second.totalCount).toBe(12);
    expect(second.pageInfo.hasNextPage).toBe(true);
    seen.push(...second.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(10);

    // A matching inquiry registered between pages: the next page counts it.
    await createInquiry({ reference: `${t}-new`, receivedOn: '2023-04-01' });
    expect(await realCount(where, [`%${t}%`])).toBe(13);
    const third = await list(filter, 5, second.pageInfo.endCursor);
    expect(third.totalCount).toBe(13);
    expect(third.edges).toHaveLength(2);
    expect(third.pageInfo.hasNextPage).toBe(false);

    // And every page after that, from the start again, keeps the new total.
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list(filter, 5, after);
      expect(page.totalCount).toBe(13);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
  });

  it('counts overdue inquiries again when the response targets change, though no inquiry changed', async () => {
    const targetsQuery = '{ responseTargets { firstContactDays closeDays } }';
    const original = (await gql<{ responseTargets: { firstContactDays: number; closeDays: number } }>(targetsQuery, {})).responseTargets;
    // Open, first contact made, received 20 days ago: overdue exactly when the close target is under 20 days.
    await createInquiry({ receivedOn: isoDaysAgo(20), firstContactOn: isoDaysAgo(19) });
    // Today as the API counts it (UTC), not the database's current_date.
    const today = `'${new Date().toISOString().slice(0, 10)}'::date`;
    const overdueWhere = `i.closed_on IS NULL AND (i.received_on < ${today} - (SELECT coalesce((settings->'responseTargets'->>'closeDays')::int, 30) FROM tenant WHERE id = $1)
      OR (i.first_contact_on IS NULL AND i.received_on < ${today} - (SELECT coalesce((settings->'responseTargets'->>'firstContactDays')::int, 10) FROM tenant WHERE id = $1)))`;
    const setTargets = (input: { firstContactDays: number; closeDays: number }) =>
      gql('mutation S($input: ResponseTargetsInput!) { setResponseTargets(input: $input) { firstContactDays closeDays } }', { input }, admin);

    try {
      await setTargets({ firstContactDays: 10, closeDays: 30 });
      const before = await realCount(overdueWhere);
      expect(await totalOf({ overdue: true })).toBe(before);
      expect(await totalOf({ overdue: true })).toBe(before);
      const versionBefore = await inquiryVersion(lejreId);

      await setTargets({ firstContactDays: 5, closeDays: 15 });
      expect(await inquiryVersion(lejreId)).toBe(versionBefore);
      const after = await realCount(overdueWhere);
      expect(after).toBeGreaterThan(before);
      expect(await totalOf({ overdue: true })).toBe(after);
      expect(await totalOf({ overdue: false })).toBe(await realCount(`NOT (${overdueWhere})`));

      // And back: the earlier total is right again.
      await setTargets({ firstContactDays: 10, closeDays: 30 });
      expect(await totalOf({ overdue: true })).toBe(before);
    } finally {
      await setTargets(original);
    }
  });

  it('includes at once the inquiries of a unit merged into the filtered unit, though no inquiry changed', async () => {
    const createUnit = async (name: string) =>
      (
        await gql<{ createOrgUnit: { id: string } }>(
          'mutation U($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
          { input: { name, kind: 'DEPARTMENT', validFrom: '2020-01-01' } },
          admin,
        )
      ).createOrgUnit.id;
    const target = await createUnit(`Mål ${token()}`);
    const source = await createUnit(`Kilde ${token()}`);
    for (let i = 0; i < 2; i += 1) await createInquiry({ orgUnitId: target });
    for (let i = 0; i < 3; i += 1) await createInquiry({ orgUnitId: source });

    expect(await totalOf({ orgUnitId: target })).toBe(2);
    expect(await totalOf({ orgUnitId: target })).toBe(2);
    expect(await totalOf({ orgUnitId: source })).toBe(3);
    const versionBefore = await inquiryVersion(lejreId);

    const merged = await gql<{ mergeOrgUnits: { id: string; predecessors: { id: string }[] } }>(
      'mutation M($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id predecessors { id } } }',
      { input: { sourceIds: [source], targetId: target } },
      admin,
    );
    expect(merged.mergeOrgUnits.predecessors.map((p) => p.id)).toEqual([source]);
    expect(await inquiryVersion(lejreId)).toBe(versionBefore);

    expect(await totalOf({ orgUnitId: target })).toBe(5);
    expect(await totalOf({ orgUnitId: source })).toBe(3);
    expect(await realCount('i.org_unit_id = ANY($2::uuid[])', [[target, source]])).toBe(5);
  });

  describe('tenant_version.inquiry_version in SQL, as the app role in Lejre', () => {
    const asLejre = <T>(work: (em: EntityManager) => Promise<T>) => inContext<T>(db.app, { tenantId: lejreId, userId: null }, work);
    let categories: string[];

    beforeAll(async () => {
      categories = (await db.admin.query('SELECT id FROM category WHERE tenant_id = $1 AND active ORDER BY sort_order, name LIMIT 3', [lejreId])).rows.map((r) => r.id);
      expect(categories).toHaveLength(3);
    });

    it('moves by one for each statement that inserts, updates or deletes inquiries or their categories, and only in that tenant', async () => {
      const id = await createInquiry();
      const other = await inquiryVersion(otherTenantId);
      let version = await inquiryVersion(lejreId);
      const step = async (work: (em: EntityManager) => Promise<unknown>) => {
        await asLejre(work);
        const moved = await inquiryVersion(lejreId);
        expect(moved - version).toBe(1n);
        version = moved;
      };

      await step((em) => em.query('INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id) SELECT $1, $2, unnest($3::uuid[])', [lejreId, id, categories]));
      await step((em) => em.query(`UPDATE inquiry SET summary = 'ny tekst' WHERE id = $1`, [id]));
      await step((em) => em.query('DELETE FROM inquiry_category WHERE inquiry_id = $1', [id]));
      await step((em) => em.query('DELETE FROM inquiry WHERE id = $1', [id]));
      // A statement that touched no row moves nothing.
      await asLejre((em) => em.query(`UPDATE inquiry SET summary = 'x' WHERE id = $1`, [randomUUID()]));
      expect(await inquiryVersion(lejreId)).toBe(version);
      // A multi-row update is one statement: one step.
      await step((em) => em.query(`UPDATE inquiry SET updated_at = updated_at WHERE kind = 'guidance' AND received_on < '2021-06-01'`));

      // Deleting an inquiry that has categories runs two statements that change rows (the cascade to inquiry_category
      // is its own statement), so the version moves at least once; it must move.
      const withCategories = await createInquiry({ categoryIds: categories });
      version = await inquiryVersion(lejreId);
      await asLejre((em) => em.query('DELETE FROM inquiry WHERE id = $1', [withCategories]));
      const cascaded = (await inquiryVersion(lejreId)) - version;
      expect(cascaded).toBeGreaterThanOrEqual(1n);
      expect(cascaded).toBeLessThanOrEqual(2n);

      expect(await inquiryVersion(otherTenantId)).toBe(other);
    });

    it('stands while app.inquiry_version_deferred is on, and moves by one at inquiry_version_moved()', async () => {
      const other = await inquiryVersion(otherTenantId);
      const version = await inquiryVersion(lejreId);
      const ids = await asLejre(async (em) => {
        await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', 'on', true)`);
        const rows = await em.query<{ id: string }[]>(
          `INSERT INTO inquiry (tenant_id, reference, received_on, channel, citizen_id, kind, status, summary)
           SELECT $1, $2 || n, '2024-05-01', 'phone', $3, 'guidance', 'open', '' FROM generate_series(1, 3) n RETURNING id`,
          [lejreId, token(), citizen],
        );
        await em.query('INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id) SELECT $1, unnest($2::uuid[]), $3', [lejreId, rows.map((r) => r.id), categories[0]]);
        await em.query(`UPDATE inquiry SET summary = 'imported' WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
        const [inside] = await em.query<{ v: string }[]>('SELECT coalesce((SELECT inquiry_version FROM tenant_version WHERE tenant_id = $1), 0)::text AS v', [lejreId]);
        expect(BigInt(inside.v)).toBe(version);
        await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', '', true), inquiry_version_moved()`);
        const [after] = await em.query<{ v: string }[]>('SELECT coalesce((SELECT inquiry_version FROM tenant_version WHERE tenant_id = $1), 0)::text AS v', [lejreId]);
        expect(BigInt(after.v)).toBe(version + 1n);
        return rows.map((r) => r.id);
      });
      expect(ids).toHaveLength(3);
      expect(await inquiryVersion(lejreId)).toBe(version + 1n);
      expect(await inquiryVersion(otherTenantId)).toBe(other);

      // The setting ends with its transaction: the next change moves the version at once.
      await asLejre((em) => em.query(`UPDATE inquiry SET summary = 'again' WHERE id = $1`, [ids[0]]));
      expect(await inquiryVersion(lejreId)).toBe(version + 2n);
    });

    it('refuses inquiry_version_moved() with no tenant in context', async () => {
      const version = await inquiryVersion(lejreId);
      await expect(inContext(db.app, { tenantId: null, userId: null }, (em) => em.query('SELECT inquiry_version_moved()'))).rejects.toThrow(/no tenant in context/);
      expect(await inquiryVersion(lejreId)).toBe(version);
    });
  });
});
