import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import {
  exportHeader, formatExportRow, INQUIRY_FILE_COLUMNS, INQUIRY_FILE_DATE_COLUMNS, InquiryExportRow, Language, orgUnitExportName, parseFileDate, UnauthenticatedError,
} from '@raadgiver/domain';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { InquiryFilter } from '../inquiries/dto/inquiry.inputs';
import { AuditService } from '../audit/audit.service';
import { filterCriteria } from '../inquiries/inquiry-filter';
import { ExportDbRow, exportRepository } from './export.repository';
import { csvWriter, DateColumns, startTableDownload, TABLE_CONTENT_TYPES, TableFormat, xlsxWriter } from './table-writers';

export type ExportFormat = TableFormat;

/** The positions of the date columns, written as date cells in the reader's date format. */
const DATE_COLUMNS: DateColumns = {
  positions: INQUIRY_FILE_COLUMNS.flatMap((column, position) => (INQUIRY_FILE_DATE_COLUMNS.has(column) ? [position] : [])),
  dateOf: (text) => {
    const iso = parseFileDate(text);
    return iso === null ? null : new Date(`${iso}T00:00:00Z`);
  },
  format: { da: 'dd.mm.yyyy', en: 'yyyy-mm-dd' },
};

/** The filtered inquiry list in the import's columns, streamed as CSV or XLSX; every export is audited. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(claims: AuthClaims | undefined, format: ExportFormat, filter: InquiryFilter | null, language: Language, res: Response): Promise<void> {
    if (!claims?.tenantId) throw new UnauthenticatedError();
    const ctx = { tenantId: claims.tenantId, userId: claims.userId };
    const writer = await inContext(this.dataSource, ctx, async (em) => {
      const orgUnitNames = await this.orgUnitNames(em);
      // A cursor reads one snapshot in pieces: the file is consistent and memory stays flat however many rows there are.
      await exportRepository.open(em, filter);
      startTableDownload(res, TABLE_CONTENT_TYPES[format], `inquiries.${format}`);
      // The CSV's byte order mark makes spreadsheet programs read the file as UTF-8; the import strips it.
      const writer = format === 'csv' ? await csvWriter(res, language) : xlsxWriter(res, language, language === 'da' ? 'Henvendelser' : 'Inquiries', DATE_COLUMNS);
      await writer.rows([exportHeader(language)]);
      let rowCount = 0;
      for (;;) {
        const rows = await exportRepository.next(em);
        if (rows.length === 0) break;
        rowCount += rows.length;
        await writer.rows(rows.map((row) => formatExportRow(this.exportRow(row, orgUnitNames), language)));
      }
      await exportRepository.close(em);
      await this.audit.record(em, {
        tenantId: ctx.tenantId, userId: ctx.userId, action: 'inquiry.exported', subjectType: 'inquiry', subjectId: null,
        details: { format, language, criteria: filterCriteria(filter), rowCount },
      });
      return writer;
    });
    // The download completes only once the audit row is committed.
    await writer.end();
  }

  /** Each unit's name as the export writes it: one the import finds the same unit by. */
  private async orgUnitNames(em: EntityManager): Promise<Map<string, string>> {
    const units = await exportRepository.orgUnits(em);
    return new Map(units.map((unit) => [unit.id, orgUnitExportName(units, unit)]));
  }

  private exportRow(row: ExportDbRow, orgUnitNames: Map<string, string>): InquiryExportRow {
    return {
      reference: row.reference,
      receivedOn: row.received_on,
      channel: row.channel,
      citizenReference: row.citizen_reference,
      kind: row.kind,
      orgUnitName: row.org_unit_id === null ? null : (orgUnitNames.get(row.org_unit_id) ?? null),
      categoryNames: row.categories ?? [],
      outcomeName: row.outcome,
      mainReference: row.main_reference,
      firstContactOn: row.first_contact_on,
      closedOn: row.closed_on,
      summary: row.summary,
    };
  }
}
