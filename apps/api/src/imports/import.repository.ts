import { defineQuery, qb, runQuery } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { ImportJobType } from './import-job.types';

const ID = '00000000-0000-4000-8000-000000000001';

/** An upload as stored for the worker to import. */
export interface ImportUpload {
  tenantId: string;
  userId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  content: Buffer;
  createMissing: boolean;
}

/** The last import of the page before: when it was uploaded (created_at as text, to the microsecond) and its id. */
export interface ImportJobCursor {
  key: string;
  id: string;
}

function importJobs() {
  return qb
    .selectFrom('import_job')
    .select([
      'id', 'file_name as fileName', 'status', 'total_rows as totalRows', 'processed_rows as processedRows', 'inserted_rows as insertedRows',
      'skipped_rows as skippedRows', 'errors', 'error_total as errorCount', 'created_at as createdAt', 'finished_at as finishedAt', 'user_id as userId',
    ])
    .$castTo<ImportJobType>();
}

/** The API's side of import_job: storing an upload and showing how it went (the SQL is in import.repository.sql). */
export const importQueries = {
  insert: defineQuery([{ tenantId: ID, userId: ID, fileName: 'henvendelser.csv', format: 'csv', content: Buffer.from('a;b'), createMissing: false } as ImportUpload], (upload: ImportUpload) =>
    qb
      .insertInto('import_job')
      .values({
        tenant_id: upload.tenantId, user_id: upload.userId, file_name: upload.fileName, format: upload.format, content: upload.content, create_missing: upload.createMissing,
      })
      .returning('id'),
  ),
  byId: defineQuery([ID], (id: string) => importJobs().where('id', '=', id)),
  /** A page of the municipality's imports, newest first, from after `cursor`. */
  page: defineQuery([{ key: '2026-12-01 10:00:00.123456+00', id: ID } as ImportJobCursor | null, 26], (cursor: ImportJobCursor | null, limit: number) =>
    importJobs()
      .select(sql<string>`created_at::text`.as('cursorKey'))
      .$if(cursor !== null, (query) => query.where(sql<boolean>`(created_at, id) < (${cursor?.key}::timestamptz, ${cursor?.id}::uuid)`))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit),
  ),
};

/** The import jobs' reads and writes, each in the caller's transaction under the tenant's RLS. */
export const importRepository = {
  async insert(em: EntityManager, upload: ImportUpload): Promise<string> {
    const [{ id }] = await runQuery(em, importQueries.insert(upload));
    return id;
  },


  async byId(em: EntityManager, id: string): Promise<ImportJobType | null> {
    const [job] = await runQuery(em, importQueries.byId(id));
    return job ?? null;
  },

  page(em: EntityManager, cursor: ImportJobCursor | null, limit: number): Promise<(ImportJobType & { cursorKey: string })[]> {
    return runQuery(em, importQueries.page(cursor, limit));
  },
};
