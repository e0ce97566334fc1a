import { Logger } from '@nestjs/common';
import { OpsSettings } from '@raadgiver/db';

/**
 * The worker's limit on SIGTERM/SIGINT: its shutdown (QueueWorkers) waits for the running jobs; still running after
 * SHUTDOWN_GRACE_SECONDS, the process exits anyway. Their locks then expire (WORKER_LOCK_MS) and BullMQ's stalled-job
 * check of another (or the restarted) worker moves them back to waiting, so they run again; a job's steps are each
 * one transaction and every job is safe to re-run.
 */
export function exitAfterGrace(settings: OpsSettings | undefined): void {
  const graceSeconds = settings?.shutdownGraceSeconds ?? 25;
  const onSignal = () => {
    setTimeout(() => {
      new Logger('Worker').warn(`Jobs still running after ${graceSeconds} s: exiting; BullMQ takes them up again once their locks expire`);
      process.exit(0);
    }, graceSeconds * 1000).unref();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
