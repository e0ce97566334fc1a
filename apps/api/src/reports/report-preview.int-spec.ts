import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const COUNT = 'count { current comparison }';
const SHARE = 'share { current { numerator denominator prose table da: table(locale: DA) } comparison { prose table } }';
const ROWS = `rows { id name ${COUNT} ${SHARE} } other { ${COUNT} ${SHARE} foldedEntries { current comparison } } total { current comparison } base { current comparison }`;
const UNIT = `id name shortName formerNames ${COUNT} ${SHARE}`;
const TIMES = 'current { measured median p90 withinTarget { prose } } comparison { measured median p90 }';
const PREVIEW = `query P($period: PeriodInput!, $comparison: PeriodInput) {
  reportPreview(period: $period, comparison: $comparison) {
    period { from to } comparison { from to } targets { firstContactDays closeDays } foldThreshold
    citizens { current comparison } registrations { current comparison } mainCases { current comparison } followUps { current comparison }
    complaintMainCases { current comparison } complaintFollowUps { current comparison }
    kinds { kind ${COUNT} ${SHARE} }
    complaintCategories { ${ROWS} } complaintOutcomes { ${ROWS} }
    orgUnits { units { ${UNIT} } topLevel { ${UNIT} } withoutUnit { ${COUNT} ${SHARE} } }
    firstContact { ${TIMES} } close { ${TIMES} }
  } }`;

type Compared = { current: number; comparison: number | null };
type Share = { current: { numerator: number; denominator: number; prose: string; table: string; da: string }; comparison: { prose: string; table: string } | null };
interface Row { id: string; name: string; shortName: string | null; formerNames: string[]; count: Compared; share: Share }
interface Figures {
  period: { from: string; to: string };
  comparison: { from: string; to: string } | null;
  citizens: Compared;
  registrations: Compared;
  mainCases: Compared;
  followUps: Compared;
  kinds: { kind: string; count: Compared; share: Share }[];
  complaintCategories: { rows: Row[]; other: { count: Compared; foldedEntries: Compared }; total: Compared; base: Compared };
  complaintOutcomes: { rows: Row[]; other: { count: Compared; foldedEntries: Compared } };
  orgUnits: { units: Row[]; topLevel: Row[]; withoutUnit: { count: Compared } };
  firstContact: { current: { measured: number; median: number | null } };
}

const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

