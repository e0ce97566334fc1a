import { OpsSettings, readOpsSettings } from '@raadgiver/db';

/** Everything the worker reads from its environment, read once at start-up. */
export interface WorkerConfig {
  redisUrl: string;
  /** The app role's connection: row-level security applies to the worker as to the API. */
  databaseUrl: string;
  /** Prefix of every BullMQ key, so several installations (or test runs) can share one Redis. */
  queuePrefix: string;
  /** Jobs one worker process runs at the same time, per queue. */
  concurrency: number;
  /**
   * How long a job's lock lasts without renewal, and how often stalled jobs are looked for: a job
   * whose worker died is taken up again after about twice this.
   */
  lockMs: number;
  /** Where e-mails (reminders, invitations) go out; absent (as in tests that send none) means the same as no SMTP_URL. */
  mail?: MailConfig;
  /**
   * The health and metrics listener (WORKER_HTTP_PORT, default 3001, 0 a free port, "off" none; HOST as the API's,
   * default 127.0.0.1). Absent (as in tests of single jobs): none.
   */
  http?: { port: number; host: string } | null;
  /** Shutdown grace and metrics token, as the API's (libs/db/src/ops/ops-settings.ts); absent: the defaults. */
  ops?: OpsSettings;
  /**
   * REDIS_ALLOW_EVICTION=true: start although Redis' maxmemory-policy is not noeviction (assertRedisKeepsJobs), with a
   * warning. Off by default: under another policy a full Redis drops queued jobs.
   */
  allowRedisEviction?: boolean;
}

/** E-mail: the SMTP server, the sender, and the admin's address for links in the text. */
export interface MailConfig {
  /** smtp:// or smtps:// URL; null: reminders are not e-mailed (the worker says so at start). */
  smtpUrl: string | null;
  from: string;
  adminUrl: string;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const DEFAULT_QUEUE_PREFIX = 'raadgiver';
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_LOCK_MS = 30_000;
const DEFAULT_MAIL_FROM = 'Raadgiver <noreply@raadgiver.localhost>';
const DEFAULT_ADMIN_URL = 'http://localhost:4200';

/** The admin's address for links in e-mails (ADMIN_URL). */
export function adminUrlOf(config: WorkerConfig): string {
  return config.mail?.adminUrl ?? DEFAULT_ADMIN_URL;
}

function mailConfigFromEnv(env: Record<string, string | undefined>): MailConfig {
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const adminUrl = (env.ADMIN_URL || DEFAULT_ADMIN_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(adminUrl)) throw new Error('ADMIN_URL must be an http:// or https:// URL');
  return { smtpUrl, from: env.MAIL_FROM || DEFAULT_MAIL_FROM, adminUrl };
}

const DEFAULT_HTTP_PORT = 3001;

function httpFromEnv(env: Record<string, string | undefined>): WorkerConfig['http'] {
  const raw = env.WORKER_HTTP_PORT;
  if (raw === 'off') return null;
  const port = raw === undefined || raw === '' ? DEFAULT_HTTP_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('WORKER_HTTP_PORT must be a port number (0: any free port) or "off"');
  return { port, host: env.HOST || '127.0.0.1' };
}

export function workerConfigFromEnv(env: Record<string, string | undefined>): WorkerConfig {
  const databaseUrl = env.DATABASE_URL;
  // Never echo the URLs themselves: they carry passwords.
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: the worker needs the app role connection to Postgres');
  const queuePrefix = env.QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(queuePrefix)) {
    throw new Error('QUEUE_PREFIX must be 1 to 64 letters, digits, "-" or "_"');
  }
  const concurrency = env.WORKER_CONCURRENCY ? Number(env.WORKER_CONCURRENCY) : DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100) {
    throw new Error('WORKER_CONCURRENCY must be a whole number from 1 to 100');
  }
  const lockMs = env.WORKER_LOCK_MS ? Number(env.WORKER_LOCK_MS) : DEFAULT_LOCK_MS;
  if (!Number.isInteger(lockMs) || lockMs < 1_000 || lockMs > 600_000) {
    throw new Error('WORKER_LOCK_MS must be a whole number of milliseconds from 1000 to 600000');
  }
  const allowRedisEviction = env.REDIS_ALLOW_EVICTION === 'true';
  return {
    redisUrl: env.REDIS_URL || DEFAULT_REDIS_URL,
    databaseUrl,
    queuePrefix,
    concurrency,
    lockMs,
    mail: mailConfigFromEnv(env),
    http: httpFromEnv(env),
    ops: readOpsSettings(env),
    allowRedisEviction,
  };
}
