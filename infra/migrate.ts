/**
 * One-shot migrations for deployments (`docker run raadgiver/server migrate`). Runs as the owner
 * role from OWNER_DATABASE_URL; the API and worker only ever hold the app role's URL.
 */
import { migrate } from '@raadgiver/db';

const ownerUrl = process.env.OWNER_DATABASE_URL;
if (!ownerUrl) {
  process.stderr.write('OWNER_DATABASE_URL is not set: migrations run as the raadgiver_owner role\n');
  process.exit(1);
}

migrate(ownerUrl).then(
  () => process.stdout.write('migrations applied\n'),
  (error: unknown) => {
    process.stderr.write(`migrations failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
