import { INestApplicationContext } from '@nestjs/common';
import {
  bootstrapDatabase, BenchmarkData, createDataSource, dropDatabase, inContext, loadBenchmarkData, loadReportInput, migrate, qb, refreshTenantBenchmarkInContext, runWrite,
} from '@raadgiver/db';
import { computeReportFigures, ReportFigures } from '@raadgiver/domain';
import {
  adminDatabaseUrl, aLearningEntry, anInquiry, aReport, createTestDatabase, redisUrl, TestDatabase, theTenant, uniqueName,
} from '@raadgiver/testing';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import JSZip from 'jszip';
import { DatabaseConnection } from '../database/database.module';
import { createWorkerApp } from '../worker';
import { CHECKSUM_FILE } from './archive-contents';
import { ArchivePackageService } from './archive-package.service';

const ROOT = resolve(__dirname, '../../../..');
const TOOL = 'tools/db/restore-tenant-export.ts';
const FAKE_PDF = Buffer.from('%PDF-1.7\n% the 2021 report\n%%EOF\n');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The tables a restore writes, counted past row-level security: all zero in an installation without the municipality. */
const RESTORED_TABLES = ['tenant', 'app_user', 'membership', 'org_unit', 'org_unit_event', 'category', 'outcome', 'citizen', 'inquiry', 'inquiry_category', 'report', 'audit_event'];

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the restore command as an operator would, against the target's owner connection. */
function restoreCommand(packageFile: string, databaseUrl: string): Promise<ToolRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', TOOL, packageFile],
      { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: databaseUrl }, timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** The package with one file changed; the checksum list left as it was, or made anew to match. */
