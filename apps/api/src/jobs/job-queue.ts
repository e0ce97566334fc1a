import { Logger, OnModuleDestroy } from '@nestjs/common';
import { defaultJobOptions, JobDefinition } from '@raadgiver/domain';
import { JobsOptions, Queue } from 'bullmq';
import { JobsRedis } from './jobs-redis';

const DEFAULT_QUEUE_PREFIX = 'raadgiver';

/** The BullMQ key prefix, read like the worker reads it (env QUEUE_PREFIX), so both meet on the same queues. */
export function queuePrefixFromEnv(env: Record<string, string | undefined>): string {
  const prefix = env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(prefix)) throw new Error('QUEUE_PREFIX must be 1 to 64 letters, digits, "-" or "_"');
  return prefix;
}

/**
 * The API's producer side of one job: adds it with ids only in the payload and the shared default options, over
 * the producers' one Redis connection (JobsRedis). Redis being away must not take the API down: the queue's errors are logged, and a failed add fails only its caller.
 */
export abstract class JobQueue<P extends object> implements OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly queue: Queue<P>;

  protected constructor(
    redis: JobsRedis,
    private readonly job: JobDefinition,
  ) {
    this.queue = new Queue<P>(job.queue, { connection: redis.connection, prefix: queuePrefixFromEnv(process.env), defaultJobOptions });
    this.queue.on('error', (error) => this.logger.warn(`Queue ${job.queue}: ${error.message}`));
  }

  protected async add(data: P, options: JobsOptions): Promise<void> {
    // BullMQ's typings want the job name as a literal of the queue's name type; the definition holds it.
    await (this.queue as Queue).add(this.job.name, data, options);
  }

  async onModuleDestroy(): Promise<void> {
    // The connection is shared (JobsRedis) and stays open.
    await this.queue.close();
  }
}
