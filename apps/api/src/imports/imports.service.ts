import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { RequestContext } from '../graphql/request-context';
import { uploadedFileName } from '../validation/uploaded-file-name';
import { ImportJobConnectionType, ImportJobType } from './import-job.types';
import { decodeCursor, encodeCursor, pageSize } from '../inquiries/inquiry-cursor';
import { ImportQueue } from './import-queue';
import { importRepository } from './import.repository';
import { NotFoundError, InvalidInputError, UnauthenticatedError, isUuid, MAX_IMPORT_FILE_BYTES } from '@raadgiver/domain';
import { pageOf } from '../graphql/connection';

export const MAX_IMPORT_PAGE = 100;

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

function formatOf(fileName: string, content: Buffer): 'csv' | 'xlsx' {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx') {
    // An XLSX file is a zip archive: "PK\x03\x04".
    if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
    throw InvalidInputError.of('file', 'file_not_workbook');
  }
  throw InvalidInputError.of('file', 'file_wrong_type', { allowed: 'CSV, XLSX' });
}

@Injectable()
export class ImportsService {

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: ImportQueue,
  ) {}

  /** Stores the upload as an import job and enqueues its import; the file is read by the worker. */
  async start(claims: AuthClaims | undefined, file: UploadedImportFile | undefined, createMissingField: unknown): Promise<{ importJobId: string }> {
    if (!claims?.tenantId) throw new UnauthenticatedError();
    if (!file) throw InvalidInputError.of('file', 'file_required', { allowed: 'CSV, XLSX' });
    if (file.size === 0) throw InvalidInputError.of('file', 'file_empty');
    if (file.size > MAX_IMPORT_FILE_BYTES) throw InvalidInputError.of('file', 'file_too_large', { megabytes: MAX_IMPORT_FILE_BYTES / (1024 * 1024) });
    if (createMissingField !== undefined && createMissingField !== 'true' && createMissingField !== 'false') {
      throw InvalidInputError.of('createMissing', 'not_boolean');
    }
    const fileName = uploadedFileName(file.originalname).slice(-255) || 'upload';
    const format = formatOf(fileName, file.buffer);
    const ctx = { tenantId: claims.tenantId, userId: claims.userId };
    // The job is stored with the import (the job outbox): started for sure once this commits, Redis there or not.
    const id = await inContext(this.dataSource, ctx, async (em) => {
      const importJobId = await importRepository.insert(em, { ...ctx, fileName, format, content: file.buffer, createMissing: createMissingField === 'true' });
      await this.queue.enqueue(em, { tenantId: ctx.tenantId, importJobId });
      return importJobId;
    });
    return { importJobId: id };
  }

  get(ctx: RequestContext, id: string): Promise<ImportJobType> {
    ctx.requireTenant();
    if (!isUuid(id)) throw new NotFoundError('import_job');
    return ctx.run(async (em) => {
      const job = await importRepository.byId(em, id);
      if (!job) throw new NotFoundError('import_job');
      return job;
    });
  }

  /** A page of the municipality's imports, newest first. */
  list(ctx: RequestContext, first: number, after: string | null): Promise<ImportJobConnectionType> {
    ctx.requireTenant();
    const limit = pageSize(first, MAX_IMPORT_PAGE);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(cursor.key)) throw InvalidInputError.of('after', 'not_a_cursor');
    return ctx.run(async (em) => {
      const rows = await importRepository.page(em, cursor, limit + 1);
      return pageOf(rows, limit, ({ cursorKey, ...job }) => ({ cursor: encodeCursor(cursorKey, job.id), node: job }));
    });
  }
}
