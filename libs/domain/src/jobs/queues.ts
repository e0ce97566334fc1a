/**
 * Queue and job names, defined once and shared by API, worker and admin.
 * The worker refuses to start unless every job name here has exactly one handler.
 */
export const QUEUES = {
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Liveness probe of the queue pipeline: a no-op that proves a worker consumes jobs. */
  ping: { queue: QUEUES.maintenance, name: 'maintenance.ping' },
  /** Removes expired refresh sessions. */
  purgeExpiredSessions: { queue: QUEUES.maintenance, name: 'maintenance.purge-expired-sessions' },
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];

export function jobNamesOf(queue: QueueName): string[] {
  return Object.values(JOBS)
    .filter((job) => job.queue === queue)
    .map((job) => job.name);
}
