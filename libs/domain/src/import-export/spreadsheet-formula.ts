/**
 * A spreadsheet program runs a CSV cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so an export could carry a formula typed into a summary to whoever opens the file. Such a
 * cell is written with an apostrophe in front, which spreadsheets show as text and the import removes.
 * Apostrophes already in front are counted in, so every text comes back exactly.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;

export function protectFromFormula(cell: string): string {
  return NEEDS_APOSTROPHE.test(cell) ? `'${cell}` : cell;
}

export function unprotectFromFormula(cell: string): string {
  return cell.startsWith("'") && NEEDS_APOSTROPHE.test(cell.slice(1)) ? cell.slice(1) : cell;
}
