import type { AuditAction } from '@raadgiver/domain';
import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { ImportRowProblem } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

/** An import_job row as the import reads it: never its content, which is read in slices. */
export interface ImportJobRow {
  user_id: string;
  format: 'csv' | 'xlsx';
  content_bytes: number | null;
  create_missing: boolean;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total_rows: number | null;
  inserted_rows: number;
  skipped_rows: number;
  error_count: number;
}

/** What a stored success says, for the audit log and import_job. */
export interface ImportSuccess {
  format: 'csv' | 'xlsx';
  totalRows: number;
  insertedRows: number;
  skippedRows: number;
  createdCitizens: number;
  createdOrgUnits: number;
  createdCategories: number;
  createdOutcomes: number;
}

const ID = '00000000-0000-4000-8000-000000000001';

/** The queries of import_job, as built (their SQL is in import-job.repository.sql, checked by `npm test`). */
export const importJobQueries = {
  lock: defineQuery([ID], (importJobId: string) =>
    qb
      .selectFrom('import_job')
      .select(['user_id', 'format', 'create_missing', 'status', 'total_rows', 'inserted_rows', 'skipped_rows', 'error_total as error_count'])
      .select(sql<number | null>`octet_length(content)`.as('content_bytes'))
      .where('id', '=', importJobId)
      .forUpdate(),
  ),
  markRunning: defineQuery([ID], (importJobId: string) =>
    qb.updateTable('import_job').set({ status: 'running', processed_rows: 0 }).where('id', '=', importJobId).where('status', 'in', ['queued', 'running']),
  ),
  progress: defineQuery([ID, 1000], (importJobId: string, processedRows: number) =>
    qb.updateTable('import_job').set({ processed_rows: processedRows }).where('id', '=', importJobId),
  ),
  contentSlice: defineQuery([ID, 0, 262144], (importJobId: string, offset: number, length: number) =>
    qb
      .selectFrom('import_job')
      .select(sql<Buffer | null>`substring(content from ${offset + 1} for ${length})`.as('chunk'))
      .where('id', '=', importJobId),
  ),
  audit: defineQuery([ID, ID, ID, '{}'], (tenantId: string, userId: string, importJobId: string, details: string) =>
    qb.insertInto('audit_event').values({ tenant_id: tenantId, user_id: userId, action: 'inquiry.imported' satisfies AuditAction, subject_type: 'import_job', subject_id: importJobId, details }),
  ),
  succeed: defineQuery([ID, 10, 9, 1], (importJobId: string, totalRows: number, insertedRows: number, skippedRows: number) =>
    qb
      .updateTable('import_job')
      .set({
        status: 'succeeded', total_rows: totalRows, processed_rows: totalRows, inserted_rows: insertedRows, skipped_rows: skippedRows,
        errors: sql`'[]'::jsonb`, content: null, finished_at: sql`now()`,
      })
      .where('id', '=', importJobId),
  ),
  fail: defineQuery([ID, 10, 10, '[]', 1], (importJobId: string, totalRows: number, processedRows: number, errors: string, errorTotal: number) =>
    qb
      .updateTable('import_job')
      .set({
        status: 'failed', total_rows: totalRows, processed_rows: processedRows, inserted_rows: 0, skipped_rows: 0,
        errors: sql`${errors}::jsonb`, error_total: errorTotal, content: null, finished_at: sql`now()`,
      })
      .where('id', '=', importJobId),
  ),
};

/** import_job as the import uses it: each method runs in the caller's transaction, under the tenant's RLS. */
export const importJobRepository = {
  /** The job, locked; a queued or running one is (again) marked running from row 0. */
  async start(em: EntityManager, importJobId: string): Promise<ImportJobRow | undefined> {
    const [row] = (await runQuery(em, importJobQueries.lock(importJobId))) as ImportJobRow[];
    await runWrite(em, importJobQueries.markRunning(importJobId));
    return row;
  },

  /** The stored outcome (a second copy of the job finished it). */
  async stored(em: EntityManager, importJobId: string): Promise<ImportJobRow | undefined> {
    const [row] = (await runQuery(em, importJobQueries.lock(importJobId))) as ImportJobRow[];
    return row;
  },

  /** Locks the job for storing; false when it is no longer running. */
  async lockRunning(em: EntityManager, importJobId: string): Promise<boolean> {
    const [row] = await runQuery(em, importJobQueries.lock(importJobId));
    return row?.status === 'running';
  },

  async progress(em: EntityManager, importJobId: string, processedRows: number): Promise<void> {
    await runWrite(em, importJobQueries.progress(importJobId, processedRows));
  },

  /** `length` bytes of the uploaded file from `offset` (0-based); null when the file is gone. */
  async contentSlice(em: EntityManager, importJobId: string, offset: number, length: number): Promise<Buffer | null> {
    const [slice] = await runQuery(em, importJobQueries.contentSlice(importJobId, offset, length));
    return slice?.chunk ?? null;
  },

  /** Marks the job succeeded (the file is dropped) and writes the audit entry, in the store's transaction. */
  async succeed(em: EntityManager, tenantId: string, userId: string, importJobId: string, success: ImportSuccess): Promise<void> {
    await runWrite(em, importJobQueries.audit(tenantId, userId, importJobId, JSON.stringify(success)));
    await runWrite(em, importJobQueries.succeed(importJobId, success.totalRows, success.insertedRows, success.skippedRows));
  },

  /** Marks the job failed with the kept problems and their total; the file is dropped. */
  async fail(em: EntityManager, importJobId: string, totalRows: number, processedRows: number, errors: ImportRowProblem[], errorTotal: number): Promise<void> {
    await runWrite(em, importJobQueries.fail(importJobId, totalRows, processedRows, JSON.stringify(errors), errorTotal));
  },
};
