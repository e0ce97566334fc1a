import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { publishBenchmarkSnapshot } from '../benchmark/benchmark-snapshot';
import { refreshTenantBenchmark } from '../benchmark/refresh-benchmark';
import { inContext } from '../tenancy/db-context';
import { ArchivePackageContent, ArchivePackageError } from './archive-package-reader';
import { ARCHIVE_TABLES, ArchiveRow, ArchiveTableName, tableFile } from './archive-tables';
import { RestoredTable, tenantRestoreRepository } from './tenant-restore.repository';

/** A restore the installation refuses: it has the municipality already. Nothing is stored. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

/** How a package's table goes back into the database. */
interface RestoreStep {
  table: ArchiveTableName;
  /** The database table, when it differs from the package's name. */
  into?: RestoredTable;
  /** False for the municipality's own row and its users. */
  tenantOwned?: boolean;
  /** A row the installation has already (by id) is kept as it is. */
  keepExisting?: boolean;
  /** A column naming a row of the same table that must be written first (a unit's parent, a follow-up's main case). */
  after?: string;
  /** A write of its own instead of the rows as exported. */
  write?: (em: EntityManager, rows: ArchiveRow[], content: ArchivePackageContent) => Promise<number>;
}

/**
 * Every table of the package in the order its references need: the municipality, its users and roles, the units
 * (parents first), the catalogue, citizens, inquiries (main cases first) and what hangs on them, the reports and the
 * log. tenant-restore.spec.ts checks that every exported table is here exactly once.
 */
export const RESTORE_STEPS: readonly RestoreStep[] = [
  { table: 'tenant', tenantOwned: false },
  // A user who is a member of another municipality of the installation too is there already.
  { table: 'user', into: 'app_user', tenantOwned: false, keepExisting: true },
  { table: 'membership' },
  { table: 'tenant_retention' },
  { table: 'tenant_population' },
  { table: 'org_unit', after: 'parent_id' },
  { table: 'membership_org_unit' },
  { table: 'org_unit_event' },
  { table: 'org_unit_link' },
  { table: 'category' },
  { table: 'outcome' },
  { table: 'decided_case_volume' },
  { table: 'national_mapping_change' },
  { table: 'citizen' },
  { table: 'inquiry', after: 'main_inquiry_id' },
  { table: 'inquiry_category' },
  { table: 'learning_entry' },
  { table: 'report' },
  { table: 'report_version' },
  { table: 'report_document', write: writeDocuments },
  { table: 'recommendation' },
  { table: 'recommendation_org_unit' },
  { table: 'recommendation_status_change' },
  { table: 'recommendation_follow_up' },
  { table: 'benchmark_comment' },
  { table: 'audit_event' },
];

/** Rows per statement: few round trips, and a parameter far below PostgreSQL's limits. */
const BATCH_ROWS = 2000;

export interface TenantRestoreSummary {
  tenantId: string;
  name: string;
  kommunekode: string;
  /** Rows written per table of the package. */
  rows: Record<ArchiveTableName, number>;
  /** The benchmark aggregates made afresh from the restored registrations. */
  benchmark: { periods: number; counts: number };
}

/** A row with its place in the file (1 = the first row after the header), for the message when it is refused. */
interface NumberedRow {
  row: number;
  values: ArchiveRow;
}

/** The rows with every row its `column` names written before it; rows naming one that is not in the file keep their place. */
export function referencedFirst(rows: readonly NumberedRow[], column: string): NumberedRow[] {
  const ids = new Set(rows.map((r) => r.values.id));
  const placed = new Set<string | null>();
  const ordered: NumberedRow[] = [];
  let waiting = [...rows];
  while (waiting.length > 0) {
    const next = waiting.filter((r) => {
      const target = r.values[column] ?? null;
      return target === null || !ids.has(target) || placed.has(target);
    });
    // A cycle: write the rest as they are and let the database name the first row at fault.
    const ready = next.length > 0 ? next : waiting;
    for (const r of ready) {
      ordered.push(r);
      placed.add(r.values.id ?? null);
    }
    const done = new Set(ready);
    waiting = waiting.filter((r) => !done.has(r));
  }
  return ordered;
}

/** A row as json_populate_recordset reads it: JSON columns as their value, everything else as the exported text. */
function rowObject(table: ArchiveTableName, values: ArchiveRow): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const column of ARCHIVE_TABLES[table].columns) {
    const value = values[column.name] ?? null;
    object[column.name] = column.type === 'json' && value !== null ? JSON.parse(value) : value;
  }
  return object;
}

/** Why the database refused a row, without the row's values (which may be personal data). */
function refusal(error: unknown): string {
  const driverError = (error as { driverError?: { message?: string; constraint?: string } }).driverError;
  return driverError?.message ?? (error instanceof Error ? error.message : String(error));
}

