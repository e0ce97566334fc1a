import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { QueueName, QUEUES } from '@raadgiver/domain';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { WorkerMetrics } from '../ops/worker-metrics';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { JobHandlerRegistry } from './job-handler.registry';
import { redisConnectionOptions } from './redis-connection';

/**
 * A job's log line: queue, name, id, attempt and the tenant it runs for; never its data beyond the tenant id, as
 * payloads are ids only but a line must not depend on that.
 */
function jobLine(queue: QueueName, job: Job): Record<string, unknown> {
  const tenantId = (job.data as { tenantId?: unknown } | undefined)?.tenantId;
  return { queue, jobName: job.name, jobId: job.id, attempt: job.attemptsMade + 1, attempts: job.opts.attempts ?? 1, tenantId: typeof tenantId === 'string' ? tenantId : undefined };
}

/** One BullMQ worker per queue, each running a job by its name through the handler registry. */
@Injectable()
export class QueueWorkers implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly metrics: WorkerMetrics,
  ) {}

  async start(): Promise<void> {
    if (this.workers.length > 0) return;
    for (const queue of Object.values(QUEUES)) {
      const worker = new Worker(queue, (job) => this.run(queue, job), {
        connection: redisConnectionOptions(this.config.redisUrl),
        prefix: this.config.queuePrefix,
        concurrency: this.config.concurrency,
        lockDuration: this.config.lockMs,
        stalledInterval: this.config.lockMs,
      });
      worker.on('failed', (job, error) => {
        // The error by its type, code and frames (safeError): its message may echo a row's values.
        const durationMs = job && job.processedOn && job.finishedOn ? job.finishedOn - job.processedOn : undefined;
        if (job) this.logger.warn({ ...jobLine(queue, job), outcome: 'failed', durationMs, err: error }, 'job failed');
      });
      worker.on('error', (error) => this.logger.error({ queue, err: error }, 'queue error'));
      this.metrics.observe(queue, worker);
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  /** Takes no new jobs and waits for the running ones, before the database closes on shutdown. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.logger.log('Queue workers stopped');
  }

  private async run(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.registry.handlerFor(queue, job.name);
    // A job nobody can handle will not succeed on a retry either.
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`);
    const started = Date.now();
    const result = await handler(job);
    this.logger.log({ ...jobLine(queue, job), outcome: 'completed', durationMs: Date.now() - started }, 'job completed');
    return result;
  }
}
