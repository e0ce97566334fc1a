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