async function writeDocuments(em: EntityManager, rows: ArchiveRow[], content: ArchivePackageContent): Promise<number> {
  let written = 0;
  for (const row of rows) {
    const bytes = content.files.get(row.file ?? '');
    if (!bytes) throw new ArchivePackageError(`${tableFile('report_document')}: the document ${row.file ?? '(none)'} is not in the package`);
    written += await tenantRestoreRepository.insertDocument(em, row.report_id as string, Number(row.version), bytes, createHash('sha256').update(bytes).digest('hex'));
  }
  return written;
}

/** Writes one table's rows; when the database refuses a batch, finds the first row it refuses and names it. */
async function restoreTable(em: EntityManager, step: RestoreStep, content: ArchivePackageContent): Promise<number> {
  const rows = content.tables[step.table];
  if (step.write) {
    const write = step.write;
    const outcome = await tenantRestoreRepository.attempt(em, () => write(em, rows, content));
    if ('error' in outcome) {
      if (outcome.error instanceof ArchivePackageError) throw outcome.error;
      throw new ArchivePackageError(`${tableFile(step.table)}: refused by the database: ${refusal(outcome.error)}`);
    }
    return outcome.written;
  }
  const numbered = rows.map((values, index) => ({ row: index + 1, values }));
  const ordered = step.after ? referencedFirst(numbered, step.after) : numbered;
  const columns = ARCHIVE_TABLES[step.table].columns.map((column) => column.name);
  const how = { tenantOwned: step.tenantOwned ?? true, keepExisting: step.keepExisting ?? false };
  const insert = (batch: NumberedRow[]) =>
    tenantRestoreRepository.insertRows(em, step.into ?? (step.table as RestoredTable), columns, how, batch.map((r) => rowObject(step.table, r.values)));
  let written = 0;
  for (let start = 0; start < ordered.length; start += BATCH_ROWS) {
    const batch = ordered.slice(start, start + BATCH_ROWS);
    const outcome = await tenantRestoreRepository.attempt(em, () => insert(batch));
    if ('written' in outcome) {
      written += outcome.written;
      continue;
    }
    for (const single of batch) {
      const alone = await tenantRestoreRepository.attempt(em, () => insert([single]));
      if ('error' in alone) throw new ArchivePackageError(`${tableFile(step.table)}, row ${single.row}: refused by the database: ${refusal(alone.error)}`);
    }
    throw new ArchivePackageError(`${tableFile(step.table)}, rows ${batch[0].row}–${batch[batch.length - 1].row}: refused by the database: ${refusal(outcome.error)}`);
  }
  return written;
}

/** The municipality of a full export; a period's archive, or a package without exactly one municipality, is refused. */
export function restorableTenant(content: ArchivePackageContent): { id: string; name: string; kommunekode: string; slug: string } {
  if (content.manifest.scope !== 'everything') {
    throw new ArchivePackageError(
      `The package is an archive of ${content.manifest.period.from} to ${content.manifest.period.to}, not a municipality's full export: only a full export can be restored`,
    );
  }
  const [tenant] = content.tables.tenant;
  if (content.tables.tenant.length !== 1 || !tenant.id || !tenant.kommunekode || !tenant.slug || !tenant.name) {
    throw new ArchivePackageError(`${tableFile('tenant')}: must hold exactly one municipality with its name, slug and kommunekode`);
  }
  return { id: tenant.id, name: tenant.name, kommunekode: tenant.kommunekode, slug: tenant.slug };
}

/**
 * Puts a municipality's full export (an 'everything' archive package, read by readArchivePackage) into this
 * installation, ids as exported, in ONE transaction: either all of it is stored, with the benchmark aggregates made
 * afresh from it and the public benchmark republished, or nothing. Refuses an installation that already has the
 * municipality (its id, kommunekode or slug). Runs as the connection's role under row-level security: as the operator
 * to add the municipality, and in the municipality's own context for its rows.
 */
export async function restoreTenant(dataSource: DataSource, content: ArchivePackageContent): Promise<TenantRestoreSummary> {
  const { id: tenantId, name, kommunekode, slug } = restorableTenant(content);
  return inContext(dataSource, { tenantId, userId: null, operator: true }, async (em) => {
    const existing = await tenantRestoreRepository.existing(em, tenantId, kommunekode, slug);
    if (existing) {
      throw new RestoreRefusedError(
        `The installation already has the municipality ${existing.name} (kommunekode ${existing.kommunekode}): a restore goes only into an installation without it`,
      );
    }
    const rows = {} as Record<ArchiveTableName, number>;
    for (const step of RESTORE_STEPS) rows[step.table] = await restoreTable(em, step, content);
    const { periods, counts } = await refreshTenantBenchmark(em, tenantId);
    await publishBenchmarkSnapshot(em);
    await tenantRestoreRepository.restored(em, tenantId, { packageId: content.manifest.packageId, madeAt: content.manifest.madeAt, rows });
    return { tenantId, name, kommunekode, rows, benchmark: { periods, counts } };
  });
}
