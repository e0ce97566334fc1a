import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { defaultJobOptions, GenerateReportPayload, JOBS, reportJobQueueId } from '@raadgiver/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { queuePrefixFromEnv } from '../imports/import-queue';

/** The producer side of the reports queue: adds generation jobs with ids only in the payload. */
@Injectable()
export class ReportQueue implements OnModuleDestroy {
  private readonly logger = new Logger(ReportQueue.name);
  private readonly connection: Redis;
  private readonly queue: Queue<GenerateReportPayload>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.queue = new Queue<GenerateReportPayload>(JOBS.generateReport.queue, {
      connection: this.connection,
      prefix: queuePrefixFromEnv(process.env),
      defaultJobOptions,
    });
    this.queue.on('error', (error) => this.logger.warn(`Reports queue: ${error.message}`));
  }

  /** Enqueues a version's generation; adding the same version twice gives one job (the id is deterministic). */
  async enqueue(payload: GenerateReportPayload): Promise<void> {
    await this.queue.add(JOBS.generateReport.name, { tenantId: payload.tenantId, reportId: payload.reportId, version: payload.version }, {
      jobId: reportJobQueueId(payload.tenantId, payload.reportId, payload.version),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}
