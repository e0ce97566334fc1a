/** What was typed in a decided-cases field: a whole number (spaces and thousands dots allowed), or why not. */
export type DecidedCasesEntry = { value: number } | { problem: 'empty' | 'notWhole' };

export function parseDecidedCases(typed: string): DecidedCasesEntry {
  const compact = typed.replace(/[\s.]/g, '');
  if (compact === '') return { problem: 'empty' };
  // A leading minus goes to the API, which names the field and the rule.
  if (!/^-?\d+$/.test(compact)) return { problem: 'notWhole' };
  const value = Number(compact);
  return Number.isSafeInteger(value) ? { value } : { problem: 'notWhole' };
}

/** The years offered: this year and the ones before it, newest first. */
export function caseVolumeYears(thisYear: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => thisYear - i);
}

/** The form field of the unit in place `index` of the table: flat names, as the form's fields are. */
export const unitField = (index: number) => `unit${index}`;

export interface DecidedCaseVolumeRow {
  orgUnitId: string;
  decidedCases: number;
}

/**
 * What one save sends: a row for each unit with a number typed (an empty field is left as it is), and the form
 * field of each row sent, so that the API's `rows[2].decidedCases` is shown at the right input.
 */
export function rowsToSave(unitIds: readonly string[], values: Readonly<Record<string, number | null>>): { rows: DecidedCaseVolumeRow[]; fields: string[] } {
  const rows: DecidedCaseVolumeRow[] = [];
  const fields: string[] = [];
  unitIds.forEach((orgUnitId, index) => {
    const decidedCases = values[unitField(index)];
    if (decidedCases === null || decidedCases === undefined) return;
    rows.push({ orgUnitId, decidedCases });
    fields.push(unitField(index));
  });
  return { rows, fields };
}

/** The form field an API error's field names: the row's (`rows[2].decidedCases`), or none (`year`). */
export function fieldOfRow(apiField: string, fields: readonly string[]): string {
  const row = /rows\[(\d+)\]/.exec(apiField);
  return (row && fields[Number(row[1])]) || apiField;
}
