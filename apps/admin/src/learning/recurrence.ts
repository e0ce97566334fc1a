/** Whether a complaint's cause can recur, as the API stores it. */
export const RECUR_VALUES = ['yes', 'no', 'unknown'] as const;
export type RecurValue = (typeof RECUR_VALUES)[number];

export function recurKey(value: string): RecurValue {
  return (RECUR_VALUES as readonly string[]).includes(value) ? (value as RecurValue) : 'unknown';
}
