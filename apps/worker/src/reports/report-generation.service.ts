import { Injectable, Logger } from '@nestjs/common';
import { inContext, loadCarryOver, loadReportInput } from '@raadgiver/db';
import { computeReportFigures, GenerateReportPayload, JOBS, ReportPeriod } from '@raadgiver/domain';
import { carryOverFields, renderDocx, renderPdf, renderXlsx, ReportDocumentModel } from '@raadgiver/reports';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { runVersionedDocumentJob } from '../job-runner/versioned-document-job';
import { reportGenerationRepository } from './report-generation.repository';

/** What a generation reports (also the BullMQ job's result): ids and sizes only. */
export interface GenerateReportResult {
  reportId: string;
  version: number;
  /** False when the version was already ready (a retry or a second copy of the job): nothing was written. */
  generated: boolean;
  bytes: Record<'pdf' | 'docx' | 'xlsx', number>;
}

/** Progress (per cent) after each step, for job.updateProgress and report_version.progress. */
const PROGRESS = { figures: 10, pdf: 40, docx: 70, xlsx: 90 } as const;

/**
 * A pause between the render steps, only for the tests that kill the worker in the middle of a generation
 * (env REPORT_RENDER_DELAY_MS, 0 unless set).
 */
export function renderDelayFromEnv(env: Record<string, string | undefined>): number {
  const ms = Number(env.REPORT_RENDER_DELAY_MS ?? 0);
  return Number.isInteger(ms) && ms > 0 && ms <= 60_000 ? ms : 0;
}

/**
 * The reports.generate job: computes a report version's figures and the carry-over from the previous report under
 * the tenant's row-level security, renders PDF, DOCX and XLSX, and stores the three documents and the ready status
 * in one transaction. A worker killed half-way leaves the version generating with no documents; the retry does it
 * all again and replaces any documents of the version, so the report is ready once with one set of documents.
 */
@Injectable()
export class ReportGenerationService {
  private readonly logger = new Logger(ReportGenerationService.name);
  private readonly delayMs = renderDelayFromEnv(process.env);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.generateReport)
  async handle(job: Job<GenerateReportPayload>): Promise<GenerateReportResult> {
    return runVersionedDocumentJob(job, this.logger, {
      label: 'Report',
      generate: ({ tenantId, reportId, version }, onProgress) => this.generate(tenantId, reportId, version, onProgress),
      fail: ({ tenantId, reportId, version }, message) => this.fail(tenantId, reportId, version, message),
    });
  }

  async generate(tenantId: string, reportId: string, version: number, onProgress: (progress: number) => Promise<void> = async () => undefined): Promise<GenerateReportResult> {
    const ctx = { tenantId, userId: null };
    // 1. The version and its report; a ready version (retry of a finished job) is left as it is.
    const loaded = await inContext(this.dataSource, ctx, async (em) => {
      const row = await reportGenerationRepository.version(em, reportId, version);
      if (!row || row.status !== 'generating') return row ? { row, model: null } : null;
      const period: ReportPeriod = { from: row.period_from, to: row.period_to };
      const comparison: ReportPeriod | null = row.comparison_from && row.comparison_to ? { from: row.comparison_from, to: row.comparison_to } : null;
      const figures = computeReportFigures(await loadReportInput(em, period, comparison));
      await reportGenerationRepository.storeFigures(em, reportId, version, figures, PROGRESS.figures);
      const model: ReportDocumentModel = {
        tenantName: await reportGenerationRepository.tenantName(em),
        logo: await reportGenerationRepository.logo(em),
        advisorName: row.advisor_name,
        catalogueRenames: await reportGenerationRepository.catalogueRenames(em, period),
        title: row.title,
        period,
        comparisonPeriod: comparison,
        locale: 'da',
        sections: { foreword: row.foreword, themes: row.themes, examples: row.examples },
        figures,
        recommendations: (await reportGenerationRepository.recommendations(em, reportId)).map((r) => ({ title: r.title, text: r.text, orgUnitNames: r.units })),
        // The previous report's recommendations, their follow-up and the share implemented.
        ...carryOverFields(await loadCarryOver(em, reportId)),
      };
      return { row, model };
    });
    if (!loaded) throw new UnrecoverableError(`Report ${reportId} has no version ${version}`);
    if (!loaded.model) {
      if (loaded.row.status === 'failed') throw new UnrecoverableError(`Report ${reportId} version ${version} has failed; ask for a new version`);
      return { reportId, version, generated: false, bytes: await this.storedSizes(tenantId, reportId, version) };
    }
    const { model } = loaded;
    await onProgress(PROGRESS.figures);

    // 2. The documents, one after another, with the progress after each.
    const step = async (progress: number) => {
      await this.setProgress(tenantId, reportId, version, progress);
      await onProgress(progress);
      if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    };
    const pdf = await renderPdf(model);
    await step(PROGRESS.pdf);
    const docx = await renderDocx(model);
    await step(PROGRESS.docx);
    const xlsx = await renderXlsx(model);
    await step(PROGRESS.xlsx);

    // 3. Everything visible at once: the three documents, the version and the report ready.
    const documents = { pdf, docx, xlsx };
    const stored = await inContext(this.dataSource, ctx, async (em) => {
      if ((await reportGenerationRepository.status(em, reportId, version, true)) !== 'generating') return false;
      await reportGenerationRepository.storeReady(em, tenantId, reportId, version, documents, 'report.generated');
      // The report is ready when this is its latest version and it is still waiting for it.
      await reportGenerationRepository.reportStatus(em, reportId, version, 'ready');
      return true;
    });
    await onProgress(100);
    this.logger.log(`Report ${reportId} version ${version} ${stored ? 'generated' : 'was already ready'}`);
    return { reportId, version, generated: stored, bytes: { pdf: pdf.length, docx: docx.length, xlsx: xlsx.length } };
  }

  private async fail(tenantId: string, reportId: string, version: number, reason: string): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      if (await reportGenerationRepository.markFailed(em, reportId, version, reason)) await reportGenerationRepository.reportStatus(em, reportId, version, 'draft');
    });
  }

  private async setProgress(tenantId: string, reportId: string, version: number, progress: number): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, (em) => reportGenerationRepository.progress(em, reportId, version, progress));
  }

  private async storedSizes(tenantId: string, reportId: string, version: number): Promise<GenerateReportResult['bytes']> {
    const sizes = await inContext(this.dataSource, { tenantId, userId: null }, (em) => reportGenerationRepository.sizes(em, reportId, version));
    return { pdf: sizes.pdf ?? 0, docx: sizes.docx ?? 0, xlsx: sizes.xlsx ?? 0 };
  }
}
