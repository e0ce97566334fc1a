// DDMMYY, optionally a hyphen or space, then four digits; not part of a longer run of digits.
const CPR_SHAPE = /(?<!\d)(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?!\d)/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when the text holds something shaped like a Danish CPR number (DDMMYY-XXXX or DDMMYYXXXX)
 * with a real day and month. The summary must not carry personal identifiers, so the admin asks
 * before saving such text. Any century is possible, so 29 February counts in every fourth year.
 */
export function looksLikeCpr(text: string): boolean {
  for (const match of text.matchAll(CPR_SHAPE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const year = Number(match[3]);
    if (month < 1 || month > 12 || day < 1) continue;
    const lastDay = month === 2 && year % 4 !== 0 ? 28 : DAYS_IN_MONTH[month - 1];
    if (day <= lastDay) return true;
  }
  return false;
}
