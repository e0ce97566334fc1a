import { JobDefinition } from '@raadgiver/domain';
import type { JobsOptions } from 'bullmq';
import { EntityManager } from 'typeorm';
import type { JobOutbox } from './job-outbox';

const DEFAULT_QUEUE_PREFIX = 'raadgiver';

/** The BullMQ key prefix, read like the worker reads it (env QUEUE_PREFIX), so both meet on the same queues. */
export function queuePrefixFromEnv(env: Record<string, string | undefined>): string {
  const prefix = env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(prefix)) throw new Error('QUEUE_PREFIX must be 1 to 64 letters, digits, "-" or "_"');
  return prefix;
}

/** What a producer may say about its job: stored with it in the outbox, so plain data only. */
export type OutboxJobOptions = Pick<JobsOptions, 'jobId' | 'delay' | 'deduplication'>;

/**
 * The API's producer side of one job: stages it, ids only in the payload, in the transaction that writes what the job
 * is about (the job outbox); the shared default options are added when it reaches BullMQ. Redis being away fails no
 * caller: the job waits in the outbox and is added when Redis is back.
 */
export abstract class JobQueue<P extends { tenantId: string }> {
  protected constructor(
    private readonly outbox: JobOutbox,
    private readonly job: JobDefinition,
  ) {}

  protected add(em: EntityManager, data: P, options: OutboxJobOptions): Promise<void> {
    return this.outbox.stage(em, { tenantId: data.tenantId, queue: this.job.queue, name: this.job.name, payload: { ...data }, options: { ...options } });
  }
}
