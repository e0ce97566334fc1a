import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { inContext } from '@raadgiver/db';
import { auditSentence, InvalidInputError, Language, NotFoundError, protectFromFormula, UnauthenticatedError } from '@raadgiver/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { decodeCursor, encodeCursor, pageSize } from '../inquiries/inquiry-cursor';
import { csvWriter, DateColumns, startTableDownload, TABLE_CONTENT_TYPES, TableFormat, writeChunk, xlsxWriter } from '../exports/table-writers';
import { AuditEventConnectionType, AuditEventType, AuditFilter } from './audit-event.types';
import { AuditCursor, AuditLogFilter, auditRepository, NamedAuditRow } from './audit.repository';
import { AuditService } from './audit.service';
import { citizenRepository } from '../citizens/citizen.repository';
import { pageOf } from '../graphql/connection';

export const MAX_AUDIT_PAGE = 500;

/** Events an export reads at a time. */
const EXPORT_CHUNK = 1_000;

export type AuditExportFormat = TableFormat | 'json';

/** The export's columns, the header in the reader's language. */
const EXPORT_HEADER: Record<Language, string[]> = {
  da: ['Dato', 'Klokkeslæt', 'Hændelse', 'Bruger', 'Rolle', 'Handling', 'Emnetype', 'Emne', 'Emne-id'],
  en: ['Date', 'Time', 'Event', 'User', 'Role', 'Action', 'Subject type', 'Subject', 'Subject id'],
};

const DANISH_TIME = 'Europe/Copenhagen';

/** The event's day and time of day in Danish time: dd.mm.yyyy and HH:MM:SS (English: yyyy-mm-dd). */
function dayAndTime(at: Date, language: Language): [string, string] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: DANISH_TIME, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const day = language === 'da' ? `${parts.day}.${parts.month}.${parts.year}` : `${parts.year}-${parts.month}-${parts.day}`;
  return [day, `${parts.hour}:${parts.minute}:${parts.second}`];
}

/** In the XLSX the date column is a real date: the event's time as the Danish wall clock shows it. */
function wallClock(at: Date): Date {
  const [day, time] = dayAndTime(at, 'en');
  return new Date(`${day}T${time}Z`);
}

