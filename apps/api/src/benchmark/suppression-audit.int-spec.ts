import { publishBenchmarkSnapshotInContext, refreshTenantBenchmarkInContext, seedDemoBenchmarkSettings } from '@raadgiver/db';
import { BenchmarkFigure, populationInYear, SUPPRESSED_LABEL } from '@raadgiver/domain';
import {
  anInquiry, auditSuppression, cellsFromDownloadRows, cellsFromFigures, PublishedCell, PublishedRolling, rollingFindings, rollingsFromFigures, theTenant,
} from '@raadgiver/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { wholePublicBenchmark } from '../testing/public-benchmark-query';
import { useTestApi } from '../testing/test-api';

// The API, a seeded database clone, a constructed year, then the audit over every year's query and downloads.
jest.setTimeout(120_000);

/** The national outcomes in taxonomy order. */
const OUTCOMES = ['dialogue_strengthened', 'complaint_help', 'reopened', 'criticism', 'resolved_by_advisor', 'rejected_outdated', 'improvement_proposal', 'other'];

/** The year that reproduces the examples, before the demo data's years. */
const YEAR = 2013;


interface PublicBenchmark {
  year: number;
  years: number[];
  tenants: { id: string; name: string }[];
  figures: BenchmarkFigure[];
}

describe('the suppression audit over everything the public benchmark shows', () => {
  const ctx = useTestApi();
  let lyngby: string;

  beforeAll(async () => {
    const { db } = ctx;
    const tenants = Object.fromEntries((await db.admin.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant')).rows.map((r) => [r.slug, r.id]));
    lyngby = tenants['lyngby-taarbaek'];
    await seedDemoBenchmarkSettings(db.app);

    // Lyngby-Taarbæk in 2013, the two examples: 54 complaints, 40 about processing time and 14 about
    // involvement (the old rule published both, so every other category was exactly 0); outcomes 19, 6, five of 5
    // and 4 "other" (the old rule hid the 4 and the last 5, a hidden sum of 9 beside published 5s: so 4 and 5); 26
    // guidance inquiries, 3 of them in a second department area with decided cases, 23 in none.
    const user = (await db.admin.query(`SELECT user_id FROM membership WHERE tenant_id = $1 LIMIT 1`, [lyngby])).rows[0].user_id;
    const categories = [...Array(40).fill('processing_time'), ...Array(14).fill('involvement')];
    const outcomes = [19, 5, 5, 5, 5, 5, 6, 4].flatMap((n, i) => Array(n).fill(OUTCOMES[i]));
    const built = theTenant(db, lyngby)
      .withUnit('Audit Jobcenter', { kind: 'center', validFrom: '2010-01-01', nationalArea: 'employment' })
      .withUnit('Audit Handicap', { kind: 'center', validFrom: '2010-01-01', nationalArea: 'social_adults' })
      .withDecidedCases({ unit: 'Audit Jobcenter', year: YEAR, cases: 4000, by: user })
      .withDecidedCases({ unit: 'Audit Handicap', year: YEAR, cases: 1000, by: user });
    for (const code of new Set(categories)) built.withCategory(`Audit category ${code}`, { nationalCode: code });
    for (const code of new Set(outcomes)) built.withOutcome(`Audit outcome ${code}`, { nationalCode: code });
    const audit = await built.build();
    const employment = audit.units.get('Audit Jobcenter') as string;
    const social = audit.units.get('Audit Handicap') as string;
    for (let i = 0; i < 80; i++) {
      const complaint = i < 54;
      const inquiry = anInquiry(db, lyngby)
        .withReference(`AUDIT-${i}`)
        .withCitizen(`Audit citizen ${i}`, `Audit citizen ${i}`)
        .receivedOn(`${YEAR}-04-01`)
        .firstContactOn(`${YEAR}-04-03`)
        .closedOn(`${YEAR}-04-21`)
        .ofKind(complaint ? 'complaint' : 'guidance')
        .inUnit(complaint ? employment : i < 57 ? social : null);
      if (complaint) inquiry.withOutcome(audit.outcomes.get(`Audit outcome ${outcomes[i]}`) as string).withCategories(audit.categories.get(`Audit category ${categories[i]}`) as string);
      await inquiry.build();
    }
    for (const id of Object.values(tenants)) await refreshTenantBenchmarkInContext(db.app, id);
    await publishBenchmarkSnapshotInContext(db.app);
  });

  async function publicBenchmark(year: number | null): Promise<PublicBenchmark> {
    const result = await wholePublicBenchmark<PublicBenchmark>(ctx.api, year);
    expect(result.errors).toBeUndefined();
    return result.data as PublicBenchmark;
  }

  async function download(year: number, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const response = await fetch(`${ctx.api.url}/benchmark/${year}.${format}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  /** The public GET of the year: the JSON's figures, and the Danish CSV's rows with decimal points for the audit. */
  async function publicFile(year: number, format: 'json' | 'csv'): Promise<Response> {
    const response = await fetch(`${ctx.api.url}/public/benchmark/${year}.${format}`);
    expect(response.status).toBe(200);
    return response;
  }

  const danishCsvRows = (text: string) =>
    (parse(text, { bom: true, delimiter: ';' }) as string[][]).map((row) => row.map((cell, i) => (i >= 5 ? cell.replace(',', '.') : cell)));

  async function xlsxRows(buffer: Buffer): Promise<(string | number | null)[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows: (string | number | null)[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    return rows;
  }

  /** The inhabitants each rate was computed with: public figures (Danmarks Statistik), read here from the table. */
  async function population(): Promise<(tenantId: string, year: number) => number | null> {
    const rows = (await ctx.db.admin.query<{ tenant_id: string; year: number; inhabitants: number }>('SELECT tenant_id, year, inhabitants FROM tenant_population')).rows;
    const byTenant = new Map<string, Map<number, number>>();
    for (const r of rows) byTenant.set(r.tenant_id, (byTenant.get(r.tenant_id) ?? new Map<number, number>()).set(r.year, r.inhabitants));
    return (tenantId, year) => populationInYear(byTenant.get(tenantId) ?? new Map(), year);
  }

  it('hides what the issue found recoverable in the constructed year', async () => {
    const benchmark = await publicBenchmark(YEAR);
    const cell = (metric: string, code: string | null) =>
      benchmark.figures.find((f) => f.metric === metric && f.code === code)?.values.find((v) => v.tenantId === lyngby);
    expect(cell('complaint_share', null)).toMatchObject({ count: 54, value: 67.5, suppressed: false });
    expect(cell('category_share', 'processing_time')).toMatchObject({ count: 40, suppressed: false });
    // The zeros, and the 14 so that they are not known to be 0.
    for (const code of ['involvement', 'note_duty', 'other']) expect(cell('category_share', code)).toMatchObject({ value: null, count: null, suppressed: true, rank: null });
    // The 4 and the 5s, smallest first, until no hidden outcome is pinned by the smallest published count (6).
    expect(cell('outcome_share', 'dialogue_strengthened')).toMatchObject({ count: 19, suppressed: false });
    expect(cell('outcome_share', 'improvement_proposal')).toMatchObject({ count: 6, suppressed: false });
    for (const code of ['complaint_help', 'reopened', 'criticism', 'resolved_by_advisor', 'rejected_outdated', 'other']) {
      expect(cell('outcome_share', code)).toMatchObject({ value: null, count: null, suppressed: true });
    }
    // 3 in a department area, safe beside the 23 registrations in no published area.
    expect(cell('inquiries_per_1000_decided', 'social_adults')).toMatchObject({ count: null, suppressed: true });
    expect(cell('inquiries_per_1000_decided', 'employment')).toMatchObject({ count: 54, suppressed: false });
  });

  it('leaves no suppressed cell pinned, shown or inconsistent over every year of the query, the CSV, the XLSX and the public JSON and CSV', async () => {
    const { years, tenants } = await publicBenchmark(null);
    expect(years).toContain(YEAR);
    expect(years.length).toBeGreaterThan(2);
    const tenantIdOfName = new Map(tenants.map((t) => [t.name, t.id]));
    const cells: PublishedCell[] = [];
    const rollings: PublishedRolling[] = [];
    for (const year of years) {
      const benchmark = await publicBenchmark(year);
      cells.push(...cellsFromFigures(year, benchmark.figures));
      rollings.push(...rollingsFromFigures(year, benchmark.figures));
      const csv = parse((await download(year, 'csv')).toString('utf8'), { bom: true }) as string[][];
      cells.push(...cellsFromDownloadRows(csv, tenantIdOfName, SUPPRESSED_LABEL, `${year}.csv`));
      cells.push(...cellsFromDownloadRows(await xlsxRows(await download(year, 'xlsx')), tenantIdOfName, SUPPRESSED_LABEL, `${year}.xlsx`));
      const json = (await (await publicFile(year, 'json')).json()) as PublicBenchmark;
      expect(json).toEqual(benchmark);
      cells.push(...cellsFromFigures(year, json.figures, `public/${year}.json`));
      cells.push(...cellsFromDownloadRows(danishCsvRows(await (await publicFile(year, 'csv')).text()), tenantIdOfName, SUPPRESSED_LABEL, `public/${year}.csv`));
    }
    const hidden = cells.filter((c) => c.suppressed);
    // The audit has something to look at: hidden cells in every place, from the query's values and trends and both files.
    for (const source of ['benchmark(', 'trend', '.csv', '.xlsx', '.json', '.json trend', 'public/']) expect(hidden.some((c) => c.source.includes(source))).toBe(true);
    // The funnels' points are in it too: their counts must be counts every other place shows.
    for (const kind of ['registrations_per_10000', 'complaints_per_10000', 'complaint_share']) expect(cells.some((c) => c.source.endsWith(`funnel ${kind}`))).toBe(true);
    expect(await auditSuppression(cells, { population: await population() })).toEqual([]);
    // The three-year figures show only sums of shown years.
    expect(rollingFindings(cells, rollings)).toEqual([]);
  });
});
