import { randomBytes } from 'node:crypto';

/** Where integration tests find Postgres and Redis. CI and developer machines run both locally. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function redisUrl(): string {
  return process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

export const TEMPLATE_DATABASE_ENV = 'RAADGIVER_TEST_TEMPLATE_DB';

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}
