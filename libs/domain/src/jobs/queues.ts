/**
 * Queue and job names, defined once and shared by API, worker and admin.
 * The worker refuses to start unless every job name here has exactly one handler.
 */
export const QUEUES = {
  maintenance: 'maintenance',
  imports: 'imports',
  reports: 'reports',
  followUp: 'follow-up',
  benchmark: 'benchmark',
  users: 'users',
  retention: 'retention',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Liveness probe of the queue pipeline: a no-op that proves a worker consumes jobs. */
  ping: { queue: QUEUES.maintenance, name: 'maintenance.ping' },
  /** Removes expired refresh sessions. */
  purgeExpiredSessions: { queue: QUEUES.maintenance, name: 'maintenance.purge-expired-sessions' },
  /** Imports an uploaded inquiry file (import_job); payload { tenantId, importJobId }, job id importJobQueueId(...). */
  importInquiries: { queue: QUEUES.imports, name: 'inquiries.import' },
  /** Makes a report version's PDF, DOCX and XLSX; payload GenerateReportPayload, job id reportJobQueueId(...). */
  generateReport: { queue: QUEUES.reports, name: 'reports.generate' },
  /**
   * Makes the documents of every published report that has none (a seeded or migrated report), one generateReport job
   * each; enqueued by the worker when it starts, job id MISSING_REPORT_DOCUMENTS_JOB_ID, no payload.
   */
  generateMissingReportDocuments: { queue: QUEUES.reports, name: 'reports.generate-missing' },
  /** Makes a report's follow-up note as DOCX and PDF; payload GenerateFollowUpNotePayload, job id followUpNoteJobQueueId(...). */
  generateFollowUpNote: { queue: QUEUES.followUp, name: 'follow-up.generate-note' },
  /**
   * E-mails department contacts about recommendations due within REMINDER_WINDOW_DAYS or overdue; run daily by a
   * job scheduler, payload { day?: 'YYYY-MM-DD' } (today in Copenhagen when absent). At most one e-mail per contact,
   * recommendation and day, however often it runs.
   */
  sendReminders: { queue: QUEUES.followUp, name: 'follow-up.send-reminders' },
  /**
   * Recomputes one tenant's benchmark aggregates; payload RefreshBenchmarkPayload. Added with a delay and
   * deduplication id benchmarkRefreshDedupId(...) when registrations change: at most one pending and one running per tenant.
   */
  refreshBenchmark: { queue: QUEUES.benchmark, name: 'benchmark.refresh' },
  /** Recomputes every tenant's benchmark aggregates, one after another; run nightly by a job scheduler, no payload. */
  refreshAllBenchmarks: { queue: QUEUES.benchmark, name: 'benchmark.refresh-all' },
  /**
   * When no public benchmark snapshot exists (a new installation, or a migration that changed what a snapshot holds
   * and removed the old ones), refreshes every tenant and publishes; else nothing. Enqueued by the worker when it
   * starts, job id MISSING_BENCHMARK_SNAPSHOT_JOB_ID, no payload.
   */
  publishMissingBenchmark: { queue: QUEUES.benchmark, name: 'benchmark.publish-missing' },
  /**
   * E-mails an invitation to join a tenant, with a new link (the secret is made here, never in a payload); payload
   * SendInvitationPayload. Sending again makes the earlier link void.
   */
  sendInvitation: { queue: QUEUES.users, name: 'users.send-invitation' },
  /**
   * Removes the personal data of every tenant's closed inquiries past retention, and the audit events past theirs, one
   * tenant after another; run nightly by a job scheduler, no payload.
   */
  runRetention: { queue: QUEUES.retention, name: 'retention.run-all' },
  /** One tenant's retention run; payload RunTenantRetentionPayload, job id retentionJobQueueId(...). */
  runTenantRetention: { queue: QUEUES.retention, name: 'retention.run-tenant' },
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];

export function jobNamesOf(queue: QueueName): string[] {
  return Object.values(JOBS)
    .filter((job) => job.queue === queue)
    .map((job) => job.name);
}

