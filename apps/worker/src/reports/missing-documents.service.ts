import { Inject, Injectable, Logger } from '@nestjs/common';
import { inContext, NO_CONTEXT, tenantRepository } from '@raadgiver/db';
import { GenerateReportPayload, JOBS, reportJobQueueId } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { jobOptions } from '../job-runner/job-options';
import { withQueue } from '../job-runner/with-queue';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { missingDocumentsRepository } from './missing-documents.repository';

export interface MissingDocumentsResult {
  tenants: number;
  /** Report versions queued for generation. */
  queued: number;
}

/**
 * The start-up job reports.generate-missing: every published report without documents (the demo seed publishes some, a
 * migrated municipality brings others) gets a version made by the reports.generate job, so a council viewer finds its
 * documents. Idempotent: a second run finds the versions generating and queues them under the same job ids.
 */
@Injectable()
export class MissingDocumentsService {
  private readonly logger = new Logger(MissingDocumentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  @JobHandler(JOBS.generateMissingReportDocuments)
  async generateMissing(): Promise<MissingDocumentsResult> {
    const tenants = await inContext(this.dataSource, NO_CONTEXT, (em) => tenantRepository.all(em));
    let queued = 0;
    await withQueue<GenerateReportPayload, void>(this.config, JOBS.generateReport.queue, async (queue) => {
      for (const { id: tenantId } of tenants) {
        // Committed before the jobs are added, so the worker finds each version.
        const missing = await inContext(this.dataSource, { tenantId, userId: null }, (em) => missingDocumentsRepository.claim(em, tenantId));
        for (const { reportId, version } of missing) {
          await queue.add(JOBS.generateReport.name, { tenantId, reportId, version }, { ...jobOptions(), jobId: reportJobQueueId(tenantId, reportId, version) });
        }
        queued += missing.length;
      }
    });
    this.logger.log(`Queued the documents of ${queued} published reports without them (${tenants.length} tenants)`);
    return { tenants: tenants.length, queued };
  }
}
