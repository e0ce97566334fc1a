/**
 * How the statistics engine counts what the rules below name; the annual report's "Sådan er tallene opgjort" is told
 * from the same object, so the explanation cannot drift from the counting.
 */
export const COUNTING_RULES = {
  /** Response times are whole calendar days from the day an inquiry was received to the day of the step. */
  responseDays: 'calendar',
  /** The high percentile of the response times, by nearest rank. */
  percentile: 90,
} as const;

export type ResponseDayRule = (typeof COUNTING_RULES)['responseDays'];
