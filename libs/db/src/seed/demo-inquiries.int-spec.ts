import { inquiryProblems, looksLikeCpr } from '@raadgiver/domain';
import { createTestDatabase, TestDatabase } from '@raadgiver/testing';
import { DEMO_INQUIRY_SEED, DEMO_TENANTS, generateDemoRegistrations, seedDemo } from '../index';

interface Figures {
  total: number;
  citizens: number;
  complaints: number;
  mains: number;
  follow_ups: number;
}

/** The published figures, computed the way a report would: in SQL from the stored rows. */
const FIGURES_SQL = `
  SELECT count(*)::int AS total, count(DISTINCT citizen_id)::int AS citizens,
         count(*) FILTER (WHERE kind = 'complaint')::int AS complaints,
         count(*) FILTER (WHERE main_inquiry_id IS NULL)::int AS mains,
         count(*) FILTER (WHERE main_inquiry_id IS NOT NULL)::int AS follow_ups
  FROM inquiry WHERE tenant_id = $1 AND received_on BETWEEN $2 AND $3`;

/** Registrations and their share of the period, rounded half up to whole per cent, by kind. */
const KINDS_SQL = `
  SELECT kind, count(*)::int AS n, round(100.0 * count(*) / sum(count(*)) OVER ())::int AS pct
  FROM inquiry WHERE tenant_id = $1 AND received_on BETWEEN $2 AND $3 GROUP BY kind ORDER BY kind`;

/** Registrations per centre: the unit itself when it is a centre, else its parent; null for no unit. */
const PER_CENTRE_SQL = `
  SELECT coalesce(c.short_name, '-') AS centre, count(*)::int AS n
  FROM inquiry i
  LEFT JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
  LEFT JOIN org_unit c ON c.tenant_id = i.tenant_id AND c.id = CASE WHEN u.kind = 'center' THEN u.id ELSE u.parent_id END
  WHERE i.tenant_id = $1 AND i.received_on BETWEEN $2 AND $3 GROUP BY 1 ORDER BY 1`;

