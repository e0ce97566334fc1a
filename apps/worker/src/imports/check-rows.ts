import { HeaderMap, ImportRowProblem, InquiryImportDraft, isBlankRow, MAX_STORED_IMPORT_ERRORS, parseHeader, parseImportRow } from '@raadgiver/domain';
import { FileChunks, fileRows, UnreadableFileError } from './read-rows';

/** Rows between two progress reports (job progress and import_job.processed_rows). */
export const PROGRESS_EVERY = 1_000;

/** What checking every row on its own found. */
export interface CheckedRows {
  /** The first MAX_STORED_IMPORT_ERRORS problems; problemCount counts them all. */
  problems: ImportRowProblem[];
  problemCount: number;
  /** The good rows, without their summaries (read again when storing). */
  drafts: InquiryImportDraft[];
  /** References of rows with problems: a follow-up naming one is not reported twice. */
  referencesOfBadRows: Set<string>;
  /** Null when the header is unusable. */
  headerMap: HeaderMap | null;
  totalRows: number;
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
 * The import's first step: reads the file and checks every row on its own (columns, values, a reference twice),
 * keeping the good rows small (no summaries, shared strings) and only the first bad rows, so a file of bad rows
 * cannot fill the worker's memory. `onProgress` hears the number of rows read every PROGRESS_EVERY rows and at the end.
 */
export async function checkRows(format: 'csv' | 'xlsx', content: FileChunks, onProgress: (processedRows: number, done: boolean) => Promise<void>): Promise<CheckedRows> {
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
      if (parsed.ok) {
        internValues(parsed.draft, strings);
        // The summary is checked here but read again when storing: it is most of a row's size.
        parsed.draft.summary = '';
        const earlier = rowOfReference.get(parsed.draft.reference);
        if (earlier !== undefined) {
          report([{ row, column: headerMap.label.reference ?? 'reference', code: 'import_same_reference', params: { row: earlier } }]);
        } else {
          rowOfReference.set(parsed.draft.reference, row);
          drafts.push(parsed.draft);
        }
      } else {
        report(parsed.problems);
        const position = headerMap.index.reference;
        if (position !== undefined) referencesOfBadRows.add(String(cells[position] ?? '').trim());
      }
      if (totalRows % PROGRESS_EVERY === 0) await onProgress(totalRows, false);
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    report([error.problem]);
  }
  if (!headerMap && problemCount === 0) report([{ row: 1, column: 'file', code: 'file_empty' }]);
  await onProgress(totalRows, true);
  return { problems, problemCount, drafts, referencesOfBadRows, headerMap, totalRows };
}
