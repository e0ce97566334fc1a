import { OnApplicationShutdown } from '@nestjs/common';
import { ProcessMetrics, withTimeout } from '@raadgiver/db';
import { JOBS, METRIC_NAMES, QueueName, QUEUES } from '@raadgiver/domain';
import { Job, Queue, Worker } from 'bullmq';
import { Counter, Gauge, Histogram } from 'prom-client';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { WorkerConfig } from '../worker-config';

const JOB_NAMES = new Set<string>(Object.values(JOBS).map((job) => job.name));
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape does not wait for Redis longer than this: a queue it cannot count has no series then. */
const COUNT_TIMEOUT_MS = 2_000;

/** A job's name as a label: one of JOBS, else "other" (a job name comes from whoever added the job). */
function jobName(job: Job): string {
  return JOB_NAMES.has(job.name) ? job.name : 'other';
}

/**
 * The worker's metrics: the process's (ProcessMetrics), each job's duration and failures (from the BullMQ workers'
 * events), the imports and reports that ended (from their jobs' results), and the queues' depth, counted in Redis
 * when scraped (one getJobCounts and one oldest waiting job per queue).
 */
export class WorkerMetrics implements OnApplicationShutdown {
  private readonly jobDuration: Histogram<'queue' | 'name' | 'outcome'>;
  private readonly jobsFailed: Counter<'queue' | 'name'>;
  private readonly imports: Counter<'outcome'>;
  private readonly reports: Counter<'format'>;
  private queues: Queue[] | null = null;

  constructor(
    readonly processMetrics: ProcessMetrics,
    private readonly config: WorkerConfig,
  ) {
    const registers = [processMetrics.registry];
    this.jobDuration = new Histogram({
      name: METRIC_NAMES.jobDuration,
      help: 'Time a job ran, by queue, name and outcome',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    });
    this.jobsFailed = new Counter({ name: METRIC_NAMES.jobsFailed, help: 'Failed job attempts by queue and name', labelNames: ['queue', 'name'], registers });
    this.imports = new Counter({ name: METRIC_NAMES.imports, help: 'Inquiry imports that ended, by outcome', labelNames: ['outcome'], registers });
    this.reports = new Counter({ name: METRIC_NAMES.reportsGenerated, help: 'Report documents generated, by format', labelNames: ['format'], registers });
    const queues = () => this.queuesToCount();
    new Gauge({
      name: METRIC_NAMES.queueJobs,
      help: 'Jobs of each queue by state, counted when scraped',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        await Promise.all(
          queues().map(async (queue) => {
            const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), COUNT_TIMEOUT_MS).catch(() => null);
            for (const state of QUEUE_STATES) if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    new Gauge({
      name: METRIC_NAMES.queueOldestWaiting,
      help: 'Age of the oldest waiting job of each queue (0: none waits)',
      labelNames: ['queue'],
      registers,
      async collect() {
        this.reset();
        await Promise.all(
          queues().map(async (queue) => {
            const oldest = await withTimeout(queue.getJobs(['wait'], 0, 0, true), COUNT_TIMEOUT_MS).catch(() => null);
            if (!oldest) return;
            const since = oldest[0] ? oldest[0].timestamp + (oldest[0].opts.delay ?? 0) : Date.now();
            this.set({ queue: queue.name }, Math.max(0, (Date.now() - since) / 1000));
          }),
        );
      },
    });
  }

  /** Times the worker's jobs and counts their failures, and the imports and reports they end with. */
  observe(queue: QueueName, worker: Worker): void {
    worker.on('completed', (job) => {
      this.observeDuration(queue, job, 'completed');
      this.countOutcome(job);
    });
    worker.on('failed', (job) => {
      if (!job) return;
      this.observeDuration(queue, job, 'failed');
      this.jobsFailed.inc({ queue, name: jobName(job) });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all((this.queues ?? []).map((queue) => queue.close().catch(() => undefined)));
  }

  private observeDuration(queue: QueueName, job: Job, outcome: 'completed' | 'failed'): void {
    if (job.processedOn && job.finishedOn) this.jobDuration.observe({ queue, name: jobName(job), outcome }, (job.finishedOn - job.processedOn) / 1000);
  }

  /** An import ends with its result's status; a report version's job that generated its documents made all three. */
  private countOutcome(job: Job): void {
    const result = job.returnvalue as { status?: unknown; generated?: unknown } | null | undefined;
    if (job.name === JOBS.importInquiries.name && (result?.status === 'succeeded' || result?.status === 'failed')) {
      this.imports.inc({ outcome: result.status === 'succeeded' ? 'done' : 'failed' });
    }
    if (job.name === JOBS.generateReport.name && result?.generated === true) {
      for (const format of ['pdf', 'docx', 'xlsx']) this.reports.inc({ format });
    }
  }

  private queuesToCount(): Queue[] {
    this.queues ??= Object.values(QUEUES).map((name) => new Queue(name, { connection: redisConnectionOptions(this.config.redisUrl), prefix: this.config.queuePrefix }));
    return this.queues;
  }
}
