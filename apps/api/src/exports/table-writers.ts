import { Language, protectFromFormula } from '@raadgiver/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { once } from 'node:events';

export type TableFormat = 'csv' | 'xlsx';

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Writes to the response, waiting when the client reads slower than the database delivers. */
export async function writeChunk(res: Response, chunk: string | Buffer): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

/** One sheet or CSV stream of rows of text cells, the header first. */
export interface TableWriter {
  rows(rows: string[][]): Promise<void>;
  end(): Promise<void>;
}

/** How the XLSX writer turns some text cells into date cells. */
export interface DateColumns {
  /** The positions of the date columns. */
  positions: readonly number[];
  /** The cell's date, or null to keep the text. */
  dateOf(text: string): Date | null;
  /** The cells' number format in each language. */
  format: Record<Language, string>;
}

/**
 * CSV as a spreadsheet in the reader's language opens it: ';' between Danish cells (the comma is the decimal sign),
 * ',' in English; a byte order mark first, so spreadsheet programs read it as UTF-8.
 */
export async function csvWriter(res: Response, language: Language): Promise<TableWriter> {
  const delimiter = language === 'da' ? ';' : ',';
  await writeChunk(res, '\uFEFF');
  return {
    rows: (rows) => writeChunk(res, stringify(rows.map((row) => row.map(protectFromFormula)), { delimiter, record_delimiter: '\r\n' })),
    end: async () => {
      res.end();
    },
  };
}

/** A streamed workbook of one sheet; the date columns' cells are real dates in the reader's date format. */
export function xlsxWriter(res: Response, language: Language, sheetName: string, dates: DateColumns): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  let header = true;
  return {
    rows: async (rows) => {
      for (const cells of rows) {
        const row = sheet.addRow(cells);
        if (!header) {
          for (const position of dates.positions) {
            const date = dates.dateOf(cells[position]);
            if (date === null) continue;
            const cell = row.getCell(position + 1);
            cell.value = date;
            cell.numFmt = dates.format[language];
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

/** Starts a download of a table: status, type, file name, no caching. */
export function startTableDownload(res: Response, contentType: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}
