import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobDefinition, JOBS } from '@raadgiver/domain';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { jobOptions } from './job-options';
import { withQueue } from './with-queue';

/** A job run on a calendar: a cron pattern in a time zone. */
export interface JobSchedule {
  /** The BullMQ job scheduler's id: one scheduler per id, however many workers register it. */
  id: string;
  job: JobDefinition;
  pattern: string;
  tz: string;
}

export const JOB_SCHEDULES: readonly JobSchedule[] = [
  // Before the working day starts, Danish time, summer and winter alike.
  { id: 'daily-reminders', job: JOBS.sendReminders, pattern: '0 7 * * *', tz: 'Europe/Copenhagen' },
  // At night, when nobody registers: every tenant's benchmark aggregates, whatever the debounced refreshes missed.
  { id: 'benchmark-nightly', job: JOBS.refreshAllBenchmarks, pattern: '30 2 * * *', tz: 'Europe/Copenhagen' },
  // After the benchmark's night run: closed inquiries past retention lose their personal data, old audit events go.
  { id: 'retention-nightly', job: JOBS.runRetention, pattern: '0 3 * * *', tz: 'Europe/Copenhagen' },
  { id: 'purge-expired-sessions', job: JOBS.purgeExpiredSessions, pattern: '15 * * * *', tz: 'Europe/Copenhagen' },
];

/**
 * Registers the job schedulers in Redis when the worker starts. upsertJobScheduler replaces a scheduler of the same
 * id, so every worker process may register them, and a changed pattern takes effect at the next start.
 */
@Injectable()
export class JobSchedules {
  private readonly logger = new Logger(JobSchedules.name);

  constructor(@Inject(WORKER_CONFIG) private readonly config: WorkerConfig) {}

  async register(schedules: readonly JobSchedule[] = JOB_SCHEDULES): Promise<void> {
    for (const schedule of schedules) {
      await withQueue(this.config, schedule.job.queue, (queue) =>
        queue.upsertJobScheduler(schedule.id, { pattern: schedule.pattern, tz: schedule.tz }, { name: schedule.job.name, data: {}, opts: jobOptions() }),
      );
      this.logger.debug(`Scheduled ${schedule.job.name}: "${schedule.pattern}" ${schedule.tz}`);
    }
  }
}
