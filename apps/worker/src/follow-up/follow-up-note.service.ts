import { Injectable, Logger } from '@nestjs/common';
import { FollowUpReportNotFoundError, inContext, loadFollowUpNoteModel } from '@raadgiver/db';
import { FollowUpNoteModel, GenerateFollowUpNotePayload, JOBS } from '@raadgiver/domain';
import { renderFollowUpNoteDocx, renderFollowUpNotePdf } from '@raadgiver/reports';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { runVersionedDocumentJob } from '../job-runner/versioned-document-job';
import { followUpNoteRepository } from './follow-up-note.repository';
import { renderDelayFromEnv } from '../reports/report-generation.service';

/** What a generation reports (also the job's result): ids and sizes only. */
export interface GenerateFollowUpNoteResult {
  reportId: string;
  version: number;
  /** False when the version was already ready (a retry or a second copy of the job): nothing was written. */
  generated: boolean;
  bytes: Record<'pdf' | 'docx', number>;
}

/** Progress (per cent) after each step, for job.updateProgress and follow_up_note.progress. */
const PROGRESS = { model: 10, pdf: 50, docx: 90 } as const;

/**
 * The follow-up.generate-note job: reads the note's model under the tenant's row-level security, renders PDF and
 * DOCX, and stores both documents and the ready status in one transaction. A worker killed half-way leaves the
 * version generating with no documents; the retry does it all again. A version already ready is left as it is.
 */
@Injectable()
export class FollowUpNoteService {
  private readonly logger = new Logger(FollowUpNoteService.name);
  private readonly delayMs = renderDelayFromEnv(process.env);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.generateFollowUpNote)
  async handle(job: Job<GenerateFollowUpNotePayload>): Promise<GenerateFollowUpNoteResult> {
    return runVersionedDocumentJob(job, this.logger, {
      label: 'Follow-up note of report',
      generate: ({ tenantId, reportId, version }, onProgress) => this.generate(tenantId, reportId, version, onProgress),
      fail: ({ tenantId, reportId, version }, message) => this.fail(tenantId, reportId, version, message),
    });
  }

  async generate(tenantId: string, reportId: string, version: number, onProgress: (progress: number) => Promise<void> = async () => undefined): Promise<GenerateFollowUpNoteResult> {
    const ctx = { tenantId, userId: null };
    // 1. The version and the note's model; a ready version (retry of a finished job) is left as it is.
    const loaded = await inContext(this.dataSource, ctx, async (em): Promise<{ status: string; model: FollowUpNoteModel | null } | null> => {
      const status = await followUpNoteRepository.status(em, reportId, version);
      if (status !== 'generating') return status ? { status, model: null } : null;
      const model = await loadFollowUpNoteModel(em, reportId).catch((error: unknown) => {
        throw error instanceof FollowUpReportNotFoundError ? new UnrecoverableError(error.message) : error;
      });
      await followUpNoteRepository.progress(em, reportId, version, PROGRESS.model, true);
      return { status, model };
    });
    if (!loaded) throw new UnrecoverableError(`Report ${reportId} has no follow-up note version ${version}`);
    if (!loaded.model) {
      if (loaded.status === 'failed') throw new UnrecoverableError(`Follow-up note version ${version} of report ${reportId} has failed; ask for a new version`);
      return { reportId, version, generated: false, bytes: await this.storedSizes(tenantId, reportId, version) };
    }
    await onProgress(PROGRESS.model);

    // 2. The documents, one after the other, with the progress after each.
    const step = async (progress: number) => {
      await this.setProgress(tenantId, reportId, version, progress);
      await onProgress(progress);
      if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    };
    const pdf = await renderFollowUpNotePdf(loaded.model, 'da');
    await step(PROGRESS.pdf);
    const docx = await renderFollowUpNoteDocx(loaded.model, 'da');
    await step(PROGRESS.docx);

    // 3. Both documents and the ready status at once.
    const documents = { pdf, docx };
    const stored = await inContext(this.dataSource, ctx, async (em) => {
      if ((await followUpNoteRepository.status(em, reportId, version, true)) !== 'generating') return false;
      await followUpNoteRepository.storeReady(em, tenantId, reportId, version, documents, 'follow_up_note.generated');
      return true;
    });
    await onProgress(100);
    this.logger.log(`Follow-up note of report ${reportId} version ${version} ${stored ? 'generated' : 'was already ready'}`);
    return { reportId, version, generated: stored, bytes: { pdf: pdf.length, docx: docx.length } };
  }

  private async fail(tenantId: string, reportId: string, version: number, reason: string): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, (em) => followUpNoteRepository.markFailed(em, reportId, version, reason));
  }

  private async setProgress(tenantId: string, reportId: string, version: number, progress: number): Promise<void> {
    await inContext(this.dataSource, { tenantId, userId: null }, (em) => followUpNoteRepository.progress(em, reportId, version, progress));
  }

  private async storedSizes(tenantId: string, reportId: string, version: number): Promise<GenerateFollowUpNoteResult['bytes']> {
    const sizes = await inContext(this.dataSource, { tenantId, userId: null }, (em) => followUpNoteRepository.sizes(em, reportId, version));
    return { pdf: sizes.pdf ?? 0, docx: sizes.docx ?? 0 };
  }
}