async function altered(zipBytes: Buffer, path: string, change: (text: string) => string, resum: boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  const text = change(await zip.file(path)!.async('string'));
  zip.file(path, text);
  if (resum) {
    const list = (await zip.file(CHECKSUM_FILE)!.async('string')).replace(/^[0-9a-f]{64} {2}(.+)$/gm, (line, file: string) =>
      file === path ? `${sha256(Buffer.from(text, 'utf8'))}  ${file}` : line,
    );
    zip.file(CHECKSUM_FILE, list);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe("a municipality's full export imports into an empty installation and gives identical figures", () => {
  let source: TestDatabase;
  let app: INestApplicationContext;
  let tenantId: string;
  let years: number[];
  let zipBytes: Buffer;
  let dir: string;
  let target: { name: string; ownerUrl: string; app: DataSource; admin: Client };

  const figuresOf = (ds: DataSource): Promise<Record<number, ReportFigures>> =>
    inContext(ds, { tenantId, userId: null }, async (em) => {
      const byYear: Record<number, ReportFigures> = {};
      for (const y of years) {
        byYear[y] = computeReportFigures(await loadReportInput(em, { from: `${y}-01-01`, to: `${y}-12-31` }, { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` }));
      }
      return byYear;
    });

  /** The benchmark as the product reads it, for this municipality only. */
  const benchmarkOf = async (ds: DataSource) => {
    const data: BenchmarkData = await inContext(ds, { tenantId: null, userId: null }, loadBenchmarkData);
    return {
      taxonomyVersion: data.taxonomyVersion,
      tenant: data.tenants.find((t) => t.id === tenantId),
      periods: data.periods.filter((p) => p.tenantId === tenantId),
      counts: data.counts.filter((c) => c.tenantId === tenantId),
      comments: data.comments.filter((c) => c.tenantId === tenantId),
    };
  };

  const targetCounts = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const table of RESTORED_TABLES) counts[table] = Number((await target.admin.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return counts;
  };

  const packageFile = async (name: string, bytes: Buffer): Promise<string> => {
    const file = join(dir, name);
    await writeFile(file, bytes);
    return file;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'raadgiver-restore-'));
    source = await createTestDatabase({ poolSize: 2 });
    const { rows } = await source.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'lyngby-taarbaek' AND m.role = 'tenant_admin' LIMIT 1`,
    );
    tenantId = rows[0].tenant_id;
    const adminId = rows[0].user_id;

    // The seeded Lyngby-Taarbæk (units, one renamed, catalogue, two years of registrations, published reports with
    // recommendations and follow-up), and more of its own: a new centre with departments, a merger and a move, decided
    // cases, catalogue entries, 2021's registrations with durations and a follow-up, one this year, a learning entry, a
    // published 2021 report with its document, and a category moved to another national code.
    const built = await theTenant(source, tenantId)
      .withUnit('Center for Genindlæsning', { kind: 'center', shortName: 'CGI', nationalArea: 'employment', validFrom: '2020-01-01' })
      .withUnit('Afdeling for Arkiver', { parent: 'Center for Genindlæsning', nationalArea: 'social_adults', validFrom: '2020-01-01' })
      .withUnit('Afdeling for Kopier', { parent: 'Center for Genindlæsning', validFrom: '2020-01-01', validTo: '2021-06-30' })
      .withUnitLink({ predecessor: 'Afdeling for Kopier', successor: 'Afdeling for Arkiver', kind: 'merged', effectiveDate: '2021-07-01' })
      .withUnitEvent({ unit: 'Afdeling for Kopier', action: 'merged', effectiveDate: '2021-07-01' })
      .withDecidedCases({ unit: 'Afdeling for Arkiver', year: 2021, cases: 1234, by: adminId })
      .withCategory('Genindlæst kategori', { nationalCode: 'other', sortOrder: 99 })
      .withOutcome('Genindlæst udfald', { nationalCode: 'other', sortOrder: 99 })
      .build();
    const arkiver = built.units.get('Afdeling for Arkiver')!;
    const kopier = built.units.get('Afdeling for Kopier')!;
    const category = built.categories.get('Genindlæst kategori')!;
    const outcome = built.outcomes.get('Genindlæst udfald')!;
    const main = await anInquiry(source, tenantId).withReference('R-2021-1').withCitizen('B-R-1', 'Åse Ærø').receivedOn('2021-02-01').ofKind('complaint')
      .inUnit(arkiver).withCategories(category).withOutcome(outcome).firstContactOn('2021-02-03').closedOn('2021-03-15').withStatus('closed').build();
    await anInquiry(source, tenantId).withReference('R-2021-2').forCitizen(main.citizenId).receivedOn('2021-04-01').ofKind('complaint').followingUp(main.id)
      .inUnit(kopier).withCategories(category).firstContactOn('2021-04-02').build();
    await anInquiry(source, tenantId).withReference('R-2021-3').withCitizen('B-R-2').receivedOn('2021-11-20').ofKind('guidance').via('letter').build();
    await anInquiry(source, tenantId).withReference('R-NOW-1').withCitizen('B-R-3').receivedOn(new Date().toISOString().slice(0, 10)).inUnit(arkiver).build();
    // The category moves to a national code: the change is kept (national_mapping_change) and marks this year's benchmark.
    await inContext(source.app, { tenantId, userId: adminId }, async (em) => {
      await runWrite(em, qb.updateTable('category').set({ national_code: 'processing_time' }).where('id', '=', category));
      // Response targets of its own, which the figures measure against.
      await runWrite(em, qb.updateTable('tenant').set({ settings: JSON.stringify({ responseTargets: { firstContactDays: 4, closeDays: 17 } }) }).where('id', '=', tenantId));
    });
    await aLearningEntry(source, tenantId, { inquiryId: main.id, orgUnitId: arkiver, authorId: adminId }).saying({ whatWentWrong: 'Svaret kom for sent' }).build();
    const report = await aReport(source, tenantId, adminId).forYear(2021).comparedWith(2020).published().withVersion({ version: 1, status: 'ready', progress: 100, figures: { registrations: 3 } })
      .withRecommendation({ title: 'Svar hurtigere', units: [arkiver], followUps: [{ unit: arkiver, text: 'Vi svarer nu inden for ti dage' }] })
      .build();
    await source.admin.query(`INSERT INTO report_document (tenant_id, report_id, version, format, content, byte_size, sha256) VALUES ($1, $2, 1, 'pdf', $3, $4, $5)`, [
      tenantId, report.id, FAKE_PDF, FAKE_PDF.length, sha256(FAKE_PDF),
    ]);
    // The benchmark job's refresh after the changes, so the source's aggregates are current.
    await refreshTenantBenchmarkInContext(source.app, tenantId);
    years = (await source.admin.query<{ y: number }>(`SELECT DISTINCT extract(year FROM received_on)::int AS y FROM inquiry WHERE tenant_id = $1 ORDER BY 1`, [tenantId])).rows.map((r) => r.y);

    // The export, made by the worker's own job code.
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: source.appUrl, queuePrefix: uniqueName('test_restore'), concurrency: 1, lockMs: 30_000 }, { logger: false });
    await app.get(DatabaseConnection).open();
    const [{ id: packageId }] = (
      await source.admin.query<{ id: string }>(
        `INSERT INTO archive_package (tenant_id, scope, period_from, period_to, requested_by) VALUES ($1, 'everything', '2000-01-01', '2030-12-31', $2) RETURNING id`,
        [tenantId, adminId],
      )
    ).rows;
    await app.get(ArchivePackageService).build(tenantId, packageId);
    zipBytes = (await source.admin.query<{ content: Buffer }>('SELECT content FROM archive_package WHERE id = $1', [packageId])).rows[0].content;

    // A second installation: migrated, with its reference data, without any municipality.
    const name = uniqueName('raadgiver_restore');
    const urls = await bootstrapDatabase({ adminUrl: adminDatabaseUrl(), database: name });
    await migrate(urls.ownerUrl);
    const ds = createDataSource({ url: urls.appUrl, poolSize: 2, applicationName: 'raadgiver-test' });
    await ds.initialize();
    const adminUrl = new URL(adminDatabaseUrl());
    adminUrl.pathname = `/${name}`;
    const admin = new Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    target = { name, ownerUrl: urls.ownerUrl, app: ds, admin };
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await target?.app.destroy();
    await target?.admin.end();
    if (target) await dropDatabase(adminDatabaseUrl(), target.name);
    await source?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a package whose checksum does not match, naming the file, and stores nothing', async () => {
    const damaged = await altered(zipBytes, 'tables/inquiry.csv', (csv) => csv.replace('R-2021-3', 'R-2021-9'), false);
    const run = await restoreCommand(await packageFile('damaged.zip', damaged), target.ownerUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tables/inquiry.csv does not match its checksum');
    expect(Object.values(await targetCounts()).every((n) => n === 0)).toBe(true);
  }, 120_000);

  it('refuses a package with a row the database cannot take, naming file and row, and stores nothing of what came before it', async () => {
    const lines = (await (await JSZip.loadAsync(zipBytes)).file('tables/inquiry.csv')!.async('string')).split('\r\n');
    const row = lines.findIndex((line) => line.includes('"R-2021-3"'));
    const broken = await altered(zipBytes, 'tables/inquiry.csv', (csv) => {
      const all = csv.split('\r\n');
      // The citizen column (the 7th) names a citizen the package does not hold.
      all[row] = all[row].replace(/^((?:"[^"]*",){6})"[^"]*"/, '$1"00000000-0000-4000-8000-00000000beef"');
      return all.join('\r\n');
    }, true);
    const run = await restoreCommand(await packageFile('broken.zip', broken), target.ownerUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`tables/inquiry.csv, row ${row}: refused by the database`);
    expect(run.stderr).toContain('inquiry_tenant_id_citizen_id_fkey');
    expect(run.stderr).not.toContain('Åse');
    expect(Object.values(await targetCounts()).every((n) => n === 0)).toBe(true);
  }, 120_000);

  it('restores the municipality with identical annual report figures for every year and identical benchmark aggregates', async () => {
    const run = await restoreCommand(await packageFile('lejre.zip', zipBytes), target.ownerUrl);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { tenantId: string; rows: Record<string, number>; benchmark: { periods: number } };
    expect(summary.tenantId).toBe(tenantId);
    const sourceInquiries = Number((await source.admin.query('SELECT count(*) AS n FROM inquiry WHERE tenant_id = $1', [tenantId])).rows[0].n);
    expect(summary.rows.inquiry).toBe(sourceInquiries);

    expect(years.length).toBeGreaterThan(2);
    expect(years).toContain(2021);
    const [before, after] = [await figuresOf(source.app), await figuresOf(target.app)];
    expect(before[2021].registrations.current).toBe(3);
    expect(before[2021].targets).toEqual({ firstContactDays: 4, closeDays: 17 });
    expect(before[2023].orgUnits.topLevel.some((unit) => unit.formerNames.length > 0)).toBe(true);
    expect(before[2021].orgUnits.topLevel.some((unit) => unit.shortName === 'CGI')).toBe(true);
    expect(after).toEqual(before);

    const [sourceBenchmark, targetBenchmark] = [await benchmarkOf(source.app), await benchmarkOf(target.app)];
    expect(sourceBenchmark.periods.length).toBeGreaterThan(2);
    expect(sourceBenchmark.counts.some((c) => c.dimension === 'area' && c.decidedCases === 1234)).toBe(true);
    expect(sourceBenchmark.periods.find((p) => p.year === 2021)?.comparability).toContain('units_changed');
    expect(sourceBenchmark.periods.find((p) => p.year === new Date().getFullYear())?.comparability).toContain('mapping_changed');
    expect(targetBenchmark).toEqual(sourceBenchmark);

    // The report, its stored figures and its document, byte for byte; the log, with the restore's own row added.
    const storedFigures = (db: Client) => db.query(`SELECT report_id, version, figures FROM report_version WHERE tenant_id = $1 ORDER BY 1, 2`, [tenantId]);
    expect((await storedFigures(target.admin)).rows).toEqual((await storedFigures(source.admin)).rows);
    const document = await target.admin.query<{ content: Buffer }>(`SELECT content FROM report_document WHERE tenant_id = $1 AND format = 'pdf' AND content = $2`, [tenantId, FAKE_PDF]);
    expect(document.rows).toHaveLength(1);
    const restored = await target.admin.query(`SELECT details FROM audit_event WHERE tenant_id = $1 AND action = 'tenant.restored'`, [tenantId]);
    expect(restored.rows).toHaveLength(1);
    expect(restored.rows[0].details.rows.inquiry).toBe(sourceInquiries);
  }, 120_000);

  it('refuses an installation that already has the municipality, changing nothing', async () => {
    const before = await targetCounts();
    const run = await restoreCommand(await packageFile('again.zip', zipBytes), target.ownerUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already has the municipality Lyngby-Taarbæk Kommune \(kommunekode \d+\)/);
    expect(await targetCounts()).toEqual(before);
  }, 120_000);
});
