import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { defaultJobOptions, ImportInquiriesPayload, importJobQueueId, JOBS } from '@raadgiver/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, ApiConfig } from '../config/api-config';

const DEFAULT_QUEUE_PREFIX = 'raadgiver';

/** The BullMQ key prefix, read like the worker reads it (env QUEUE_PREFIX), so both meet on the same queues. */
export function queuePrefixFromEnv(env: Record<string, string | undefined>): string {
  const prefix = env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(prefix)) throw new Error('QUEUE_PREFIX must be 1 to 64 letters, digits, "-" or "_"');
  return prefix;
}

/** The producer side of the imports queue: adds import jobs with ids only in the payload. */
@Injectable()
export class ImportQueue implements OnModuleDestroy {
  private readonly logger = new Logger(ImportQueue.name);
  private readonly connection: Redis;
  private readonly queue: Queue<ImportInquiriesPayload>;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    this.queue = new Queue<ImportInquiriesPayload>(JOBS.importInquiries.queue, {
      connection: this.connection,
      prefix: queuePrefixFromEnv(process.env),
      defaultJobOptions,
    });
    // Redis being away must not take the API down; an upload then fails with a message instead.
    this.queue.on('error', (error) => this.logger.warn(`Imports queue: ${error.message}`));
  }

  /** Enqueues the import; adding the same import twice gives one job (the id is deterministic). */
  async enqueue(payload: ImportInquiriesPayload): Promise<void> {
    await this.queue.add(JOBS.importInquiries.name, { tenantId: payload.tenantId, importJobId: payload.importJobId }, {
      jobId: importJobQueueId(payload.tenantId, payload.importJobId),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}
