import { computeReportFigures, fractionProse, InquiryKind, ReportFigures, ReportPeriod, ReportRegistration } from '@raadgiver/domain';
import { createTestDatabase, TestDatabase, theTenant } from '@raadgiver/testing';
import { inContext } from '../index';
import { loadReportInput, LoadReportInputOptions } from './load-registrations';

const year = (y: number): ReportPeriod => ({ from: `${y}-01-01`, to: `${y}-12-31` });

describe('the report figures of the demo data', () => {
  let db: TestDatabase;
  let tenantIds: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    const tenants = await db.admin.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant');
    tenantIds = Object.fromEntries(tenants.rows.map((t) => [t.slug, t.id]));
  });

  afterAll(() => db.drop());

  const figures = (slug: string, period: ReportPeriod, comparison: ReportPeriod | null, options?: LoadReportInputOptions) =>
    inContext(db.app, { tenantId: tenantIds[slug], userId: null }, async (em) =>
      computeReportFigures(await loadReportInput(em, period, comparison, options)),
    );

  const kindShares = (f: ReportFigures, which: 'current' | 'comparison') =>
    Object.fromEntries(f.kinds.map((k) => [k.kind, k.share[which] ? fractionProse(k.share[which]) : null])) as Record<InquiryKind, string>;

  describe('Lejre 2019 against 2018, as in the report\'s "Talmateriale"', () => {
    let lejre: ReportFigures;
    beforeAll(async () => {
      lejre = await figures('lejre', year(2019), year(2018));
    });

    it('has 130 (132) citizens, 192 (174) registrations, 164 main and 28 follow-up cases', () => {
      expect(lejre.citizens).toEqual({ current: 130, comparison: 132 });
      expect(lejre.registrations).toEqual({ current: 192, comparison: 174 });
      expect(lejre.mainCases).toEqual({ current: 164, comparison: 164 });
      expect(lejre.followUps).toEqual({ current: 28, comparison: 10 });
      expect(lejre.complaintMainCases.comparison).toBe(113);
      expect(lejre.complaintFollowUps.comparison).toBe(10);
    });

    it('has 151 (123) complaints at 79 % (71 %), first, and the other kinds at 8 %, 6 % and 5 %', () => {
      expect(lejre.kinds[0].kind).toBe('complaint');
      expect(lejre.kinds[0].count).toEqual({ current: 151, comparison: 123 });
      expect(kindShares(lejre, 'current')).toEqual({ complaint: '79', guidance: '8', wayfinding: '6', information: '5', other: '2' });
      // 2018 computed from the rows: the hand-made "70 %" was 70.7 %, and the rest now adds up.
      expect(kindShares(lejre, 'comparison')).toEqual({ complaint: '71', guidance: '14', wayfinding: '11', information: '3', other: '0' });
    });

    it('folds the small complaint types into "other": 68 problems in six types', () => {
      const { rows, other, total, base } = lejre.complaintCategories;
      expect(rows.map((r) => r.name)).toEqual(['Manglende inddragelse', 'Lang sagsbehandlingstid og manglende svar', 'Notatpligt', 'Vejledningspligt']);
      expect(other.count.current).toBe(68);
      expect(other.foldedEntries.current).toBe(6);
      expect(base).toEqual({ current: 151, comparison: 123 });
      expect(rows.reduce((sum, r) => sum + r.count.current, 0) + other.count.current).toBe(total.current);
      // Long processing time and no answer: 18 % (23 %) of the complaints.
      const slow = rows.find((r) => r.name === 'Lang sagsbehandlingstid og manglende svar');
      expect([fractionProse(slow!.share.current), fractionProse(slow!.share.comparison!)]).toEqual(['18', '23']);
    });

    it('folds the outcomes the same way: three shown, 15 in five others', () => {
      const { rows, other, base } = lejre.complaintOutcomes;
      expect(rows.map((r) => r.name)).toEqual(['Styrket dialog', 'Hjælp til klageprocessen', 'Genoptaget af forvaltningen']);
      expect(other.count.current).toBe(15);
      expect(other.foldedEntries.current).toBe(5);
      expect(base).toEqual({ current: 151, comparison: 123 });
      const reopened = rows[2].count;
      expect(reopened.current).toBeLessThan(reopened.comparison!);
    });

    it('counts per centre and department, adding up to the registrations', () => {
      const { topLevel, units, withoutUnit } = lejre.orgUnits;
      expect(topLevel.map((r) => r.shortName).sort()).toEqual(['CBF', 'CDS', 'CJY', 'CSS', 'CTM']);
      for (const which of ['current', 'comparison'] as const) {
        const withUnit = lejre.registrations[which]! - withoutUnit.count[which]!;
        expect(topLevel.reduce((sum, r) => sum + r.count[which]!, 0)).toBe(withUnit);
        expect(units.reduce((sum, r) => sum + r.count[which]!, 0)).toBe(withUnit);
      }
    });
  });

  describe('Lyngby-Taarbæk 2023 against 1 March–31 December 2022', () => {
    let lyngby: ReportFigures;
    beforeAll(async () => {
      lyngby = await figures('lyngby-taarbaek', year(2023), { from: '2022-03-01', to: '2022-12-31' });
    });

    it('has 266 (220) inquiries', () => {
      expect(lyngby.registrations).toEqual({ current: 266, comparison: 220 });
    });

    it('has CBAK (formerly CUBA) 90, CSI 87 against 44, CSO 33, per centre', () => {
      const centres = Object.fromEntries(lyngby.orgUnits.topLevel.map((r) => [r.shortName, [r.count.current, r.count.comparison]]));
      expect(centres).toEqual({ CBAK: [90, 80], CSI: [87, 44], CSO: [33, 36], CUP: [34, 32] });
      expect(lyngby.orgUnits.withoutUnit.count).toEqual({ current: 22, comparison: 28 });
    });

    it('does not split CUBA/CBAK in two: one row, with its former name', () => {
      const rows = lyngby.orgUnits.topLevel.filter((r) => r.name === 'CBAK' || r.formerNames.includes('Center for Unge, Borgerservice og Arbejdsmarked'));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ name: 'CBAK', shortName: 'CBAK', formerNames: ['Center for Unge, Borgerservice og Arbejdsmarked'] });
      expect(lyngby.orgUnits.units.filter((r) => r.name === 'CBAK')).toHaveLength(1);
      expect(lyngby.orgUnits.units.every((r) => !r.name.startsWith('Center for Unge'))).toBe(true);
    });
  });

  describe('against the same figures computed in SQL', () => {
    const tenants: [string, ReportPeriod, ReportPeriod][] = [
      ['lejre', year(2019), year(2018)],
      ['lyngby-taarbaek', year(2023), { from: '2022-03-01', to: '2022-12-31' }],
      ['norddjurs', year(2024), year(2023)],
    ];

    it.each(tenants)('%s: the same figures from the registrations read row by row as from the loaded columns', async (slug, period, comparison) => {
      const { rows } = await db.admin.query<ReportRegistration>(
        `SELECT i.id, i.citizen_id AS "citizenId", i.received_on::text AS "receivedOn", i.kind, i.main_inquiry_id AS "mainInquiryId",
                i.org_unit_id AS "orgUnitId", i.outcome_id AS "outcomeId", i.first_contact_on::text AS "firstContactOn", i.closed_on::text AS "closedOn",
                ARRAY(SELECT ic.category_id::text FROM inquiry_category ic WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id) AS "categoryIds"
         FROM inquiry i WHERE i.tenant_id = $1 AND (i.received_on BETWEEN $2 AND $3 OR i.received_on BETWEEN $4 AND $5)`,
        [tenantIds[slug], period.from, period.to, comparison.from, comparison.to],
      );
      const input = await inContext(db.app, { tenantId: tenantIds[slug], userId: null }, (em) => loadReportInput(em, period, comparison, { foldThreshold: 0 }));
      expect(input.registrations).toHaveLength(rows.length);
      expect(computeReportFigures(input)).toEqual(computeReportFigures({ ...input, registrations: rows }));
    });

    it.each(tenants)('%s: categories, outcomes and response times', async (slug, period, comparison) => {
      const f = await figures(slug, period, comparison, { foldThreshold: 0 });
      const categories = await db.admin.query<{ name: string; n: number }>(
        `SELECT c.name, count(*)::int AS n FROM inquiry_category ic
         JOIN inquiry i ON i.tenant_id = ic.tenant_id AND i.id = ic.inquiry_id
         JOIN category c ON c.tenant_id = ic.tenant_id AND c.id = ic.category_id
         WHERE i.tenant_id = $1 AND i.kind = 'complaint' AND i.received_on BETWEEN $2 AND $3 GROUP BY 1`,
        [tenantIds[slug], period.from, period.to],
      );
      expect(Object.fromEntries(f.complaintCategories.rows.map((r) => [r.name, r.count.current]))).toEqual(
        Object.fromEntries(categories.rows.map((r) => [r.name, r.n])),
      );
      expect(f.complaintCategories.other.count.current).toBe(0);

      const outcomes = await db.admin.query<{ name: string; n: number }>(
        `SELECT o.name, count(*)::int AS n FROM inquiry i JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id
         WHERE i.tenant_id = $1 AND i.kind = 'complaint' AND i.received_on BETWEEN $2 AND $3 GROUP BY 1`,
        [tenantIds[slug], period.from, period.to],
      );
      expect(Object.fromEntries(f.complaintOutcomes.rows.map((r) => [r.name, r.count.current]))).toEqual(
        Object.fromEntries(outcomes.rows.map((r) => [r.name, r.n])),
      );

      const times = await db.admin.query<{ step: string; measured: number; median: number; p90: number; within: number }>(
        `SELECT step, count(days)::int AS measured, percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float AS median,
                percentile_disc(0.9) WITHIN GROUP (ORDER BY days)::int AS p90,
                count(*) FILTER (WHERE days <= target)::int AS within
         FROM (SELECT 'contact' AS step, first_contact_on - received_on AS days, 10 AS target FROM inquiry
               WHERE tenant_id = $1 AND received_on BETWEEN $2 AND $3 AND first_contact_on IS NOT NULL
               UNION ALL
               SELECT 'close', closed_on - received_on, 30 FROM inquiry
               WHERE tenant_id = $1 AND received_on BETWEEN $2 AND $3 AND closed_on IS NOT NULL) d
         GROUP BY step ORDER BY step`,
        [tenantIds[slug], period.from, period.to],
      );
      expect(f.targets).toEqual({ firstContactDays: 10, closeDays: 30 });
      const engine = (t: ReportFigures['close']['current']) => ({ measured: t.measured, median: t.median, p90: t.p90, within: t.withinTarget.numerator });
      expect(times.rows.map(({ step: _step, ...rest }) => rest)).toEqual([engine(f.close.current), engine(f.firstContact.current)]);
      expect(f.firstContact.current.measured).toBeGreaterThan(0);
    });
  });

  describe('with a unit merged into another', () => {
    it('counts the merged unit\'s registrations under its successor, and a split unit as itself', async () => {
      const lyngby = tenantIds['lyngby-taarbaek'];
      const unitId = async (shortName: string) =>
        (await db.admin.query<{ id: string }>('SELECT id FROM org_unit WHERE tenant_id = $1 AND short_name = $2', [lyngby, shortName])).rows[0].id;
      const [cbak, csi, cso] = [await unitId('CBAK'), await unitId('CSI'), await unitId('CSO')];
      const added = await theTenant(db, lyngby)
        .withUnit('Center for Arbejdsmarked', { kind: 'center', shortName: 'CAM', validFrom: '2022-01-01', validTo: '2022-12-31' })
        .withUnit('Center for Social og Sundhed', { kind: 'center', shortName: 'CSS', validFrom: '2022-01-01', validTo: '2022-12-31' })
        .withUnitLink({ predecessor: 'Center for Arbejdsmarked', successor: cbak, kind: 'merged', effectiveDate: '2023-01-01' })
        .withUnitLink({ predecessor: 'Center for Social og Sundhed', successor: csi, kind: 'split', effectiveDate: '2023-01-01' })
        .withUnitLink({ predecessor: 'Center for Social og Sundhed', successor: cso, kind: 'split', effectiveDate: '2023-01-01' })
        .build();
      const merged = added.units.get('Center for Arbejdsmarked') as string;
      const split = added.units.get('Center for Social og Sundhed') as string;
      // Last year's registrations on the CBAK centre itself were the merged unit's, and five of CSI's the split one's.
      await db.admin.query(`UPDATE inquiry SET org_unit_id = $2 WHERE tenant_id = $1 AND org_unit_id = $3 AND received_on < '2023-01-01'`, [lyngby, merged, cbak]);
      await db.admin.query(
        `UPDATE inquiry SET org_unit_id = $2 WHERE tenant_id = $1 AND id IN (
           SELECT id FROM inquiry WHERE tenant_id = $1 AND org_unit_id = $3 AND received_on < '2023-01-01' ORDER BY reference LIMIT 5)`,
        [lyngby, split, csi],
      );

      const f = await figures('lyngby-taarbaek', year(2023), { from: '2022-03-01', to: '2022-12-31' });
      const centres = Object.fromEntries(f.orgUnits.topLevel.map((r) => [r.shortName, [r.count.current, r.count.comparison]]));
      expect(centres).toEqual({ CBAK: [90, 80], CSI: [87, 39], CSO: [33, 36], CUP: [34, 32], CSS: [0, 5] });
      const cbakRow = f.orgUnits.topLevel.find((r) => r.shortName === 'CBAK');
      expect(cbakRow?.formerNames).toEqual(['Center for Unge, Borgerservice og Arbejdsmarked', 'Center for Arbejdsmarked', 'CAM']);
      expect(f.orgUnits.units.map((r) => r.shortName)).not.toContain('CAM');
    });
  });

  describe('under row-level security', () => {
    it('sees only the tenant in context', async () => {
      const lejreOnLyngbyYears = await figures('lejre', year(2022), { from: '2022-03-01', to: '2022-12-31' });
      expect(lejreOnLyngbyYears.registrations).toEqual({ current: 0, comparison: 0 });
      expect(lejreOnLyngbyYears.firstContact.current.median).toBeNull();
      const input = await inContext(db.app, { tenantId: tenantIds.lejre, userId: null }, (em) => loadReportInput(em, year(2019), null));
      expect(input.orgUnits.map((u) => u.shortName).filter(Boolean).sort()).toEqual(['CBF', 'CDS', 'CJY', 'CSS', 'CTM']);
      expect(input.registrations).toHaveLength(192);
      expect(input.comparison).toBeNull();
    });

    it('refuses to load without a tenant', async () => {
      await expect(inContext(db.app, { tenantId: null, userId: null }, (em) => loadReportInput(em, year(2019), year(2018)))).rejects.toThrow(
        /tenant context/,
      );
    });

    it('uses the tenant\'s own response targets', async () => {
      await db.admin.query(`UPDATE tenant SET settings = settings || '{"responseTargets": {"firstContactDays": 3, "closeDays": 14}}' WHERE slug = 'norddjurs'`);
      const f = await figures('norddjurs', year(2024), null);
      expect(f.targets).toEqual({ firstContactDays: 3, closeDays: 14 });
    });
  });
});
