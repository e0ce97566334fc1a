/**
 * Benchmark, not a test: PDF, DOCX and XLSX of Lyngby-Taarbæk's demo report (2023 against 1 March–31 December
 * 2022) rendered together, as the worker's reports.generate job does. Targets: ≤ 3 s for the three, and the
 * rendering process under 400 MB peak RSS.
 *
 * The parent prepares a fresh benchmark database with the demo data and runs itself as a child
 * (BENCH_CHILD=1), which loads the figures in the tenant's context, builds the document model like
 * apps/worker/src/reports, renders once to warm up, then 3 times; prints the median and its maxRSS.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/report-documents.ts
 */
import { createDataSource, inContext, loadReportInput } from '@raadgiver/db';
import { computeReportFigures, ReportPeriod } from '@raadgiver/domain';
import { renderDocx, renderPdf, renderXlsx, ReportDocumentModel } from '@raadgiver/reports';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { prepareDatabase } from '../dev/prepare-database';

const TARGET_SECONDS = 3;
const TARGET_MB = 400;
const PERIOD: ReportPeriod = { from: '2023-01-01', to: '2023-12-31' };
const COMPARISON: ReportPeriod = { from: '2022-03-01', to: '2022-12-31' };
const PROSE = 'Borgerrådgiveren har i året modtaget henvendelser om sagsbehandlingstid, vejledning og partshøring.\n\n'.repeat(6);

async function child(appUrl: string): Promise<void> {
  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-bench' });
  await ds.initialize();
  const model = await inContext(ds, { tenantId: null, userId: null }, async (em) => {
    const [tenant] = await em.query<{ id: string; name: string }[]>(`SELECT id, name FROM tenant WHERE slug = 'lyngby-taarbaek'`);
    return tenant;
  }).then((tenant) =>
    inContext(ds, { tenantId: tenant.id, userId: null }, async (em): Promise<ReportDocumentModel> => ({
      tenantName: tenant.name,
      title: 'Borgerrådgiverens beretning 2023',
      period: PERIOD,
      comparisonPeriod: COMPARISON,
      locale: 'da',
      sections: { foreword: PROSE, themes: PROSE, examples: PROSE },
      figures: computeReportFigures(await loadReportInput(em, PERIOD, COMPARISON)),
      recommendations: [1, 2, 3, 4].map((n) => ({ title: `Anbefaling ${n}`, text: PROSE, orgUnitNames: [] })),
      previousRecommendations: [],
    })),
  );
  await ds.destroy();
  const renderAll = async () => {
    const start = process.hrtime.bigint();
    const sizes = [(await renderPdf(model)).length, (await renderDocx(model)).length, (await renderXlsx(model)).length];
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, sizes };
  };
  const warm = await renderAll();
  const runs = [await renderAll(), await renderAll(), await renderAll()].map((r) => r.ms).sort((a, b) => a - b);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`warm-up ${warm.ms.toFixed(0)} ms; bytes pdf ${warm.sizes[0]}, docx ${warm.sizes[1]}, xlsx ${warm.sizes[2]}`);
  console.log(`PDF + DOCX + XLSX: median ${runs[1].toFixed(0)} ms of 3 (${runs.map((r) => r.toFixed(0)).join(', ')}); peak RSS ${peakMb.toFixed(0)} MB`);
  const pass = runs[1] <= TARGET_SECONDS * 1000 && peakMb < TARGET_MB;
  console.log(pass ? `PASS: ≤ ${TARGET_SECONDS} s and < ${TARGET_MB} MB` : `FAIL: targets ≤ ${TARGET_SECONDS} s, < ${TARGET_MB} MB`);
  process.exitCode = pass ? 0 : 1;
}

async function main(): Promise<void> {
  if (process.env.BENCH_CHILD === '1') return child(process.env.BENCH_APP_URL as string);
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const { appUrl } = await prepareDatabase(adminUrl, 'raadgiver_bench_report_documents', true);
  console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
  const result = spawnSync(process.execPath, [...process.execArgv, __filename], { stdio: 'inherit', env: { ...process.env, BENCH_CHILD: '1', BENCH_APP_URL: appUrl, NODE_ENV: 'production' } });
  process.exitCode = result.status ?? 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