/** The tenant admin's view of the audit log: a filtered list in sentences, its exports, and one citizen's events as CSV. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  list(ctx: RequestContext, filter: AuditFilter | null, first: number, after: string | null): Promise<AuditEventConnectionType> {
    ctx.requireTenant();
    const limit = pageSize(first, MAX_AUDIT_PAGE);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && Number.isNaN(Date.parse(cursor.key))) throw InvalidInputError.of('after', 'not_a_cursor');
    return ctx.run(async (em) => {
      const rows = await auditRepository.page(em, filter ?? {}, cursor, limit + 1);
      return pageOf(rows, limit, (row) => ({ cursor: encodeCursor(row.occurredAtText, row.id), node: this.present(row) }));
    });
  }

  /**
   * The filtered log, newest first, as CSV or XLSX in the reader's language (each event as its sentence) or as JSON for
   * the data protection officer's tools (ISO times, codes and ids). Read in one snapshot; the export is itself audited.
   */
  async export(claims: AuthClaims | undefined, format: AuditExportFormat, filter: AuditFilter | null, language: Language, res: Response): Promise<void> {
    if (!claims?.tenantId) throw new UnauthenticatedError();
    const ctx = { tenantId: claims.tenantId, userId: claims.userId };
    const criteria: AuditLogFilter = Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== null && value !== undefined && value !== ''));
    const finish = await inContext(this.dataSource, ctx, async (em) => {
      const writer = await this.exportWriter(format, language, res);
      let rowCount = 0;
      let cursor: AuditCursor | null = null;
      for (;;) {
        const rows = await auditRepository.page(em, criteria, cursor, EXPORT_CHUNK);
        if (rows.length === 0) break;
        rowCount += rows.length;
        await writer.rows(rows);
        const last = rows[rows.length - 1];
        cursor = { key: last.occurredAtText, id: last.id };
      }
      await this.audit.record(em, {
        tenantId: ctx.tenantId, userId: ctx.userId, action: 'audit.exported', subjectType: 'audit_event', subjectId: null,
        details: { format, language, criteria, rowCount },
      });
      return writer.end;
    });
    // The download completes only once the audit row is committed.
    await finish();
  }

  private async exportWriter(format: AuditExportFormat, language: Language, res: Response): Promise<{ rows(rows: NamedAuditRow[]): Promise<void>; end(): Promise<void> }> {
    if (format === 'json') {
      startTableDownload(res, 'application/json; charset=utf-8', 'audit-log.json');
      let first = true;
      await writeChunk(res, '[');
      return {
        rows: async (rows) => {
          const text = rows.map((row) => JSON.stringify(this.machineRow(row))).join(',\n');
          await writeChunk(res, `${first ? '\n' : ',\n'}${text}`);
          first = false;
        },
        end: async () => {
          res.end(first ? ']\n' : '\n]\n');
        },
      };
    }
    startTableDownload(res, TABLE_CONTENT_TYPES[format], `audit-log.${format}`);
    const dates: DateColumns = { positions: [0], dateOf: (text) => (text ? new Date(text) : null), format: { da: 'dd.mm.yyyy hh:mm:ss', en: 'yyyy-mm-dd hh:mm:ss' } };
    const table = format === 'csv' ? await csvWriter(res, language) : xlsxWriter(res, language, language === 'da' ? 'Log' : 'Audit log', dates);
    await table.rows([EXPORT_HEADER[language]]);
    return {
      // The XLSX gets the wall-clock time as its date cell (the time column then repeats it as text).
      rows: (rows) => table.rows(rows.map((row) => this.tableRow(row, language, format === 'xlsx'))),
      end: () => table.end(),
    };
  }

  private tableRow(row: NamedAuditRow, language: Language, isoDate: boolean): string[] {
    const [day, time] = dayAndTime(row.occurredAt, language);
    const sentence = auditSentence(row, language);
    return [
      isoDate ? wallClock(row.occurredAt).toISOString() : day, time, sentence, row.userName ?? '', row.userRoles.join(', '), row.action, row.subjectType,
      row.subjectLabel ?? '', row.subjectId ?? '',
    ];
  }

  private machineRow(row: NamedAuditRow) {
    return {
      id: row.id, occurredAt: row.occurredAt.toISOString(), action: row.action,
      user: row.userId ? { id: row.userId, name: row.userName, roles: row.userRoles } : null,
      subject: { type: row.subjectType, id: row.subjectId, label: row.subjectLabel },
      details: row.details, sentence: { da: auditSentence(row, 'da'), en: auditSentence(row, 'en') },
    };
  }

  /** Every event about the citizen or any of their inquiries (also deleted ones), oldest first, as CSV. Itself audited. */
  citizenExport(ctx: RequestContext, citizenId: string): Promise<string> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(citizenId, 'citizenId');
    return ctx.run(async (em) => {
      if (!(await citizenRepository.exists(em, citizenId))) throw new NotFoundError('citizen', 'citizenId');
      const rows = await auditRepository.aboutCitizen(em, citizenId);
      await this.audit.record(em, { tenantId, userId, action: 'citizen.audit_exported', subjectType: 'citizen', subjectId: citizenId, details: { events: rows.length } });
      const header = ['occurred_at', 'user', 'action', 'subject_type', 'subject_id', 'details'];
      const lines = rows.map((r) => [r.occurredAt.toISOString(), r.userName ?? '', r.action, r.subjectType, r.subjectId ?? '', JSON.stringify(r.details)]);
      return stringify([header, ...lines].map((line) => line.map(protectFromFormula)), { record_delimiter: '\r\n' });
    });
  }

  private present(row: NamedAuditRow): AuditEventType {
    return {
      id: row.id, occurredAt: row.occurredAt, action: row.action, subjectType: row.subjectType, subjectId: row.subjectId,
      details: JSON.stringify(row.details), userId: row.userId, userName: row.userName, userRoles: row.userRoles, subjectLabel: row.subjectLabel,
    };
  }
}
