import { Injectable, Logger } from '@nestjs/common';
import { inContext, refreshAndPublishBenchmark } from '@raadgiver/db';
import { ImportInquiriesPayload, ImportRowProblem, isUuid, JOBS, MAX_STORED_IMPORT_ERRORS } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import pLimit from 'p-limit';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { checkRows } from './check-rows';
import { importRepository } from './import.repository';
import { ImportJobRow, importJobRepository } from './import-job.repository';
import { FileChunks, fileRows, UnreadableFileError } from './read-rows';
import { resolveImport } from './resolve-import';
import { storeRows } from './store-rows';

export { PROGRESS_EVERY } from './check-rows';

export interface ImportProgress {
  phase: 'validating' | 'inserting';
  processedRows: number;
  totalRows: number | null;
  insertedRows: number;
}

/** What a finished import reports (also the BullMQ job's result): counts only, never file content. */
export interface ImportResult {
  status: 'succeeded' | 'failed';
  totalRows: number;
  insertedRows: number;
  skippedRows: number;
  errorCount: number;
}

type ProgressListener = (progress: ImportProgress) => Promise<void> | void;
type TenantUser = { tenantId: string; userId: string };

/**
 * Imports one worker process runs at the same time: each holds a pooled connection for its transaction and needs
 * another for reading the file (the pool has five), and each keeps a big file's checked rows in memory.
 */
const MAX_RUNNING_IMPORTS = 2;
/** Bytes of the uploaded file read from the database at a time. */
const CONTENT_SLICE = 256 * 1024;

/** PostgreSQL's data exceptions (SQLSTATE class 22: bad bytes, values out of range): the same file fails again. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('22');
}

/** The error's kind and SQLSTATE for the log, never its message: that may quote the file's content. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return `${(error as Error)?.name ?? 'Error'}${typeof code === 'string' ? ` (SQLSTATE ${code})` : ''}`;
}

function resultOf(job: ImportJobRow): ImportResult {
  return {
    status: job.status === 'succeeded' ? 'succeeded' : 'failed',
    totalRows: job.total_rows ?? 0,
    insertedRows: job.inserted_rows,
    skippedRows: job.skipped_rows,
    errorCount: job.error_count,
  };
}

/**
 * The inquiries.import job, a pipeline of four steps: read and check every row on its own (checkRows), resolve the
 * good rows against the tenant's units, catalogues and inquiries (resolveImport), and store all of it in one
 * transaction or nothing (storeRows). A rejected file keeps its first bad rows and their total. Re-running a
 * finished import changes nothing. The SQL is in import-job.repository.ts and import.repository.ts.
 */
