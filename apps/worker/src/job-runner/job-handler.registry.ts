import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { JobDefinition, JOBS, QueueName } from '@raadgiver/domain';
import { Job } from 'bullmq';
import { checkJobHandlers, JobHandlerRegistrationError } from './check-job-handlers';
import { JobHandlerMetadata } from './job-handler.decorator';

export type JobHandlerFn = (job: Job) => Promise<unknown>;

interface DiscoveredHandler {
  job: JobDefinition;
  handler: string;
  run: JobHandlerFn;
}

/** Finds the @JobHandler methods of all providers and refuses to start unless every job has exactly one. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger(JobHandlerRegistry.name);
  private handlers = new Map<string, DiscoveredHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found = this.discover();
    const problems = checkJobHandlers(
      Object.values(JOBS).map((job) => job.name),
      found.map(({ job, handler }) => ({ job: job.name, handler })),
    );
    if (problems.length > 0) throw new JobHandlerRegistrationError(problems);
    this.handlers = new Map(found.map((handler) => [handler.job.name, handler]));
    this.logger.debug(`Handlers registered for ${found.length} jobs`);
  }

  /** The handler of a job, if the job belongs to this queue. */
  handlerFor(queue: QueueName, jobName: string): JobHandlerFn | undefined {
    const found = this.handlers.get(jobName);
    return found?.job.queue === queue ? found.run : undefined;
  }

  private discover(): DiscoveredHandler[] {
    return this.discovery.getProviders().flatMap((wrapper) => {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) return [];
      const methods = instance as Record<string, (job: Job) => unknown>;
      return this.scanner.getAllMethodNames(Object.getPrototypeOf(instance)).flatMap((method): DiscoveredHandler[] => {
        const job = this.discovery.getMetadataByDecorator(JobHandlerMetadata, wrapper, method);
        if (!job?.name) return [];
        return [{ job, handler: `${instance.constructor.name}.${method}`, run: async (bullJob) => methods[method](bullJob) }];
      });
    });
  }
}
