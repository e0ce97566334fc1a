import { detectCsvDelimiter, ImportRowProblem, MessageCode, MessageParams, unprotectFromFormula } from '@raadgiver/domain';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { pipeline, Readable } from 'node:stream';

/** One row of an import file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface FileRow {
  row: number;
  cells: unknown[];
}

/**
 * A file that cannot be read at all, and the problem the import reports for it (row: where reading stopped). The
 * parser's own words stay out of the report: they may quote the file.
 */
export class UnreadableFileError extends Error {
  readonly problem: ImportRowProblem;

  constructor(row: number, code: MessageCode, params?: MessageParams) {
    super(`File unreadable from row ${row} (${code})`);
    this.name = 'UnreadableFileError';
    this.problem = { row, column: 'file', code, ...(params && { params }) };
  }
}

/** The file's bytes, piece by piece (import_job.content read in slices, or a buffer in tests). */
export type FileChunks = AsyncIterable<Buffer>;

/** A buffer as file chunks. */
export async function* bufferChunks(content: Buffer, size = 64 * 1024): FileChunks {
  for (let offset = 0; offset < content.length; offset += size) yield content.subarray(offset, offset + size);
}

/** UTF-8 text of the chunks, refusing bytes that are not UTF-8; a byte order mark is dropped. */
async function* utf8Text(source: FileChunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source) yield decoder.decode(chunk, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) throw new UnreadableFileError(1, 'import_not_utf8');
    throw error;
  }
}

/** The rows of a CSV file (UTF-8, ',' or ';' as the header line shows), streamed. */
export async function* csvRows(source: FileChunks): AsyncGenerator<FileRow> {
  const text = utf8Text(source);
  // Read up to the end of the header line to see the delimiter, then hand everything to the parser.
  let head = '';
  while (!head.includes('\n')) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  const headerLine = head.slice(0, head.includes('\n') ? head.indexOf('\n') : undefined);
  const parser = parse({ delimiter: detectCsvDelimiter(headerLine), bom: true, relax_column_count: true, skip_empty_lines: false });
  // pipeline, unlike pipe, hands a failure of the source (bytes that are not UTF-8) on to the parser.
  pipeline(
    Readable.from(
      (async function* () {
        if (head) yield head;
        yield* text;
      })(),
      { highWaterMark: 1 },
    ),
    parser,
    () => undefined,
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record.map(unprotectFromFormula) };
    }
  } catch (error) {
    parser.destroy();
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(row + 1, 'import_unreadable', { format: 'CSV', row: row + 1 });
  }
}

/** The text of an XLSX cell value: rich text joined, hyperlinks and formulas by their text and result. */
function xlsxCell(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return xlsxCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** The rows of the first worksheet of an XLSX file, streamed with exceljs's WorkbookReader. */
export async function* xlsxRows(source: FileChunks): AsyncGenerator<FileRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source, { highWaterMark: 1 }), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let row = 0;
  try {
    for await (const worksheet of reader) {
      for await (const sheetRow of worksheet) {
        const values = (sheetRow as ExcelJS.Row).values as ExcelJS.CellValue[];
        row = (sheetRow as ExcelJS.Row).number;
        const cells: unknown[] = [];
        for (let column = 1; column < values.length; column += 1) cells.push(xlsxCell(values[column]));
        yield { row, cells };
      }
      // Only the first worksheet holds the inquiries.
      break;
    }
  } catch {
    throw new UnreadableFileError(row + 1, 'import_unreadable', { format: 'XLSX', row: row + 1 });
  }
}

export function fileRows(format: 'csv' | 'xlsx', source: FileChunks): AsyncGenerator<FileRow> {
  return format === 'csv' ? csvRows(source) : xlsxRows(source);
}
