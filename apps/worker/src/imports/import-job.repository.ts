import { ImportRowProblem } from '@raadgiver/domain';
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

/** The SQL of import_job: each method runs in the caller's transaction, under the tenant's RLS. */
export const importJobRepository = {
  /** The job, locked; a queued or running one is (again) marked running from row 0. */
  async start(em: EntityManager, importJobId: string): Promise<ImportJobRow | undefined> {
    const [row] = await em.query<ImportJobRow[]>(
      `SELECT user_id, format, octet_length(content) AS content_bytes, create_missing, status, total_rows, inserted_rows, skipped_rows, error_total AS error_count
         FROM import_job WHERE id = $1 FOR UPDATE`,
      [importJobId],
    );
    if (row && (row.status === 'queued' || row.status === 'running')) {
      await em.query(`UPDATE import_job SET status = 'running', processed_rows = 0 WHERE id = $1`, [importJobId]);
    }
    return row;
  },

  async stored(em: EntityManager, importJobId: string): Promise<ImportJobRow | undefined> {
    const [row] = await em.query<ImportJobRow[]>(
      'SELECT status, total_rows, inserted_rows, skipped_rows, error_total AS error_count FROM import_job WHERE id = $1',
      [importJobId],
    );
    return row;
  },

  /** Locks the job for storing; false when it is no longer running (a second copy of the job finished it). */
  async lockRunning(em: EntityManager, importJobId: string): Promise<boolean> {
    const [locked] = await em.query<{ status: string }[]>('SELECT status FROM import_job WHERE id = $1 FOR UPDATE', [importJobId]);
    return locked?.status === 'running';
  },

  async progress(em: EntityManager, importJobId: string, processedRows: number): Promise<void> {
    await em.query('UPDATE import_job SET processed_rows = $2 WHERE id = $1', [importJobId, processedRows]);
  },

  /** `length` bytes of the uploaded file from `offset` (0-based); null when the file is gone. */
  async contentSlice(em: EntityManager, importJobId: string, offset: number, length: number): Promise<Buffer | null> {
    const [slice] = await em.query<{ chunk: Buffer | null }[]>('SELECT substring(content FROM $2 FOR $3) AS chunk FROM import_job WHERE id = $1', [
      importJobId, offset + 1, length,
    ]);
    return slice?.chunk ?? null;
  },

  /** Marks the job succeeded (the file is dropped) and writes the audit entry, in the store's transaction. */
  async succeed(em: EntityManager, tenantId: string, userId: string, importJobId: string, success: ImportSuccess): Promise<void> {
    await em.query(
      `INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details) VALUES ($1, $2, 'inquiry.imported', 'import_job', $3, $4)`,
      [tenantId, userId, importJobId, JSON.stringify(success)],
    );
    await em.query(
      `UPDATE import_job SET status = 'succeeded', total_rows = $2, processed_rows = $2, inserted_rows = $3, skipped_rows = $4,
              errors = '[]'::jsonb, content = NULL, finished_at = now() WHERE id = $1`,
      [importJobId, success.totalRows, success.insertedRows, success.skippedRows],
    );
  },

  /** Marks the job failed with the kept problems and their total; the file is dropped. */
  async fail(em: EntityManager, importJobId: string, totalRows: number, processedRows: number, errors: ImportRowProblem[], errorTotal: number): Promise<void> {
    await em.query(
      `UPDATE import_job SET status = 'failed', total_rows = $2, processed_rows = $3, inserted_rows = 0, skipped_rows = 0,
              errors = $4::jsonb, error_total = $5, content = NULL, finished_at = now() WHERE id = $1`,
      [importJobId, totalRows, processedRows, JSON.stringify(errors), errorTotal],
    );
  },
};
