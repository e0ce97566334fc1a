/** The periods the preview shows, as YYYY-MM-DD days, both ends included. */
export interface PeriodChoice {
  from: string;
  to: string;
  /** Blank comparison ends mean no comparison. */
  comparisonFrom: string;
  comparisonTo: string;
}

export interface PeriodInputs {
  period: { from: string; to: string };
  comparison: { from: string; to: string } | null;
}

export type PeriodProblem = 'periodMissing' | 'periodOrder' | 'comparisonIncomplete' | 'comparisonOrder';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar year, with the year before as comparison (the "Kalenderår" preset). */
export function calendarYear(year: number): PeriodChoice {
  return { from: `${year}-01-01`, to: `${year}-12-31`, comparisonFrom: `${year - 1}-01-01`, comparisonTo: `${year - 1}-12-31` };
}

/** The year whose preset the choice equals, or null for any other periods. */
export function calendarYearOf(choice: PeriodChoice): number | null {
  const year = Number(choice.from.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  const preset = calendarYear(year);
  return (Object.keys(preset) as (keyof PeriodChoice)[]).every((key) => preset[key] === choice[key]) ? year : null;
}

/** The query's variables, or what is wrong with the choice. */
export function periodInputs(choice: PeriodChoice): { inputs: PeriodInputs } | { problem: PeriodProblem } {
  if (!isDay(choice.from) || !isDay(choice.to)) return { problem: 'periodMissing' };
  if (choice.from > choice.to) return { problem: 'periodOrder' };
  const period = { from: choice.from, to: choice.to };
  if (choice.comparisonFrom === '' && choice.comparisonTo === '') return { inputs: { period, comparison: null } };
  if (!isDay(choice.comparisonFrom) || !isDay(choice.comparisonTo)) return { problem: 'comparisonIncomplete' };
  if (choice.comparisonFrom > choice.comparisonTo) return { problem: 'comparisonOrder' };
  return { inputs: { period, comparison: { from: choice.comparisonFrom, to: choice.comparisonTo } } };
}

const KEYS = { from: 'from', to: 'to', comparisonFrom: 'cfrom', comparisonTo: 'cto' } as const;

/** The choice kept in the route's query (`#/reports?from=…`), so a reload shows the same figures. */
export function choiceToQuery(choice: PeriodChoice): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(KEYS) as [keyof PeriodChoice, string][]) params.set(name, choice[key]);
  return params.toString();
}

export function choiceFromQuery(query: string, fallback: PeriodChoice): PeriodChoice {
  const params = new URLSearchParams(query);
  if (!params.has(KEYS.from)) return fallback;
  const read = (key: keyof PeriodChoice) => params.get(KEYS[key]) ?? '';
  return { from: read('from'), to: read('to'), comparisonFrom: read('comparisonFrom'), comparisonTo: read('comparisonTo') };
}
