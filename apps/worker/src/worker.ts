import { INestApplicationContext, LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseConnection } from './database/database.module';
import { JobSchedules } from './job-runner/job-schedules';
import { QueueWorkers } from './job-runner/queue-workers';
import { StartupJobs } from './job-runner/startup-jobs';
import { WorkerConfig } from './worker-config';
import { WorkerModule } from './worker.module';

export interface WorkerAppOptions {
  jobModules?: Type[];
  logger?: LoggerService | LogLevel[] | false;
}

/**
 * Builds the worker's application context (no HTTP). Fails, before connecting to anything, when a job has
 * no handler or two.
 */
export function createWorkerApp(config: WorkerConfig, options: WorkerAppOptions = {}): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config, options.jobModules), {
    logger: options.logger,
    // Report start-up errors to the caller instead of exiting the process.
    abortOnError: false,
  });
}

export interface StartWorkerOptions {
  /** Register the job schedulers (JOB_SCHEDULES), as the worker process does; tests of single jobs leave them out. */
  schedules?: boolean;
  /** Add the start-up jobs (STARTUP_JOBS), as the worker process does. */
  startupJobs?: boolean;
}

/** Connects to the database, then starts taking jobs, so no job runs before its handler can reach Postgres. */
export async function startWorker(app: INestApplicationContext, options: StartWorkerOptions = {}): Promise<void> {
  await app.get(DatabaseConnection).open();
  await app.get(QueueWorkers).start();
  if (options.schedules) await app.get(JobSchedules).register();
  if (options.startupJobs) await app.get(StartupJobs).enqueue();
}
