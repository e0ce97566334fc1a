import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobSchedules } from './job-schedules';
import { QueueWorkers } from './queue-workers';
import { StartupJobs } from './startup-jobs';

/** Discovers the job handlers of every module and runs them from the queues. */
@Module({})
export class JobRunnerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: JobRunnerModule,
      // The configuration reaches the job modules too (the mailer reads its SMTP settings from it).
      global: true,
      imports: [DiscoveryModule],
      providers: [{ provide: WORKER_CONFIG, useValue: config }, JobHandlerRegistry, QueueWorkers, JobSchedules, StartupJobs],
      exports: [QueueWorkers, JobSchedules, StartupJobs, WORKER_CONFIG],
    };
  }
}
