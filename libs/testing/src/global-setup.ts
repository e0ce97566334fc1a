import { bootstrapDatabase, migrate } from '@raadgiver/db';
import { adminDatabaseUrl, TEMPLATE_DATABASE_ENV, uniqueName } from './test-env';
import { seedTemplate } from './seed-template';

/** Builds one migrated and seeded template database per jest run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const database = uniqueName('raadgiver_tpl');
  const urls = await bootstrapDatabase({ adminUrl: adminDatabaseUrl(), database });
  await migrate(urls.ownerUrl);
  await seedTemplate(urls.appUrl);
  process.env[TEMPLATE_DATABASE_ENV] = database;
}