describe('the live report preview through GraphQL', () => {
  let db: TestDatabase;
  let api: TestApi;
  let lejreAdvisor: Session;
  let lyngbyAdvisor: Session;
  let council: Session;
  let contact: Session;

  const preview = async (session: Session, period: unknown, comparison?: unknown) => {
    const result = await api.gql<{ reportPreview: Figures }>(PREVIEW, { period, comparison }, session);
    return result;
  };
  const figures = async (session: Session, period: unknown, comparison?: unknown) => {
    const result = await preview(session, period, comparison);
    expect(result.errors).toBeUndefined();
    return result.data!.reportPreview;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApi(db);
    lejreAdvisor = await api.login('advisor@lejre.demo');
    lyngbyAdvisor = await api.login('advisor@lyngby-taarbaek.demo');
    council = await api.login('council@lejre.demo');
    contact = await api.login('contact@lejre.demo');
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('gives the Lejre 2019 figures against 2018, as in the report', async () => {
    const f = await figures(lejreAdvisor, year(2019), year(2018));
    expect(f.period).toEqual(year(2019));
    expect(f.comparison).toEqual(year(2018));
    expect(f.citizens).toEqual({ current: 130, comparison: 132 });
    expect(f.registrations).toEqual({ current: 192, comparison: 174 });
    expect(f.mainCases.current).toBe(164);
    expect(f.followUps.current).toBe(28);
    const [complaints, ...others] = f.kinds;
    expect(complaints.kind).toBe('COMPLAINT');
    expect(complaints.count).toEqual({ current: 151, comparison: 123 });
    expect([complaints.share.current.prose, complaints.share.comparison!.prose]).toEqual(['79', '71']);
    expect(complaints.share.current).toMatchObject({ numerator: 151, denominator: 192, table: '78.6', da: '78,6' });
    expect(complaints.share.comparison!.table).toBe('70.7');
    expect(others.map((k) => [k.kind, k.share.current.prose])).toEqual([
      ['GUIDANCE', '8'], ['WAYFINDING', '6'], ['INFORMATION', '5'], ['OTHER', '2'],
    ]);
    const categories = f.complaintCategories;
    expect(categories.rows).toHaveLength(4);
    expect(categories.other.count.current).toBe(68);
    expect(categories.other.foldedEntries.current).toBe(6);
    expect(categories.rows.reduce((sum, r) => sum + r.count.current, 0) + categories.other.count.current).toBe(categories.total.current);
    expect(categories.base).toEqual({ current: 151, comparison: 123 });
    expect(f.complaintOutcomes.rows.map((r) => r.name)).toEqual(['Styrket dialog', 'Hjælp til klageprocessen', 'Genoptaget af forvaltningen']);
    expect(f.complaintOutcomes.other.count.current).toBe(15);
    expect(f.orgUnits.topLevel.map((r) => r.shortName).sort()).toEqual(['CBF', 'CDS', 'CJY', 'CSS', 'CTM']);
    expect(f.firstContact.current.measured).toBeGreaterThan(0);
  });

  it('gives Lyngby-Taarbæk 2023 against 1 March–31 December 2022, with CUBA/CBAK as one row', async () => {
    const f = await figures(lyngbyAdvisor, year(2023), { from: '2022-03-01', to: '2022-12-31' });
    expect(f.registrations.current).toBe(266);
    const centres = Object.fromEntries(f.orgUnits.topLevel.map((r) => [r.shortName, [r.count.current, r.count.comparison]]));
    expect(centres).toMatchObject({ CBAK: [90, 80], CSI: [87, 44], CSO: [33, 36] });
    const cbak = f.orgUnits.topLevel.filter((r) => r.name === 'CBAK' || r.formerNames.includes('Center for Unge, Borgerservice og Arbejdsmarked'));
    expect(cbak).toHaveLength(1);
    expect(cbak[0].formerNames).toEqual(['Center for Unge, Borgerservice og Arbejdsmarked']);
  });

  it("shows registrations per 1,000 decided cases beside a department once the tenant admin entered its volumes", async () => {
    const admin = await api.login('admin@lyngby-taarbaek.demo');
    const units = await api.gql<{ orgUnits: { id: string; shortName: string | null }[] }>('{ orgUnits { id shortName } }', {}, admin);
    const csi = units.data!.orgUnits.find((u) => u.shortName === 'CSI')!.id;
    const SET = 'mutation S($input: SetDecidedCasesInput!) { setDecidedCases(input: $input) { decidedCases } }';
    for (const [year, decidedCases] of [[2023, 1_450], [2022, 1_100]]) {
      expect((await api.gql(SET, { input: { orgUnitId: csi, year, decidedCases } }, admin)).errors).toBeUndefined();
    }
    const result = await api.gql<{ reportPreview: { orgUnits: { topLevel: { shortName: string | null; count: Compared; decidedCases: { current: number | null; comparison: number | null }; perThousandDecidedCases: { current: number | null; comparison: number | null } }[] } } }>(
      `query P($period: PeriodInput!, $comparison: PeriodInput) { reportPreview(period: $period, comparison: $comparison) {
        orgUnits { topLevel { shortName count { current comparison } decidedCases { current comparison } perThousandDecidedCases { current comparison } } } } }`,
      { period: year(2023), comparison: { from: '2022-03-01', to: '2022-12-31' } },
      lyngbyAdvisor,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.reportPreview.orgUnits.topLevel;
    // CSI: 87 of 1,450 decided cases = 60.0 per 1,000; 44 of 1,100 in 2022 = 40.0. CSO has no volumes: no figure.
    expect(rows.find((r) => r.shortName === 'CSI')).toMatchObject({
      count: { current: 87, comparison: 44 },
      decidedCases: { current: 1_450, comparison: 1_100 },
      perThousandDecidedCases: { current: 60, comparison: 40 },
    });
    expect(rows.find((r) => r.shortName === 'CSO')?.perThousandDecidedCases).toEqual({ current: null, comparison: null });
  });

  it('works without a comparison period, and is audited with the periods', async () => {
    const f = await figures(lejreAdvisor, year(2019));
    expect(f.comparison).toBeNull();
    expect(f.registrations).toEqual({ current: 192, comparison: null });
    expect(f.kinds[0].share.comparison).toBeNull();
    const audits = await db.admin.query(
      `SELECT a.details FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'report.previewed' AND u.email = 'advisor@lejre.demo'`,
    );
    expect(audits.rows.map((r) => r.details)).toContainEqual({ period: year(2019), comparison: null });
  });

  it('refuses a council viewer the operation itself, for a year as for a single day: council viewers read published reports', async () => {
    for (const period of [year(2019), { from: '2019-03-04', to: '2019-03-04' }]) {
      const result = await preview(council, period);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const audits = await db.admin.query(
      `SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.user_id WHERE a.action = 'report.previewed' AND u.email = 'council@lejre.demo'`,
    );
    expect(audits.rows[0].n).toBe(0);
    // Their own reading stays open: the list of (published) reports.
    const reports = await api.gql<{ reports: unknown[] }>('{ reports { id status } }', {}, council);
    expect(reports.errors).toBeUndefined();
    expect(Array.isArray(reports.data?.reports)).toBe(true);
  });

  it('sees only the tenant of the caller', async () => {
    const f = await figures(lyngbyAdvisor, year(2019), year(2018));
    expect(f.registrations).toEqual({ current: 0, comparison: 0 });
    expect(f.firstContact.current.median).toBeNull();
  });

  it('refuses a department contact', async () => {
    const result = await preview(contact, year(2019));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    [{ from: '2019-13-01', to: '2019-12-31' }, undefined, 'period.from'],
    [{ from: '2019-01-01', to: '31-12-2019' }, undefined, 'period.to'],
    [{ from: '2019-02-30', to: '2019-12-31' }, undefined, 'period.from'],
    [{ from: '2019-12-31', to: '2019-01-01' }, undefined, 'period.to'],
    [{ from: '2017-01-01', to: '2019-01-01' }, undefined, 'period.to'],
    [year(2019), { from: '2018-01-01', to: '' }, 'comparison.to'],
    [year(2019), { from: '2018-06-01', to: '2018-05-31' }, 'comparison.to'],
  ])('rejects %j / %j naming %s', async (period, comparison, field) => {
    const result = await preview(lejreAdvisor, period, comparison);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts a period of exactly two years', async () => {
    const f = await figures(lejreAdvisor, { from: '2018-01-01', to: '2019-12-31' });
    expect(f.registrations.current).toBe(192 + 174);
  });
});
