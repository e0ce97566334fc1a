import { randomUUID } from 'node:crypto';
import { Session, useTestApi } from '../testing/test-api';

interface Page {
  edges: { cursor: string; node: { id: string; title: string; reportId: string } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
const PAGE = 'query P($first: Int!, $after: String) { myRecommendations(first: $first, after: $after) { edges { cursor node { id title reportId } } pageInfo { endCursor hasNextPage } } }';

describe('the department contact’s recommendations, a page at a time', () => {
  const t = useTestApi();
  let contact: Session;
  let tenantId: string;

  const page = async (session: Session, first: number, after: string | null = null): Promise<Page> => {
    const result = await t.api.gql<{ myRecommendations: Page }>(PAGE, { first, after }, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.myRecommendations;
  };
  /** Every recommendation the session may see, page after page of `first`. */
  const walk = async (session: Session, first: number) => {
    const all: Page['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const current = await page(session, first, after);
      expect(current.edges.length).toBeLessThanOrEqual(first);
      all.push(...current.edges.map((edge) => edge.node));
      if (!current.pageInfo.hasNextPage) return all;
      expect(current.edges).toHaveLength(first);
      after = current.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  };

  beforeAll(async () => {
    contact = await t.api.login('contact@norddjurs.demo');
    tenantId = (await t.db.admin.query(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id;
    // Five more recommendations to Socialområdet in the contact's newest published report, three with the same place
    // and title (only the id tells them apart), so that page boundaries fall inside a report and inside a tie.
    const [report] = (await t.db.admin.query(`SELECT id FROM report WHERE tenant_id = $1 AND status = 'published' ORDER BY period_from DESC LIMIT 1`, [tenantId])).rows;
    const [social] = (await t.db.admin.query(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = 'Socialområdet'`, [tenantId])).rows;
    for (const [title, sortOrder] of [['Samme plads', 7], ['Samme plads', 7], ['Samme plads', 7], ['Før de andre', -1], ['Sidst', 99]] as const) {
      const [row] = (await t.db.admin.query(`INSERT INTO recommendation (tenant_id, report_id, title, sort_order) VALUES ($1, $2, $3, $4) RETURNING id`, [tenantId, report.id, title, sortOrder])).rows;
      await t.db.admin.query(`INSERT INTO recommendation_org_unit (tenant_id, recommendation_id, org_unit_id) VALUES ($1, $2, $3)`, [tenantId, row.id, social.id]);
    }
  });

  it('walks the whole list once in pages of any size, in the order of one large page: newest report first, each report in its own order', async () => {
    const everything = await walk(contact, 100);
    expect(everything.length).toBeGreaterThanOrEqual(7);
    expect(new Set(everything.map((r) => r.id)).size).toBe(everything.length);
    const titles = everything.map((r) => r.title);
    expect(titles.indexOf('Før de andre')).toBeLessThan(titles.indexOf('Samme plads'));
    expect(titles.indexOf('Samme plads')).toBeLessThan(titles.indexOf('Sidst'));
    for (const size of [1, 2, 3]) expect((await walk(contact, size)).map((r) => r.id)).toEqual(everything.map((r) => r.id));
    // After the last row: an empty page without a next one.
    const all = await page(contact, 100);
    const beyond = await page(contact, 5, all.pageInfo.endCursor);
    expect(beyond).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false } });
    // One audit row per page read, with the rows it showed.
    const audit = await t.db.admin.query(
      `SELECT details FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'recommendation.department_list' AND u.email = 'contact@norddjurs.demo' ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1`,
    );
    expect(audit.rows).toEqual([{ details: { rows: 0 } }]);
  });

  it('shows another municipality’s contact none of them, also given this contact’s cursor', async () => {
    const mine = (await walk(contact, 100)).map((r) => r.id);
    const first = await page(contact, 1);
    const other = await t.api.login('contact@lejre.demo');
    const theirs = [...(await walk(other, 100)), ...(await page(other, 100, first.pageInfo.endCursor)).edges.map((edge) => edge.node)];
    for (const recommendation of theirs) expect(mine).not.toContain(recommendation.id);
  });

  it('refuses a page size out of range and a cursor it did not give, in Danish at the argument', async () => {
    const tooMany = await t.api.gql(PAGE, { first: 101 }, contact);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(tooMany.errors?.[0].message).toBe('Antal skal være mellem 1 og 100');
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [
      'nonsense',
      forged(['2024-01-01', randomUUID()]),
      forged(['ikke en dag', '2024-12-31', randomUUID(), 0, 'x', randomUUID()]),
      forged(['2024-01-01', '2024-12-31', randomUUID(), 'nul', 'x', randomUUID()]),
      forged(['2024-01-01', '2024-12-31', randomUUID(), 0, 'x', 'ikke et id']),
    ]) {
      const bad = await t.api.gql(PAGE, { first: 10, after }, contact);
      expect(bad.data).toBeNull();
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after', messageCode: 'not_a_cursor' } });
      expect(bad.errors?.[0].message).not.toMatch(/cursor/i);
    }
  });
});
