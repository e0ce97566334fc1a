import { Injectable, Logger } from '@nestjs/common';
import { inContext, INQUIRY_VERSION_DEFERRED, refreshTenantBenchmarkInContext } from '@raadgiver/db';
import {
  HeaderMap,
  ImportInquiriesPayload,
  ImportRowProblem,
  InquiryImportDraft,
  isBlankRow,
  JOBS,
  MAX_STORED_IMPORT_ERRORS,
  parseHeader,
  parseImportRow,
} from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { FileChunks, FileRow, fileRows, UnreadableFileError } from './read-rows';
import { CatalogRef, ImportCatalog, ImportPlan, ResolvedRow, resolveImport } from './resolve-import';

export interface ImportProgress {
  phase: 'validating' | 'inserting';
  processedRows: number;
  totalRows: number | null;
  insertedRows: number;
}

/** What a finished import reports (also the BullMQ job's result): counts only, never file content. */
export interface ImportResult {
  status: 'succeeded' | 'failed';
  totalRows: number;
  insertedRows: number;
  skippedRows: number;
  errorCount: number;
}

type ProgressListener = (progress: ImportProgress) => Promise<void> | void;

/** Rows between two progress reports (job progress and import_job.processed_rows). */
export const PROGRESS_EVERY = 1_000;
/** Rows per multi-row INSERT. */
const BATCH = 1_000;
/** Imports one worker process runs at the same time (its database pool has five connections). */
const MAX_RUNNING_IMPORTS = 2;
/** Bytes of the uploaded file read from the database at a time. */
const CONTENT_SLICE = 256 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ImportJobRow {
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

/**
 * Makes the draft share one string per distinct date, citizen and catalog name: a big file repeats
 * them on many rows, and the drafts are kept until the file has been checked.
 */
function internValues(draft: InquiryImportDraft, strings: Map<string, string>): void {
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  draft.receivedOn = intern(draft.receivedOn);
  draft.firstContactOn = intern(draft.firstContactOn);
  draft.closedOn = intern(draft.closedOn);
  draft.citizenReference = intern(draft.citizenReference);
  draft.orgUnitName = intern(draft.orgUnitName);
  draft.outcomeName = intern(draft.outcomeName);
  draft.categoryNames = draft.categoryNames.map(intern);
}

/**
 * A random uuid as a flat string. randomUUID() builds its result by concatenation, a tree of some twenty
 * string pieces (~500 bytes) until first used; copied flat it takes ~50 bytes, which counts for 100,000 ids.
 */
function newId(): string {
  return Buffer.from(randomUUID(), 'latin1').toString('latin1');
}

/** PostgreSQL's data exceptions (SQLSTATE class 22: bad bytes, values out of range): the same file fails again. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('22');
}

/** The error's kind and SQLSTATE for the log, never its message: that may quote the file's content. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return `${(error as Error)?.name ?? 'Error'}${typeof code === 'string' ? ` (SQLSTATE ${code})` : ''}`;
}

function resultOf(job: ImportJobRow): ImportResult {
  return {
    status: job.status === 'succeeded' ? 'succeeded' : 'failed',
    totalRows: job.total_rows ?? 0,
    insertedRows: job.inserted_rows,
    skippedRows: job.skipped_rows,
    errorCount: job.error_count,
  };
}

/**
 * The inquiries.import job: reads an uploaded file (import_job.content) row by row, validates every row,
 * and stores all of it in one transaction or nothing. Re-running a finished import changes nothing.
 */
@Injectable()
export class InquiryImportService {
  private readonly logger = new Logger(InquiryImportService.name);

  constructor(private readonly dataSource: DataSource) {}

  private running = 0;
  private readonly waiting: (() => void)[] = [];

  @JobHandler(JOBS.importInquiries)
  async handle(job: Job<ImportInquiriesPayload>): Promise<ImportResult> {
    const { tenantId, importJobId } = job.data ?? {};
    if (!UUID.test(tenantId ?? '') || !UUID.test(importJobId ?? '')) throw new UnrecoverableError('The job payload needs tenantId and importJobId');
    // At most MAX_RUNNING_IMPORTS at a time in this process: each holds a pooled connection for its transaction
    // and needs another for reading the file, and each keeps a big file's checked rows in memory.
    // A finishing import hands its slot straight to the next waiting one.
    if (this.running >= MAX_RUNNING_IMPORTS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await this.run(tenantId, importJobId, (progress) => job.updateProgress({ ...progress }));
    } catch (error) {
      // An import always ends: a failure the data causes (PostgreSQL's data exceptions, class 22) will not pass on a
      // retry, and the last attempt ends it whatever the cause. Earlier attempts of a passing fault are retried.
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!lastAttempt && !isDataException(error)) throw error;
      this.logger.error(`Import ${importJobId} failed on attempt ${job.attemptsMade + 1}: ${describeFailure(error)}`);
      return this.fail(tenantId, importJobId, 0, 0, [{ row: 1, column: 'file', reason: 'the file could not be stored; nothing of it was imported' }], 1);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  async run(tenantId: string, importJobId: string, onProgress: ProgressListener = () => undefined): Promise<ImportResult> {
    const started = Date.now();
    const job = await inContext(this.dataSource, { tenantId, userId: null }, async (em) => {
      const rows = await em.query<ImportJobRow[]>(
        `SELECT user_id, format, octet_length(content) AS content_bytes, create_missing, status, total_rows, inserted_rows, skipped_rows, error_total AS error_count
           FROM import_job WHERE id = $1 FOR UPDATE`,
        [importJobId],
      );
      if (rows[0] && (rows[0].status === 'queued' || rows[0].status === 'running')) {
        await em.query(`UPDATE import_job SET status = 'running', processed_rows = 0 WHERE id = $1`, [importJobId]);
      }
      return rows[0];
    });
    if (!job) throw new UnrecoverableError(`Import job ${importJobId} not found`);
    // A retry of a finished import (or a second copy of its job) reports the stored outcome and changes nothing.
    if (job.status === 'succeeded' || job.status === 'failed') return resultOf(job);
    if (!job.content_bytes) return this.fail(tenantId, importJobId, 0, 0, [{ row: 1, column: 'file', reason: 'the uploaded file is gone' }], 1);

    const ctx = { tenantId, userId: job.user_id };
    const progress = async (update: ImportProgress) => {
      await onProgress(update);
      if (update.phase === 'validating') {
        await inContext(this.dataSource, ctx, (em) => em.query('UPDATE import_job SET processed_rows = $2 WHERE id = $1', [importJobId, update.processedRows]));
      }
    };

    // 1. Read and check every row on its own.
    const timings: Record<string, number> = {};
    let phaseStarted = Date.now();
    const phase = (name: string) => {
      timings[name] = Date.now() - phaseStarted;
      phaseStarted = Date.now();
    };
    const read = await this.readFile(job.format, this.contentChunks(ctx, importJobId, job.content_bytes), progress);
    phase('read');
    if (!read.headerMap) return this.fail(tenantId, importJobId, read.totalRows, read.totalRows, read.problems, read.problemCount);

    // 2. Check the good rows' references against the tenant's data, so the report names every bad row at once.
    const catalog = await inContext(this.dataSource, ctx, (em) => this.loadCatalog(em, read.drafts));
    const { problems, plan } = resolveImport(read.drafts, read.referencesOfBadRows, catalog, read.headerMap, job.create_missing);
    if (read.problems.length > 0 || problems.length > 0) {
      return this.fail(tenantId, importJobId, read.totalRows, read.totalRows, [...read.problems, ...problems], read.problemCount + problems.length);
    }
    phase('check');

    // 3. Store everything in one transaction.
    const result = await inContext(this.dataSource, ctx, async (em) => {
      const [locked] = await em.query<{ status: string }[]>('SELECT status FROM import_job WHERE id = $1 FOR UPDATE', [importJobId]);
      if (locked?.status !== 'running') return null;
      const secondRead = fileRows(job.format, this.contentChunks(ctx, importJobId, job.content_bytes as number));
      // The tenant's inquiry version moves once, at the end, rather than with the first batch: its row stays free
      // for the advisors' own registrations while the import runs.
      await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', 'on', true)`);
      const inserted = await this.store(em, ctx, plan, secondRead, (insertedRows) =>
        onProgress({ phase: 'inserting', processedRows: read.totalRows, totalRows: read.totalRows, insertedRows }),
      );
      await em.query(`SELECT set_config('${INQUIRY_VERSION_DEFERRED}', '', true), inquiry_version_moved()`);
      const skipped = read.totalRows - inserted.inquiries;
      await em.query(
        `INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details) VALUES ($1, $2, 'inquiry.imported', 'import_job', $3, $4)`,
        [
          tenantId,
          job.user_id,
          importJobId,
          JSON.stringify({
            format: job.format,
            totalRows: read.totalRows,
            insertedRows: inserted.inquiries,
            skippedRows: skipped,
            createdCitizens: inserted.citizens,
            createdOrgUnits: plan.newOrgUnits.size,
            createdCategories: plan.newCategories.size,
            createdOutcomes: plan.newOutcomes.size,
          }),
        ],
      );
      await em.query(
        `UPDATE import_job SET status = 'succeeded', total_rows = $2, processed_rows = $2, inserted_rows = $3, skipped_rows = $4,
                errors = '[]'::jsonb, content = NULL, finished_at = now() WHERE id = $1`,
        [importJobId, read.totalRows, inserted.inquiries, skipped],
      );
      return { status: 'succeeded', totalRows: read.totalRows, insertedRows: inserted.inquiries, skippedRows: skipped, errorCount: 0 } satisfies ImportResult;
    });
    if (!result) {
      const stored = await inContext(this.dataSource, ctx, (em) =>
        em.query<ImportJobRow[]>(
          `SELECT status, total_rows, inserted_rows, skipped_rows, error_total AS error_count FROM import_job WHERE id = $1`,
          [importJobId],
        ),
      );
      return resultOf(stored[0]);
    }
    phase('store');
    // The import is one change: refresh the tenant's benchmark now rather than through the debounced job.
    await refreshTenantBenchmarkInContext(this.dataSource, tenantId).catch((error: unknown) => this.logger.warn(`Benchmark refresh after import ${importJobId} failed: ${(error as Error).message}`));
    this.logger.log(
      `Import ${importJobId}: ${result.insertedRows} inserted, ${result.skippedRows} skipped of ${result.totalRows} rows in ${Date.now() - started} ms ` +
        `(read ${timings.read} ms, check ${timings.check} ms, store ${timings.store} ms)`,
    );
    return result;
  }

  /** import_job.content in slices, each read in its own short transaction, so the whole file is never in memory at once. */
  private async *contentChunks(ctx: { tenantId: string; userId: string }, importJobId: string, bytes: number): FileChunks {
    for (let offset = 0; offset < bytes; offset += CONTENT_SLICE) {
      const [slice] = await inContext(this.dataSource, ctx, (em) =>
        em.query<{ chunk: Buffer | null }[]>('SELECT substring(content FROM $2 FOR $3) AS chunk FROM import_job WHERE id = $1', [importJobId, offset + 1, CONTENT_SLICE]),
      );
      if (!slice?.chunk) throw new UnreadableFileError(1, 'The uploaded file is gone');
      yield slice.chunk;
    }
  }

  private async readFile(format: 'csv' | 'xlsx', content: FileChunks, progress: (p: ImportProgress) => Promise<void>) {
    // The first bad rows are kept, the rest only counted: a file of bad rows must not fill the worker's memory.
    const problems: ImportRowProblem[] = [];
    let problemCount = 0;
    const report = (found: readonly ImportRowProblem[]) => {
      problemCount += found.length;
      for (const problem of found) if (problems.length < MAX_STORED_IMPORT_ERRORS) problems.push(problem);
    };
    const drafts: InquiryImportDraft[] = [];
    const referencesOfBadRows = new Set<string>();
    const rowOfReference = new Map<string, number>();
    const strings = new Map<string, string>();
    let headerMap: HeaderMap | null = null;
    let totalRows = 0;
    try {
      for await (const { row, cells } of fileRows(format, content)) {
        if (!headerMap) {
          const header = parseHeader(cells);
          report(header.problems);
          if (header.problems.length > 0) break;
          headerMap = header.map;
          continue;
        }
        if (isBlankRow(cells)) continue;
        totalRows += 1;
        const parsed = parseImportRow(headerMap, cells, row);
        // The summary is checked here but read again when storing: it is most of a row's size.
        if (parsed.ok) internValues(parsed.draft, strings);
        if (parsed.ok) parsed.draft.summary = '';
        if (parsed.ok) {
          const earlier = rowOfReference.get(parsed.draft.reference);
          if (earlier !== undefined) {
            report([{ row, column: headerMap.label.reference ?? 'reference', reason: `the same reference as row ${earlier}` }]);
          } else {
            rowOfReference.set(parsed.draft.reference, row);
            drafts.push(parsed.draft);
          }
        } else {
          report(parsed.problems);
          const position = headerMap.index.reference;
          if (position !== undefined) referencesOfBadRows.add(String(cells[position] ?? '').trim());
        }
        if (totalRows % PROGRESS_EVERY === 0) await progress({ phase: 'validating', processedRows: totalRows, totalRows: null, insertedRows: 0 });
      }
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      report([{ row: error.row, column: 'file', reason: error.message }]);
    }
    if (!headerMap && problemCount === 0) report([{ row: 1, column: 'file', reason: 'the file is empty' }]);
    await progress({ phase: 'validating', processedRows: totalRows, totalRows, insertedRows: 0 });
    return { problems, problemCount, drafts, referencesOfBadRows, headerMap, totalRows };
  }

  private async loadCatalog(em: EntityManager, drafts: InquiryImportDraft[]): Promise<ImportCatalog> {
    const references = [...new Set(drafts.flatMap((d) => (d.mainReference === null ? [d.reference] : [d.reference, d.mainReference])))];
    // One after another: the queries share the transaction's connection.
    const orgUnits = await em.query<{ id: string; name: string; short_name: string | null; closed: boolean }[]>(
      'SELECT id, name, short_name, valid_to IS NOT NULL AS closed FROM org_unit',
    );
    const categories = await em.query<{ id: string; name: string }[]>('SELECT id, name FROM category');
    const outcomes = await em.query<{ id: string; name: string }[]>('SELECT id, name FROM outcome');
    const inquiries = await em.query<{ id: string; reference: string; citizen_reference: string }[]>(
      `SELECT i.id, i.reference, c.reference AS citizen_reference
         FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
        WHERE i.tenant_id = app_tenant_id() AND i.reference = ANY($1::text[])`,
      [references],
    );
    return {
      orgUnits: orgUnits.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name, closed: u.closed })),
      categories,
      outcomes,
      existingInquiries: new Map(inquiries.map((i) => [i.reference, { id: i.id, citizenReference: i.citizen_reference }])),
    };
  }

  /** Creates what is missing, the citizens and the inquiries, in batches; returns how many were inserted. */
  private async store(
    em: EntityManager,
    ctx: { tenantId: string; userId: string },
    plan: ImportPlan,
    file: AsyncIterable<FileRow>,
    onInserted: (insertedRows: number) => Promise<void> | void,
  ): Promise<{ inquiries: number; citizens: number }> {
    const { tenantId, userId } = ctx;
    const createdUnits = new Map<string, string>();
    if (plan.newOrgUnits.size > 0) {
      const entries = [...plan.newOrgUnits];
      const [{ next }] = await em.query<{ next: number }[]>(
        'SELECT coalesce(max(sort_order) + 1, 0) AS next FROM org_unit WHERE tenant_id = $1 AND parent_id IS NULL',
        [tenantId],
      );
      const units = await em.query<{ id: string; name: string; valid_from: string }[]>(
        `INSERT INTO org_unit (tenant_id, name, kind, valid_from, sort_order)
         SELECT $1, u.name, 'department', u.valid_from, $4 + u.ord - 1
           FROM unnest($2::text[], $3::date[]) WITH ORDINALITY AS u(name, valid_from, ord)
         RETURNING id, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from`,
        [tenantId, entries.map(([, u]) => u.name), entries.map(([, u]) => u.validFrom), next],
      );
      await em.query(
        `INSERT INTO org_unit_event (tenant_id, org_unit_id, action, to_name, effective_date, actor_id)
         SELECT $1, u.id, 'created', u.name, u.valid_from, $4 FROM unnest($2::uuid[], $3::text[], $5::date[]) AS u(id, name, valid_from)`,
        [tenantId, units.map((u) => u.id), units.map((u) => u.name), userId, units.map((u) => u.valid_from)],
      );
      units.forEach((unit) => createdUnits.set(unit.name.trim().toLowerCase(), unit.id));
    }
    const createdCategories = await this.createCatalogEntries(em, tenantId, 'category', plan.newCategories);
    const createdOutcomes = await this.createCatalogEntries(em, tenantId, 'outcome', plan.newOutcomes);
    const idOf = (ref: CatalogRef | null, created: Map<string, string>): string | null =>
      ref === null ? null : 'id' in ref ? ref.id : (created.get(ref.create) ?? null);

    // Citizens by their reference: new ones are created with the reference as display name (a pseudonym).
    const citizenReferences = [...new Set(plan.rows.map((r) => r.draft.citizenReference))];
    const citizenIds = new Map<string, string>();
    let citizensCreated = 0;
    for (let offset = 0; offset < citizenReferences.length; offset += BATCH * 10) {
      const batch = citizenReferences.slice(offset, offset + BATCH * 10);
      const created = await em.query<unknown[]>(
        `INSERT INTO citizen (tenant_id, reference, display_name) SELECT $1, r, left(r, 200) FROM unnest($2::text[]) AS r
         ON CONFLICT (tenant_id, reference) DO NOTHING RETURNING id`,
        [tenantId, batch],
      );
      citizensCreated += created.length;
      const rows = await em.query<{ id: string; reference: string }[]>(
        'SELECT id, reference FROM citizen WHERE tenant_id = $1 AND reference = ANY($2::text[])',
        [tenantId, batch],
      );
      rows.forEach((row) => citizenIds.set(row.reference, row.id));
    }

    // The file is read a second time for the summaries, which the check left out to keep memory flat; rows go
    // in file order. Ids are made here, so a follow-up names its main case in the same INSERT when the main case
    // is in the same or an earlier batch; a main case further down the file is linked at the end.
    const planned = new Map(plan.rows.map((row, index) => [row.draft.reference, { row, index, id: newId() }] as const));
    const laterLinks: [string, string][] = [];
    let insertedCount = 0;
    let batch: { row: ResolvedRow; id: string; summary: string }[] = [];
    let batchNumber = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const column = <T>(pick: (entry: (typeof batch)[number]) => T) => batch.map(pick);
      const mainId = (entry: (typeof batch)[number]): string | null => {
        const main = entry.row.main;
        if (main === null) return null;
        if ('id' in main) return main.id;
        const found = planned.get(main.reference) as { index: number; id: string };
        if (Math.floor(found.index / BATCH) <= batchNumber) return found.id;
        laterLinks.push([entry.id, found.id]);
        return null;
      };
      const inserted = await em.query<{ id: string }[]>(
        `INSERT INTO inquiry (tenant_id, id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id, main_inquiry_id,
                              first_contact_on, closed_on, status, summary)
         SELECT $1, r.id, r.reference, r.received_on, r.channel, r.citizen_id, r.kind, r.org_unit_id, r.outcome_id, r.main_inquiry_id,
                r.first_contact_on, r.closed_on, CASE WHEN r.closed_on IS NULL THEN 'open' ELSE 'closed' END, r.summary
           FROM unnest($2::uuid[], $3::text[], $4::date[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[], $11::date[], $12::date[], $13::text[])
             AS r(id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id, main_inquiry_id, first_contact_on, closed_on, summary)
         ON CONFLICT (tenant_id, reference) DO NOTHING
         RETURNING id`,
        [
          tenantId,
          column((e) => e.id),
          column((e) => e.row.draft.reference),
          column((e) => e.row.draft.receivedOn),
          column((e) => e.row.draft.channel),
          column((e) => citizenIds.get(e.row.draft.citizenReference)),
          column((e) => e.row.draft.kind),
          column((e) => idOf(e.row.orgUnit, createdUnits)),
          column((e) => idOf(e.row.outcome, createdOutcomes)),
          column(mainId),
          column((e) => e.row.draft.firstContactOn),
          column((e) => e.row.draft.closedOn),
          column((e) => e.summary),
        ],
      );
      insertedCount += inserted.length;
      const insertedIds = new Set(inserted.map((row) => row.id));
      const links = batch.flatMap((e) => (insertedIds.has(e.id) ? e.row.categories.map((c) => [e.id, idOf(c, createdCategories)] as const) : []));
      if (links.length > 0) {
        await em.query(
          'INSERT INTO inquiry_category (tenant_id, inquiry_id, category_id) SELECT $1, l.i, l.c FROM unnest($2::uuid[], $3::uuid[]) AS l(i, c)',
          [tenantId, links.map(([i]) => i), links.map(([, c]) => c)],
        );
      }
      batch = [];
      batchNumber += 1;
      await onInserted(insertedCount);
    };

    let headerMap: HeaderMap | null = null;
    let seen = 0;
    // Nothing new (a re-import): no need to read the file again.
    for await (const { row, cells } of plan.rows.length > 0 ? file : []) {
      if (!headerMap) {
        headerMap = parseHeader(cells).map;
        continue;
      }
      if (isBlankRow(cells)) continue;
      const parsed = parseImportRow(headerMap, cells, row);
      // The same bytes were checked a moment ago; anything else means the stored file changed.
      if (!parsed.ok) throw new Error(`Row ${row} reads differently the second time`);
      const entry = planned.get(parsed.draft.reference);
      if (!entry) continue;
      seen += 1;
      batch.push({ row: entry.row, id: entry.id, summary: parsed.draft.summary });
      if (batch.length === BATCH) await flush();
    }
    await flush();
    if (seen !== plan.rows.length) throw new Error('The stored file holds other rows the second time it is read');

    for (let offset = 0; offset < laterLinks.length; offset += BATCH * 10) {
      const links = laterLinks.slice(offset, offset + BATCH * 10);
      await em.query(
        `UPDATE inquiry i SET main_inquiry_id = f.main FROM unnest($2::uuid[], $3::uuid[]) AS f(id, main) WHERE i.tenant_id = $1 AND i.id = f.id`,
        [tenantId, links.map(([id]) => id), links.map(([, main]) => main)],
      );
    }
    return { inquiries: insertedCount, citizens: citizensCreated };
  }

  private async createCatalogEntries(em: EntityManager, tenantId: string, table: 'category' | 'outcome', names: Map<string, string>): Promise<Map<string, string>> {
    if (names.size === 0) return new Map();
    const [{ next }] = await em.query<{ next: number }[]>(`SELECT coalesce(max(sort_order) + 1, 0) AS next FROM ${table} WHERE tenant_id = $1`, [tenantId]);
    const rows = await em.query<{ id: string; name: string }[]>(
      `INSERT INTO ${table} (tenant_id, name, national_code, sort_order)
       SELECT $1, n.name, 'other', $3 + n.ord - 1 FROM unnest($2::text[]) WITH ORDINALITY AS n(name, ord) RETURNING id, name`,
      [tenantId, [...names.values()], next],
    );
    return new Map(rows.map((row) => [row.name.trim().toLowerCase(), row.id]));
  }

  /** Rejects the file: the first MAX_STORED_IMPORT_ERRORS problems by row are kept, `problemTotal` counts them all. */
  private async fail(
    tenantId: string,
    importJobId: string,
    totalRows: number,
    processedRows: number,
    problems: ImportRowProblem[],
    problemTotal: number,
  ): Promise<ImportResult> {
    const errors = [...problems].sort((a, b) => a.row - b.row).slice(0, MAX_STORED_IMPORT_ERRORS);
    await inContext(this.dataSource, { tenantId, userId: null }, (em) =>
      em.query(
        `UPDATE import_job SET status = 'failed', total_rows = $2, processed_rows = $3, inserted_rows = 0, skipped_rows = 0,
                errors = $4::jsonb, error_total = $5, content = NULL, finished_at = now() WHERE id = $1`,
        [importJobId, totalRows, processedRows, JSON.stringify(errors), problemTotal],
      ),
    );
    this.logger.log(`Import ${importJobId} rejected: ${problemTotal} problems in ${totalRows} rows`);
    return { status: 'failed', totalRows, insertedRows: 0, skippedRows: 0, errorCount: problemTotal };
  }
}