export type JobDefinition = (typeof JOBS)[keyof typeof JOBS];

/**
 * Options every job is added with unless its producer says otherwise (API and worker alike): retried with
 * exponential backoff (2 s, 4 s, 8 s, 16 s), finished jobs kept a while for the operator's queue view.
 * Shaped as BullMQ's DefaultJobOptions; this library does not import BullMQ.
 */
export const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 1_000 },
  removeOnFail: { age: 14 * 24 * 60 * 60 },
} as const;

/** The payload of JOBS.importInquiries: ids only, never file content or personal data. */
export interface ImportInquiriesPayload {
  tenantId: string;
  importJobId: string;
}

/** The BullMQ job id of an import: deterministic, so enqueueing the same import twice runs it once. */
export function importJobQueueId(tenantId: string, importJobId: string): string {
  return `import:${tenantId}:${importJobId}`;
}

/** The payload of JOBS.sendInvitation: ids only, never the address or the link. */
export interface SendInvitationPayload {
  tenantId: string;
  invitationId: string;
}

/** The payload of JOBS.generateReport: ids only. */
export interface GenerateReportPayload {
  tenantId: string;
  reportId: string;
  version: number;
}

/**
 * The BullMQ job id of a report version's generation: deterministic, so asking twice for one version runs it once.
 * `report:<tenantId>:<reportId>-<version>`: BullMQ refuses a custom id with a ':' unless it has exactly three parts.
 */
export function reportJobQueueId(tenantId: string, reportId: string, version: number): string {
  return `report:${tenantId}:${reportId}-${version}`;
}

/** The start-up job's id: workers starting together add one job; it is removed when done, so the next start checks again. */
export const MISSING_REPORT_DOCUMENTS_JOB_ID = 'startup-reports-generate-missing';

/** The start-up job's id of JOBS.publishMissingBenchmark, as MISSING_REPORT_DOCUMENTS_JOB_ID's. */
export const MISSING_BENCHMARK_SNAPSHOT_JOB_ID = 'startup-benchmark-publish-missing';

/** The payload of JOBS.generateFollowUpNote: ids only. */
export interface GenerateFollowUpNotePayload {
  tenantId: string;
  reportId: string;
  version: number;
}

/** The BullMQ job id of a follow-up note version: `follow-up-note:<tenantId>:<reportId>-<version>`. */
export function followUpNoteJobQueueId(tenantId: string, reportId: string, version: number): string {
  return `follow-up-note:${tenantId}:${reportId}-${version}`;
}

/** The payload of JOBS.sendReminders: the day to remind for (YYYY-MM-DD); today in Europe/Copenhagen when absent. */
export interface SendRemindersPayload {
  day?: string;
}

/** The payload of JOBS.refreshBenchmark: the tenant only. */
export interface RefreshBenchmarkPayload {
  tenantId: string;
}

/** The deduplication id of a tenant's benchmark refresh: one pending refresh per tenant, however many changes. */
export function benchmarkRefreshDedupId(tenantId: string): string {
  return `benchmark-refresh-${tenantId}`;
}

/** How long a refresh waits after a change, so a burst of registrations gives one refresh (env BENCHMARK_REFRESH_DELAY_MS). */
export function benchmarkRefreshDelayFromEnv(env: Record<string, string | undefined>): number {
  const ms = Number(env.BENCHMARK_REFRESH_DELAY_MS ?? 30_000);
  return Number.isInteger(ms) && ms >= 0 && ms <= 3_600_000 ? ms : 30_000;
}


/** The payload of JOBS.runTenantRetention: the tenant only. */
export interface RunTenantRetentionPayload {
  tenantId: string;
}

/** The BullMQ job id of a tenant's retention run on a day: `retention:<tenantId>:<YYYY-MM-DD>`. */
export function retentionJobQueueId(tenantId: string, day: string): string {
  return `retention:${tenantId}:${day}`;
}
