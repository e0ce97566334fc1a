import { Logger } from '@nestjs/common';
import { isUuid } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';

/** What a job that makes one numbered version of a report's documents is given: ids only. */
export interface VersionedDocumentPayload {
  tenantId: string;
  reportId: string;
  version: number;
}

/** The steps of such a job: make the version (reporting progress), and mark it failed when no retry is left. */
export interface VersionedDocumentSteps<R> {
  /** What the log calls the version, e.g. "Report" or "Follow-up note of report". */
  label: string;
  generate(payload: VersionedDocumentPayload, onProgress: (progress: number) => Promise<void>): Promise<R>;
  fail(payload: VersionedDocumentPayload, message: string): Promise<void>;
}

/**
 * Runs a versioned document job: a payload without proper ids fails for good; a failure is retried by BullMQ with
 * backoff, and on the last attempt (or a failure for good) the version is marked failed so the admin says so.
 */
export async function runVersionedDocumentJob<R>(job: Job<VersionedDocumentPayload>, logger: Logger, steps: VersionedDocumentSteps<R>): Promise<R> {
  const { tenantId, reportId, version } = job.data ?? {};
  if (!isUuid(tenantId) || !isUuid(reportId) || !Number.isInteger(version) || version < 1) {
    throw new UnrecoverableError('The job payload needs tenantId, reportId and version');
  }
  const payload = { tenantId, reportId, version };
  try {
    return await steps.generate(payload, async (progress) => {
      await job.updateProgress(progress);
    });
  } catch (error) {
    const attempts = job.opts.attempts ?? 1;
    if (error instanceof UnrecoverableError || job.attemptsMade + 1 >= attempts) {
      await steps.fail(payload, error instanceof Error ? error.message : String(error)).catch((failure: unknown) =>
        logger.error({ err: failure }, `${steps.label} ${reportId} v${version} could not be marked failed`),
      );
    }
    throw error;
  }
}