@Injectable()
export class InquiryImportService {
  private readonly logger = new Logger(InquiryImportService.name);
  private readonly limit = pLimit(MAX_RUNNING_IMPORTS);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.importInquiries)
  async handle(job: Job<ImportInquiriesPayload>): Promise<ImportResult> {
    const { tenantId, importJobId } = job.data ?? {};
    if (!isUuid(tenantId) || !isUuid(importJobId)) throw new UnrecoverableError('The job payload needs tenantId and importJobId');
    return this.limit(() => this.runToEnd(job, tenantId, importJobId));
  }

  /** An import always ends: failures the data causes, and any failure on the last attempt, mark it failed. */
  private async runToEnd(job: Job<ImportInquiriesPayload>, tenantId: string, importJobId: string): Promise<ImportResult> {
    try {
      return await this.run(tenantId, importJobId, (progress) => job.updateProgress({ ...progress }));
    } catch (error) {
      // PostgreSQL's data exceptions (class 22) will not pass on a retry; earlier attempts of a passing fault are retried.
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!lastAttempt && !isDataException(error)) throw error;
      this.logger.error(`Import ${importJobId} failed on attempt ${job.attemptsMade + 1}: ${describeFailure(error)}`);
      return this.fail(tenantId, importJobId, 0, 0, [{ row: 1, column: 'file', code: 'import_not_stored' }], 1);
    }
  }

  async run(tenantId: string, importJobId: string, onProgress: ProgressListener = () => undefined): Promise<ImportResult> {
    const started = Date.now();
    const job = await inContext(this.dataSource, { tenantId, userId: null }, (em) => importJobRepository.start(em, importJobId));
    if (!job) throw new UnrecoverableError(`Import job ${importJobId} not found`);
    // A retry of a finished import (or a second copy of its job) reports the stored outcome and changes nothing.
    if (job.status === 'succeeded' || job.status === 'failed') return resultOf(job);
    if (!job.content_bytes) return this.fail(tenantId, importJobId, 0, 0, [{ row: 1, column: 'file', code: 'import_file_gone' }], 1);
    const bytes = job.content_bytes;
    const ctx: TenantUser = { tenantId, userId: job.user_id };
    const timings: Record<string, number> = {};
    let phaseStarted = Date.now();
    const phase = (name: string) => {
      timings[name] = Date.now() - phaseStarted;
      phaseStarted = Date.now();
    };

    // 1. Read and check every row on its own.
    const read = await checkRows(job.format, this.contentChunks(ctx, importJobId, bytes), async (processedRows, done) => {
      await onProgress({ phase: 'validating', processedRows, totalRows: done ? processedRows : null, insertedRows: 0 });
      await inContext(this.dataSource, ctx, (em) => importJobRepository.progress(em, importJobId, processedRows));
    });
    phase('read');
    if (!read.headerMap) return this.fail(tenantId, importJobId, read.totalRows, read.totalRows, read.problems, read.problemCount);

    // 2. Resolve the good rows' references against the tenant's data, so the report names every bad row at once.
    const references = [...new Set(read.drafts.flatMap((d) => (d.mainReference === null ? [d.reference] : [d.reference, d.mainReference])))];
    const catalog = await inContext(this.dataSource, ctx, (em) => importRepository.catalog(em, references));
    const { problems, plan } = resolveImport(read.drafts, read.referencesOfBadRows, catalog, read.headerMap, job.create_missing);
    if (read.problems.length > 0 || problems.length > 0) {
      return this.fail(tenantId, importJobId, read.totalRows, read.totalRows, [...read.problems, ...problems], read.problemCount + problems.length);
    }
    phase('check');

    // 3. Store everything in one transaction.
    const result = await inContext(this.dataSource, ctx, async (em) => {
      if (!(await importJobRepository.lockRunning(em, importJobId))) return null;
      // The tenant's inquiry version moves once, at the end, rather than with the first batch: its row stays free
      // for the advisors' own registrations while the import runs.
      await importRepository.deferInquiryVersion(em);
      const stored = await storeRows(em, ctx, plan, fileRows(job.format, this.contentChunks(ctx, importJobId, bytes)), (insertedRows) =>
        onProgress({ phase: 'inserting', processedRows: read.totalRows, totalRows: read.totalRows, insertedRows }),
      );
      await importRepository.moveInquiryVersion(em);
      const skippedRows = read.totalRows - stored.inquiries;
      await importJobRepository.succeed(em, tenantId, ctx.userId, importJobId, {
        format: job.format,
        totalRows: read.totalRows,
        insertedRows: stored.inquiries,
        skippedRows,
        createdCitizens: stored.citizens,
        createdOrgUnits: plan.newOrgUnits.size,
        createdCategories: plan.newCategories.size,
        createdOutcomes: plan.newOutcomes.size,
      });
      return { status: 'succeeded', totalRows: read.totalRows, insertedRows: stored.inquiries, skippedRows, errorCount: 0 } satisfies ImportResult;
    });
    if (!result) return resultOf((await inContext(this.dataSource, ctx, (em) => importJobRepository.stored(em, importJobId))) as ImportJobRow);
    phase('store');
    // The import is one change: refresh the tenant's benchmark now rather than through the debounced job.
    await refreshAndPublishBenchmark(this.dataSource, tenantId).catch((error: unknown) => this.logger.warn({ err: error }, `Benchmark refresh after import ${importJobId} failed`));
    this.logger.log(
      `Import ${importJobId}: ${result.insertedRows} inserted, ${result.skippedRows} skipped of ${result.totalRows} rows in ${Date.now() - started} ms ` +
        `(read ${timings.read} ms, check ${timings.check} ms, store ${timings.store} ms)`,
    );
    return result;
  }

  /** import_job.content in slices, each read in its own short transaction, so the whole file is never in memory at once. */
  private async *contentChunks(ctx: TenantUser, importJobId: string, bytes: number): FileChunks {
    for (let offset = 0; offset < bytes; offset += CONTENT_SLICE) {
      const chunk = await inContext(this.dataSource, ctx, (em) => importJobRepository.contentSlice(em, importJobId, offset, CONTENT_SLICE));
      if (!chunk) throw new UnreadableFileError(1, 'import_file_gone');
      yield chunk;
    }
  }

  /** Rejects the file: the first MAX_STORED_IMPORT_ERRORS problems by row are kept, `problemTotal` counts them all. */
  private async fail(tenantId: string, importJobId: string, totalRows: number, processedRows: number, problems: ImportRowProblem[], problemTotal: number): Promise<ImportResult> {
    const errors = [...problems].sort((a, b) => a.row - b.row).slice(0, MAX_STORED_IMPORT_ERRORS);
    await inContext(this.dataSource, { tenantId, userId: null }, (em) => importJobRepository.fail(em, importJobId, totalRows, processedRows, errors, problemTotal));
    this.logger.log(`Import ${importJobId} rejected: ${problemTotal} problems in ${totalRows} rows`);
    return { status: 'failed', totalRows, insertedRows: 0, skippedRows: 0, errorCount: problemTotal };
  }
}
