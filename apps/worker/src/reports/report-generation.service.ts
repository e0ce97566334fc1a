import { Injectable, Logger } from '@nestjs/common';
import { inContext, loadCarryOver, loadReportInput } from '@raadgiver/db';
import { computeReportFigures, GenerateReportPayload, JOBS, ReportPeriod } from '@raadgiver/domain';
import { carryOverFields, renderDocx, renderPdf, renderXlsx, ReportDocumentModel, ReportRecommendation } from '@raadgiver/reports';
import { Job, UnrecoverableError } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { runVersionedDocumentJob } from '../job-runner/versioned-document-job';

/** What a generation reports (also the BullMQ job's result): ids and sizes only. */
export interface GenerateReportResult {
  reportId: string;
  version: number;
  /** False when the version was already ready (a retry or a second copy of the job): nothing was written. */
  generated: boolean;
  bytes: Record<'pdf' | 'docx' | 'xlsx', number>;
}

interface VersionRow {
  status: 'generating' | 'ready' | 'failed';
  title: string;
  period_from: string;
  period_to: string;
  comparison_from: string | null;
  comparison_to: string | null;
  foreword: string;
  themes: string;
  examples: string;
  created_by: string;
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
      const [row] = await em.query<VersionRow[]>(
        `SELECT v.status, r.title, r.period_from::text, r.period_to::text, r.comparison_from::text, r.comparison_to::text,
                r.foreword, r.themes, r.examples, r.created_by
           FROM report_version v JOIN report r ON r.tenant_id = v.tenant_id AND r.id = v.report_id
          WHERE v.report_id = $1 AND v.version = $2`,
        [reportId, version],
      );
      if (!row || row.status !== 'generating') return row ? { row, model: null } : null;
      const period: ReportPeriod = { from: row.period_from, to: row.period_to };
      const comparison: ReportPeriod | null = row.comparison_from && row.comparison_to ? { from: row.comparison_from, to: row.comparison_to } : null;
      const figures = computeReportFigures(await loadReportInput(em, period, comparison));
      await em.query(`UPDATE report_version SET figures = $3::jsonb, progress = $4, error = NULL WHERE report_id = $1 AND version = $2`, [
        reportId, version, JSON.stringify(figures), PROGRESS.figures,
      ]);
      const model: ReportDocumentModel = {
        tenantName: await this.tenantName(em),
        title: row.title,
        period,
        comparisonPeriod: comparison,
        locale: 'da',
        sections: { foreword: row.foreword, themes: row.themes, examples: row.examples },
        figures,
        recommendations: await this.recommendations(em, reportId),
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
      const [locked] = await em.query<{ status: string }[]>(
        'SELECT status FROM report_version WHERE report_id = $1 AND version = $2 FOR UPDATE',
        [reportId, version],
      );
      if (locked?.status !== 'generating') return false;
      await em.query('DELETE FROM report_document WHERE report_id = $1 AND version = $2', [reportId, version]);
      for (const [format, content] of Object.entries(documents)) {
        await em.query(
          `INSERT INTO report_document (tenant_id, report_id, version, format, content, byte_size, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [tenantId, reportId, version, format, content, content.length, createHash('sha256').update(content).digest('hex')],
        );
      }
      await em.query(`UPDATE report_version SET status = 'ready', progress = 100, error = NULL WHERE report_id = $1 AND version = $2`, [reportId, version]);
      // The report is ready when this is its latest version and it is still waiting for it.
      await em.query(
        `UPDATE report SET status = 'ready', updated_at = now() WHERE id = $1 AND current_version = $2 AND status = 'generating'`,
        [reportId, version],
      );
      await em.query(
        `INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details) VALUES ($1, NULL, 'report.generated', 'report', $2, $3)`,
        [tenantId, reportId, JSON.stringify({ version, bytes: { pdf: pdf.length, docx: docx.length, xlsx: xlsx.length } })],
      );
      return true;
    });
    await onProgress(100);
    this.logger.log(`Report ${reportId} version ${version} ${stored ? 'generated' : 'was already ready'}`);
    return { reportId, version, generated: stored, bytes: { pdf: pdf.length, docx: docx.length, xlsx: xlsx.length } };
  }

  private async fail(tenantId: string, reportId: string, version: number, reason: string): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      const updated = await em.query<unknown[]>(
        `UPDATE report_version SET status = 'failed', error = $3 WHERE report_id = $1 AND version = $2 AND status = 'generating' RETURNING version`,
        [reportId, version, reason.slice(0, 2_000)],
      );
      if (updated.length) {
        await em.query(`UPDATE report SET status = 'draft', updated_at = now() WHERE id = $1 AND current_version = $2 AND status = 'generating'`, [reportId, version]);
      }
    });
  }

  private async setProgress(tenantId: string, reportId: string, version: number, progress: number): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, (em) =>
      em.query(`UPDATE report_version SET progress = $3 WHERE report_id = $1 AND version = $2 AND status = 'generating'`, [reportId, version, progress]),
    );
  }

  private async storedSizes(tenantId: string, reportId: string, version: number): Promise<GenerateReportResult['bytes']> {
    const rows = await inContext(this.dataSource, { tenantId, userId: null }, (em) =>
      em.query<{ format: 'pdf' | 'docx' | 'xlsx'; byte_size: number }[]>('SELECT format, byte_size FROM report_document WHERE report_id = $1 AND version = $2', [
        reportId, version,
      ]),
    );
    const bytes = { pdf: 0, docx: 0, xlsx: 0 };
    for (const row of rows) bytes[row.format] = row.byte_size;
    return bytes;
  }

  private async tenantName(em: EntityManager): Promise<string> {
    const [tenant] = await em.query<{ name: string }[]>('SELECT name FROM tenant WHERE id = app_tenant_id()');
    return tenant?.name ?? '';
  }

  /** The report's recommendations in their order, each with the names of the units it is addressed to. */
  private async recommendations(em: EntityManager, reportId: string): Promise<ReportRecommendation[]> {
    const rows = await em.query<{ title: string; text: string; units: string[] }[]>(
      `SELECT r.title, r.text,
              coalesce(array_agg(o.name ORDER BY o.sort_order, o.name) FILTER (WHERE o.id IS NOT NULL), '{}') AS units
         FROM recommendation r
         LEFT JOIN recommendation_org_unit l ON l.tenant_id = r.tenant_id AND l.recommendation_id = r.id
         LEFT JOIN org_unit o ON o.tenant_id = l.tenant_id AND o.id = l.org_unit_id
        WHERE r.report_id = $1
        GROUP BY r.id, r.title, r.text, r.sort_order
        ORDER BY r.sort_order, r.title`,
      [reportId],
    );
    return rows.map((row) => ({ title: row.title, text: row.text, orgUnitNames: row.units }));
  }
}

