/** Dates travel as 'YYYY-MM-DD' (a calendar day, no time zone); instants as ISO 8601 DateTime. */

const LOCALES: Record<string, string> = { da: 'da-DK', en: 'en-GB' };

function localeOf(language: string): string {
  return LOCALES[language] ?? LOCALES['da'];
}

/** A calendar day in the reader's language, e.g. "31. dec. 2023". UTC on both sides, so no day shifts. */
export function formatDay(isoDay: string, language: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatInstant(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today in the browser's time zone as 'YYYY-MM-DD', the default for effective dates. */
export function todayIsoDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
