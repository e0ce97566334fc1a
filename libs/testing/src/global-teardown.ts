import { dropDatabase } from '@raadgiver/db';
import { adminDatabaseUrl, TEMPLATE_DATABASE_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const database = process.env[TEMPLATE_DATABASE_ENV];
  if (database) await dropDatabase(adminDatabaseUrl(), database);
}
