import { fieldLabel } from '../errors/field-labels';
import { Language } from '../errors/language';
import { message, MessageCode, MessageParams } from '../errors/messages';
import { danishColumnHeader, INQUIRY_FILE_COLUMNS, InquiryFileColumn } from './inquiry-columns';

/**
 * One thing wrong with one row of an import file, as the import job stores it: the catalogue's code and parameters,
 * so it is read in the reader's language. Row 1 is the header row, as a spreadsheet numbers it. `column` is the
 * column as the file's header wrote it, or, where the file has none (a missing column, the file as a whole), the
 * column's own name (`received`, `file`).
 */
export interface ImportRowProblem {
  row: number;
  column: string;
  code: MessageCode;
  /** `other`, when given, is another field of the inquiry (its label is shown). */
  params?: MessageParams;
}

/** A problem as stored before problems had codes: its English reason. */
interface ImportRowProblemWithReason {
  row: number;
  column: string | null;
  reason: string;
}

export type StoredImportRowProblem = ImportRowProblem | ImportRowProblemWithReason;

/** How the names `column` holds when the file did not name the column itself are shown. */
function columnLabel(column: string, language: Language): string {
  if (column === 'file') return language === 'da' ? 'Filen' : 'The file';
  if (!(INQUIRY_FILE_COLUMNS as readonly string[]).includes(column)) return column;
  // As the export's header names it, so the reader finds it in a file the platform wrote.
  return language === 'da' ? danishColumnHeader(column as InquiryFileColumn) : column;
}

/** A problem as the reader sees it: the column and the reason, in `language`. */
export function presentImportProblem(problem: StoredImportRowProblem, language: Language): { row: number; column: string | null; reason: string } {
  if (!('code' in problem)) return problem;
  const column = columnLabel(problem.column, language);
  const params = problem.params ?? {};
  const shown = typeof params.other === 'string' ? { ...params, other: fieldLabel(params.other, language) } : params;
  const reason = message(problem.code, language, column, shown);
  return { row: problem.row, column, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
