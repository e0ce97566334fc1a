import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import {
  exportHeader, formatExportRow, INQUIRY_FILE_COLUMNS, INQUIRY_FILE_DATE_COLUMNS, InquiryExportRow, Language, orgUnitExportName, parseFileDate, protectFromFormula,
  UnauthenticatedError,
} from '@raadgiver/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { once } from 'node:events';
import { DataSource, EntityManager } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { InquiryFilter } from '../inquiries/dto/inquiry.inputs';
import { AuditService } from '../audit/audit.service';
import { filterCriteria } from '../inquiries/inquiry-filter';
import { ExportDbRow, exportRepository } from './export.repository';

export type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Writes to the response, waiting when the client reads slower than the database delivers. */
async function write(res: Response, chunk: string | Buffer): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

/** One sheet or CSV stream of export rows. */
interface ExportWriter {
  rows(rows: string[][]): Promise<void>;
  end(): Promise<void>;
}

/** CSV as a spreadsheet in the reader's language opens it: ';' between Danish cells (the comma is the decimal sign), ',' in English. */
function csvWriter(res: Response, language: Language): ExportWriter {
  const delimiter = language === 'da' ? ';' : ',';
  return {
    rows: (rows) => write(res, stringify(rows.map((row) => row.map(protectFromFormula)), { delimiter, record_delimiter: '\r\n' })),
    end: async () => {
      res.end();
    },
  };
}

/** The positions of the date columns, written as date cells in the reader's date format. */
const DATE_POSITIONS = INQUIRY_FILE_COLUMNS.flatMap((column, position) => (INQUIRY_FILE_DATE_COLUMNS.has(column) ? [position] : []));

function xlsxWriter(res: Response, language: Language): ExportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(language === 'da' ? 'Henvendelser' : 'Inquiries');
  const dateFormat = language === 'da' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  let header = true;
  return {
    rows: async (rows) => {
      for (const cells of rows) {
        const row = sheet.addRow(cells);
        if (!header) {
          for (const position of DATE_POSITIONS) {
            const iso = parseFileDate(cells[position]);
            if (iso === null) continue;
            const cell = row.getCell(position + 1);
            cell.value = new Date(`${iso}T00:00:00Z`);
            cell.numFmt = dateFormat;
          }
        }
        header = false;
        row.commit();
      }
      if (res.writableNeedDrain) await once(res, 'drain');
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

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
      res.status(200);
      res.setHeader('Content-Type', CONTENT_TYPE[format]);
      res.setHeader('Content-Disposition', `attachment; filename="inquiries.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      const writer = format === 'csv' ? csvWriter(res, language) : xlsxWriter(res, language);
      // The byte order mark makes spreadsheet programs read the file as UTF-8; the import strips it.
      if (format === 'csv') await write(res, '\uFEFF');
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
