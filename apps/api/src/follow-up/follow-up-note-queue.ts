import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { defaultJobOptions, followUpNoteJobQueueId, GenerateFollowUpNotePayload, JOBS } from '@raadgiver/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { queuePrefixFromEnv } from '../imports/import-queue';

/** The producer side of the follow-up queue: adds follow-up note jobs with ids only in the payload. */
@Injectable()
export class FollowUpNoteQueue implements OnModuleDestroy {
  private readonly logger = new Logger(FollowUpNoteQueue.name);
  private readonly connection: Redis;
  private readonly queue: Queue<GenerateFollowUpNotePayload>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.queue = new Queue<GenerateFollowUpNotePayload>(JOBS.generateFollowUpNote.queue, {
      connection: this.connection,
      prefix: queuePrefixFromEnv(process.env),
      defaultJobOptions,
    });
    this.queue.on('error', (error) => this.logger.warn(`Follow-up queue: ${error.message}`));
  }

  /** Enqueues a note version's generation; adding the same version twice gives one job (the id is deterministic). */
  async enqueue(payload: GenerateFollowUpNotePayload): Promise<void> {
    await this.queue.add(JOBS.generateFollowUpNote.name, { tenantId: payload.tenantId, reportId: payload.reportId, version: payload.version }, {
      jobId: followUpNoteJobQueueId(payload.tenantId, payload.reportId, payload.version),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}
