import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { QueueName, QUEUES } from '@raadgiver/domain';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { WorkerMetrics } from '../ops/worker-metrics';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { JobHandlerRegistry } from './job-handler.registry';
import { redisConnectionOptions } from './redis-connection';

/** Names a job in logs by queue, name, id and attempt; never by its data, which may hold personal data. */
function describeJob(queue: QueueName, job: Job): string {
  return `${queue}/${job.name} #${job.id} (attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1})`;
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
        if (job) this.logger.warn(`${describeJob(queue, job)} failed: ${error.name}: ${error.message}`);
      });
      worker.on('error', (error) => this.logger.error(`Queue ${queue}: ${error.message}`));
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
    this.logger.log(`${describeJob(queue, job)} completed in ${Date.now() - started} ms`);
    return result;
  }
}
