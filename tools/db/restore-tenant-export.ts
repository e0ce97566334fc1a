/**
 * Restores a municipality's full export (an archive package of scope 'everything', made before it left an
 * installation) into another installation, with ids as exported, so that its annual report figures and benchmark
 * aggregates come out the same:
 *
 *   DATABASE_URL=postgres://raadgiver_owner:…@host:5432/raadgiver \
 *     SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/db/restore-tenant-export.ts arkivpakke.zip
 *
 * DATABASE_URL (or --database URL) is the owner's (or an administrator's) connection to an installation that is
 * migrated and has its reference data but not this municipality. The package's checksums are verified first; then
 * the municipality and all its rows are written in ONE transaction, under row-level security in the municipality's
 * context, and its benchmark aggregates made afresh. Anything wrong (a damaged package, a row the database refuses,
 * the municipality already there) stops it with a message naming the file and row, and nothing is stored.
 * Exit code 0 when restored, 1 when refused, 2 on wrong usage. Prints a JSON summary (ids and row counts only).
 */
import { ArchivePackageError, createDataSource, readArchivePackage, RestoreRefusedError, restoreTenant, TenantRestoreSummary } from '@raadgiver/db';
import { readFile } from 'node:fs/promises';

export interface RestoreArguments {
  packageFile: string;
  databaseUrl: string;
}

const USAGE = 'usage: restore-tenant-export.ts [--database postgres://owner@host/db] <package.zip>  (or DATABASE_URL)';

/** The package file and the database from the command line and the environment; null when either is missing. */
export function restoreArguments(argv: readonly string[], env: NodeJS.ProcessEnv): RestoreArguments | null {
  const args = [...argv];
  let databaseUrl = env.DATABASE_URL ?? '';
  const flag = args.indexOf('--database');
  if (flag >= 0) [, databaseUrl = ''] = args.splice(flag, 2);
  if (args.length !== 1 || !databaseUrl) return null;
  return { packageFile: args[0], databaseUrl };
}

/** Reads and verifies the package, then restores it into the database. */
export async function restoreTenantExport({ packageFile, databaseUrl }: RestoreArguments): Promise<TenantRestoreSummary> {
  const content = await readArchivePackage(await readFile(packageFile));
  const dataSource = createDataSource({ url: databaseUrl, poolSize: 1, applicationName: 'raadgiver-restore' });
  await dataSource.initialize();
  try {
    return await restoreTenant(dataSource, content);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<number> {
  const args = restoreArguments(process.argv.slice(2), process.env);
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const summary = await restoreTenantExport(args);
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ArchivePackageError || error instanceof RestoreRefusedError)) throw error;
    process.stderr.write(`Not restored, nothing stored: ${error.message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`Not restored, nothing stored: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
