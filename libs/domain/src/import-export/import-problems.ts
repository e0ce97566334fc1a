import { fieldLabel } from '../errors/field-labels';
import { Language } from '../errors/language';
import { message, MessageCode, MessageParams } from '../errors/messages';

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

/** Labels of the names `column` holds when the file did not name the column itself. */
const COLUMN_LABELS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  file: { da: 'Filen', en: 'The file' },
  reference: { da: 'sagsnummer', en: 'reference' },
  received: { da: 'modtaget', en: 'received' },
  citizen: { da: 'borger', en: 'citizen' },
  kind: { da: 'type', en: 'kind' },
  org_unit: { da: 'enhed', en: 'org_unit' },
  categories: { da: 'forhold', en: 'categories' },
  outcome: { da: 'udfald', en: 'outcome' },
  follow_up_of: { da: 'følgesag_til', en: 'follow_up_of' },
  first_contact: { da: 'første_kontakt', en: 'first_contact' },
  closed: { da: 'afsluttet', en: 'closed' },
  summary: { da: 'resumé', en: 'summary' },
  channel: { da: 'kanal', en: 'channel' },
};

/** A problem as the reader sees it: the column and the reason, in `language`. */
export function presentImportProblem(problem: StoredImportRowProblem, language: Language): { row: number; column: string | null; reason: string } {
  if (!('code' in problem)) return problem;
  const column = COLUMN_LABELS[problem.column]?.[language] ?? problem.column;
  const params = problem.params ?? {};
  const shown = typeof params.other === 'string' ? { ...params, other: fieldLabel(params.other, language) } : params;
  const reason = message(problem.code, language, column, shown);
  return { row: problem.row, column, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