describe('the demo registrations', () => {
  let db: TestDatabase;
  let tenantIds: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    const tenants = await db.admin.query<{ slug: string; id: string }>('SELECT slug, id FROM tenant');
    tenantIds = Object.fromEntries(tenants.rows.map((t) => [t.slug, t.id]));
  });

  afterAll(() => db.drop());

  const figures = async (slug: string, from: string, to: string): Promise<Figures> =>
    (await db.admin.query<Figures>(FIGURES_SQL, [tenantIds[slug], from, to])).rows[0];
  const kinds = async (slug: string, from: string, to: string) =>
    (await db.admin.query<{ kind: string; n: number; pct: number }>(KINDS_SQL, [tenantIds[slug], from, to])).rows;
  const perCentre = async (from: string, to: string) =>
    Object.fromEntries(
      (await db.admin.query<{ centre: string; n: number }>(PER_CENTRE_SQL, [tenantIds['lyngby-taarbaek'], from, to])).rows.map((r) => [r.centre, r.n]),
    );

  describe('Lejre, as in the 2019 report\'s "Talmateriale"', () => {
    it('2019: 130 citizens, 192 registrations, 151 complaints, 164 main cases and 28 follow-ups', async () => {
      expect(await figures('lejre', '2019-01-01', '2019-12-31')).toEqual({ total: 192, citizens: 130, complaints: 151, mains: 164, follow_ups: 28 });
    });

    it('2019: complaints 79 %, guidance 8 %, wayfinding 6 %, information 5 %, and 3 other', async () => {
      expect(await kinds('lejre', '2019-01-01', '2019-12-31')).toEqual([
        { kind: 'complaint', n: 151, pct: 79 },
        { kind: 'guidance', n: 16, pct: 8 },
        { kind: 'information', n: 10, pct: 5 },
        { kind: 'other', n: 3, pct: 2 },
        { kind: 'wayfinding', n: 12, pct: 6 },
      ]);
    });

    it('2018: 132 citizens, 174 registrations, 123 complaints of which 113 main cases and 10 follow-ups', async () => {
      expect(await figures('lejre', '2018-01-01', '2018-12-31')).toEqual({ total: 174, citizens: 132, complaints: 123, mains: 164, follow_ups: 10 });
      const complaints = await db.admin.query(
        `SELECT count(*) FILTER (WHERE main_inquiry_id IS NULL)::int AS mains, count(*) FILTER (WHERE main_inquiry_id IS NOT NULL)::int AS follow_ups
         FROM inquiry WHERE tenant_id = $1 AND kind = 'complaint' AND received_on BETWEEN '2018-01-01' AND '2018-12-31'`,
        [tenantIds.lejre],
      );
      expect(complaints.rows).toEqual([{ mains: 113, follow_ups: 10 }]);
    });

    it('has nothing outside 2018, 2019 and the recent demo year 2023 (182 registrations, 140 complaints)', async () => {
      const outside = await db.admin.query(
        `SELECT count(*)::int AS n FROM inquiry WHERE tenant_id = $1 AND received_on NOT BETWEEN '2018-01-01' AND '2019-12-31' AND received_on NOT BETWEEN '2023-01-01' AND '2023-12-31'`,
        [tenantIds.lejre],
      );
      expect(outside.rows).toEqual([{ n: 0 }]);
      expect(await figures('lejre', '2023-01-01', '2023-12-31')).toMatchObject({ total: 182, citizens: 124, complaints: 140, follow_ups: 22 });
    });

    it('follows the complaint types and outcomes the report describes', async () => {
      const categories = await db.admin.query<{ year: number; name: string; n: number }>(
        `SELECT extract(year FROM i.received_on)::int AS year, c.name, count(*)::int AS n
         FROM inquiry_category ic JOIN inquiry i ON i.tenant_id = ic.tenant_id AND i.id = ic.inquiry_id
         JOIN category c ON c.tenant_id = ic.tenant_id AND c.id = ic.category_id
         WHERE ic.tenant_id = $1 AND i.kind = 'complaint' GROUP BY 1, 2`,
        [tenantIds.lejre],
      );
      const count = (year: number, name: string) => categories.rows.find((r) => r.year === year && r.name === name)?.n ?? 0;
      // Long processing time and no answer: 23 % of the complaints in 2018, 18 % in 2019.
      expect(Math.round((100 * count(2018, 'Lang sagsbehandlingstid og manglende svar')) / 123)).toBe(23);
      expect(Math.round((100 * count(2019, 'Lang sagsbehandlingstid og manglende svar')) / 151)).toBe(18);
      // More registered lack of involvement, fewer problems with the duty to guide.
      expect(count(2019, 'Manglende inddragelse')).toBeGreaterThan(count(2018, 'Manglende inddragelse'));
      expect(count(2019, 'Vejledningspligt')).toBeLessThan(count(2018, 'Vejledningspligt'));
      // "Other matters": 68 problems in 2019.
      const others = ['Aktindsigt', 'Partshøring', 'Koordineret indsats', 'Åbenhed og tillid', 'Orientering om sagens gang og status', 'Andet'];
      expect(others.reduce((sum, name) => sum + count(2019, name), 0)).toBe(68);

      const outcomes = await db.admin.query<{ year: number; name: string; n: number }>(
        `SELECT extract(year FROM i.received_on)::int AS year, o.name, count(*)::int AS n
         FROM inquiry i JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id
         WHERE i.tenant_id = $1 GROUP BY 1, 2`,
        [tenantIds.lejre],
      );
      const outcome = (year: number, name: string) => outcomes.rows.find((r) => r.year === year && r.name === name)?.n ?? 0;
      const main = ['Styrket dialog', 'Hjælp til klageprocessen', 'Genoptaget af forvaltningen'];
      expect(outcomes.rows.filter((r) => r.year === 2019 && !main.includes(r.name)).reduce((sum, r) => sum + r.n, 0)).toBe(15);
      expect(outcome(2019, 'Genoptaget af forvaltningen')).toBeLessThan(outcome(2018, 'Genoptaget af forvaltningen'));
      expect(outcome(2019, 'Styrket dialog')).toBeGreaterThan(outcome(2018, 'Styrket dialog'));
      expect(outcome(2019, 'Hjælp til klageprocessen')).toBeGreaterThan(outcome(2018, 'Hjælp til klageprocessen'));
      // Every Lejre complaint is closed and has an outcome.
      expect(outcomes.rows.filter((r) => r.year === 2019).reduce((sum, r) => sum + r.n, 0)).toBe(151);
      expect(outcomes.rows.filter((r) => r.year === 2018).reduce((sum, r) => sum + r.n, 0)).toBe(123);
    });
  });

  describe('Lyngby-Taarbæk, as in the 2023 report', () => {
    it('2023: 266 inquiries; CUBA (now CBAK) 90, CSI 87, CSO 33 and 56 elsewhere', async () => {
      const centres = await perCentre('2023-01-01', '2023-12-31');
      expect(centres).toEqual({ CBAK: 90, CSI: 87, CSO: 33, CUP: 34, '-': 22 });
      expect(Object.values(centres).reduce((a, b) => a + b, 0)).toBe(266);
      expect(centres.CUP + centres['-']).toBe(56);
      expect((await figures('lyngby-taarbaek', '2023-01-01', '2023-12-31')).total).toBe(266);
    });

    it('2022, from 1 March: CSI 44 of 220', async () => {
      expect(await perCentre('2022-03-01', '2022-12-31')).toEqual({ CBAK: 80, CSI: 44, CSO: 36, CUP: 32, '-': 28 });
      const outside = await db.admin.query(
        `SELECT count(*)::int AS n FROM inquiry WHERE tenant_id = $1 AND received_on NOT BETWEEN '2022-03-01' AND '2023-12-31'`,
        [tenantIds['lyngby-taarbaek']],
      );
      expect(outside.rows).toEqual([{ n: 0 }]);
    });

    it('puts every CUBA/CBAK inquiry on the one CBAK unit or its departments', async () => {
      const units = await db.admin.query<{ name: string }>(
        `SELECT DISTINCT u.name FROM inquiry i JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
         LEFT JOIN org_unit p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id
         WHERE i.tenant_id = $1 AND 'CBAK' IN (u.short_name, p.short_name) ORDER BY 1`,
        [tenantIds['lyngby-taarbaek']],
      );
      expect(units.rows.map((r) => r.name)).toEqual(['Administration og Udbetaling', 'CBAK', 'Jobcenter', 'Ungeenheden']);
      const cuba = await db.admin.query(`SELECT count(*)::int AS n FROM org_unit WHERE name LIKE 'Center for Unge%'`);
      expect(cuba.rows).toEqual([{ n: 0 }]);
    });

    it('gives CSO mostly wayfinding and guidance, CUBA and CSI mostly complaints', async () => {
      const shares = await db.admin.query<{ centre: string; complaints: number; total: number }>(
        `SELECT c.short_name AS centre, count(*) FILTER (WHERE i.kind = 'complaint')::int AS complaints, count(*)::int AS total
         FROM inquiry i JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
         JOIN org_unit c ON c.tenant_id = u.tenant_id AND c.id = CASE WHEN u.kind = 'center' THEN u.id ELSE u.parent_id END
         WHERE i.tenant_id = $1 AND i.received_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY 1`,
        [tenantIds['lyngby-taarbaek']],
      );
      const share = (centre: string) => {
        const row = shares.rows.find((r) => r.centre === centre);
        return row ? row.complaints / row.total : NaN;
      };
      expect(share('CSO')).toBeLessThan(0.3);
      expect(share('CBAK')).toBeGreaterThan(0.5);
      expect(share('CSI')).toBeGreaterThan(0.5);
    });
  });

  describe('Norddjurs', () => {
    it('has about 150 registrations in 2023 and 170 in 2024, over all six areas', async () => {
      expect((await figures('norddjurs', '2023-01-01', '2023-12-31')).total).toBe(150);
      expect((await figures('norddjurs', '2024-01-01', '2024-12-31')).total).toBe(170);
      const areas = await db.admin.query(
        `SELECT count(DISTINCT coalesce(p.id, u.id))::int AS areas, count(*) FILTER (WHERE i.org_unit_id IS NULL)::int AS without_unit
         FROM inquiry i LEFT JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
         LEFT JOIN org_unit p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id WHERE i.tenant_id = $1`,
        [tenantIds.norddjurs],
      );
      expect(areas.rows).toEqual([{ areas: 6, without_unit: 0 }]);
    });
  });

  describe('in every tenant', () => {
    it('points every follow-up at an earlier main case of the same citizen', async () => {
      const bad = await db.admin.query(
        `SELECT f.reference FROM inquiry f LEFT JOIN inquiry m ON m.tenant_id = f.tenant_id AND m.id = f.main_inquiry_id
         WHERE f.main_inquiry_id IS NOT NULL
           AND (m.id IS NULL OR m.citizen_id <> f.citizen_id OR m.received_on >= f.received_on OR m.main_inquiry_id IS NOT NULL
                OR m.reference >= f.reference)`,
      );
      expect(bad.rows).toEqual([]);
      const followUps = await db.admin.query(`SELECT count(*)::int AS n FROM inquiry WHERE main_inquiry_id IS NOT NULL`);
      expect(followUps.rows[0].n).toBeGreaterThan(28);
    });

    it('gives every complaint a category and outcomes only to closed complaints', async () => {
      const uncategorised = await db.admin.query(
        `SELECT i.reference FROM inquiry i WHERE i.kind = 'complaint'
           AND NOT EXISTS (SELECT 1 FROM inquiry_category ic WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id)`,
      );
      expect(uncategorised.rows).toEqual([]);
      const misplaced = await db.admin.query(
        `SELECT reference FROM inquiry WHERE outcome_id IS NOT NULL AND (kind <> 'complaint' OR closed_on IS NULL)
         UNION ALL SELECT reference FROM inquiry WHERE kind = 'complaint' AND closed_on IS NOT NULL AND outcome_id IS NULL`,
      );
      expect(misplaced.rows).toEqual([]);
    });

    it('has references by tenant and year, statuses that follow the closed date, and plausible response times', async () => {
      const rows = await db.admin.query<{
        slug: string;
        reference: string;
        year: number;
        status: string;
        contact: number | null;
        close: number | null;
      }>(
        `SELECT t.slug, i.reference, extract(year FROM i.received_on)::int AS year, i.status,
                i.first_contact_on - i.received_on AS contact, i.closed_on - i.received_on AS close
         FROM inquiry i JOIN tenant t ON t.id = i.tenant_id`,
      );
      const prefix: Record<string, string> = { lejre: 'LEJ', 'lyngby-taarbaek': 'LTK', norddjurs: 'NDJ' };
      for (const row of rows.rows) {
        expect(row.reference).toMatch(new RegExp(`^${prefix[row.slug]}-${row.year}-\\d{4}$`));
        expect(row.status).toBe(row.close === null ? 'open' : 'closed');
        if (row.close !== null) {
          expect(row.close).toBeGreaterThanOrEqual(1);
          expect(row.close).toBeLessThanOrEqual(60);
        }
      }
      const contacts = rows.rows.filter((r) => r.contact !== null).map((r) => r.contact as number);
      const withinTarget = contacts.filter((d) => d >= 2 && d <= 10).length;
      expect(withinTarget / contacts.length).toBeGreaterThan(0.7);
      expect(contacts.some((d) => d > 10)).toBe(true);
      const open = rows.rows.filter((r) => r.status === 'open').map((r) => `${r.slug} ${r.year}`);
      expect([...new Set(open)].sort()).toEqual(['lyngby-taarbaek 2023', 'norddjurs 2024']);
    });

    it('uses pseudonyms for citizens and writes no CPR-shaped number in a summary', async () => {
      const citizens = await db.admin.query(`SELECT count(*)::int AS n FROM citizen WHERE display_name !~ '^Borger \\d{4}$'`);
      expect(citizens.rows).toEqual([{ n: 0 }]);
      const cprLike = await db.admin.query(`SELECT count(*)::int AS n FROM inquiry WHERE summary ~ '\\d{6}-?\\d{4}' OR summary = ''`);
      expect(cprLike.rows).toEqual([{ n: 0 }]);
    });

    it('stores exactly what the generator produces', async () => {
      for (const tenant of DEMO_TENANTS) {
        const generated = generateDemoRegistrations(tenant).inquiries;
        const stored = await db.admin.query(
          `SELECT i.reference, i.received_on::text AS "receivedOn", i.channel, c.reference AS "citizenReference", i.kind,
                  u.name AS "orgUnit",
                  coalesce((SELECT array_agg(k.name) FROM inquiry_category ic
                            JOIN category k ON k.tenant_id = ic.tenant_id AND k.id = ic.category_id
                            WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id), '{}') AS categories,
                  o.name AS outcome, m.reference AS "mainReference", i.first_contact_on::text AS "firstContactOn",
                  i.closed_on::text AS "closedOn", i.status, i.summary
           FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
           LEFT JOIN org_unit u ON u.tenant_id = i.tenant_id AND u.id = i.org_unit_id
           LEFT JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id
           LEFT JOIN inquiry m ON m.tenant_id = i.tenant_id AND m.id = i.main_inquiry_id
           WHERE i.tenant_id = $1 ORDER BY i.reference`,
          [tenantIds[tenant.slug]],
        );
        const byName = (rows: { reference: string; categories: string[] }[]) =>
          rows.map((row) => ({ ...row, categories: [...row.categories].sort() })).sort((a, b) => (a.reference < b.reference ? -1 : 1));
        expect(byName(stored.rows)).toEqual(byName(generated));
      }
    });
  });

  describe('the generator', () => {
    it('is a pure function of the seed', () => {
      for (const tenant of DEMO_TENANTS) {
        expect(generateDemoRegistrations(tenant, DEMO_INQUIRY_SEED)).toEqual(generateDemoRegistrations(tenant, DEMO_INQUIRY_SEED));
        expect(generateDemoRegistrations(tenant, 7)).not.toEqual(generateDemoRegistrations(tenant, DEMO_INQUIRY_SEED));
      }
    });

    it('writes only registrations the shared inquiry rules accept, with no CPR-like summary', () => {
      for (const tenant of DEMO_TENANTS) {
        for (const row of generateDemoRegistrations(tenant).inquiries) {
          const draft = { ...row, orgUnitId: row.orgUnit, categoryIds: row.categories, outcomeId: row.outcome, mainInquiryId: row.mainReference };
          expect([row.reference, inquiryProblems(draft)]).toEqual([row.reference, []]);
          expect(looksLikeCpr(row.summary)).toBe(false);
        }
      }
    });

    it('reproduces the figures with any seed', () => {
      for (const seed of [1, 2, 3, 42, 4711]) {
        for (const tenant of DEMO_TENANTS) {
          const { inquiries } = generateDemoRegistrations(tenant, seed);
          for (const year of tenant.registrations) {
            const rows = inquiries.filter((r) => r.receivedOn >= year.from && r.receivedOn <= year.to);
            const expectedTotal = year.groups.reduce((sum, g) => sum + Object.values(g.kinds).reduce((a, b) => a + (b ?? 0), 0), 0);
            expect(rows).toHaveLength(expectedTotal);
            expect(new Set(rows.map((r) => r.citizenReference)).size).toBe(year.citizens);
            expect(rows.filter((r) => r.mainReference !== null)).toHaveLength(year.followUps);
            expect(rows.filter((r) => r.kind === 'complaint' && r.categories.length === 0)).toEqual([]);
          }
        }
      }
    });
  });

  describe('seeding', () => {
    it('adds the registrations again once they are gone, and then nothing on a second run', async () => {
      await db.admin.query('DELETE FROM learning_entry; DELETE FROM inquiry_category; DELETE FROM inquiry; DELETE FROM citizen');
      const expected = DEMO_TENANTS.map((t) => generateDemoRegistrations(t)).reduce(
        (sum, r) => ({
          citizen: sum.citizen + r.citizens.length,
          inquiry: sum.inquiry + r.inquiries.length,
          inquiry_category: sum.inquiry_category + r.inquiries.reduce((n, i) => n + i.categories.length, 0),
        }),
        { citizen: 0, inquiry: 0, inquiry_category: 0 },
      );
      const first = await seedDemo(db.app);
      expect(first.inserted).toMatchObject(expected);
      const second = await seedDemo(db.app);
      expect(second.inserted).toMatchObject({ citizen: 0, inquiry: 0, inquiry_category: 0 });
      expect(await figures('lejre', '2019-01-01', '2019-12-31')).toEqual({ total: 192, citizens: 130, complaints: 151, mains: 164, follow_ups: 28 });
    });
  });
});
