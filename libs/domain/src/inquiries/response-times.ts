import { daysBetween } from './calendar-date';

/** A tenant's targets in days from receipt (stored in tenant.settings.responseTargets). */
export interface ResponseTargets {
  firstContactDays: number;
  closeDays: number;
}

/** The "Dutch model" aims at contact within 2–10 days; 10 and 30 unless the tenant sets its own. */
export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = { firstContactDays: 10, closeDays: 30 };

export const RESPONSE_TARGET_LIMITS = { min: 1, max: 365 } as const;

export interface ResponseTimes {
  daysToFirstContact: number | null;
  daysToClose: number | null;
  /** Not yet contacted (nor closed) and more than firstContactDays since receipt. */
  firstContactOverdue: boolean;
  /** Not yet closed and more than closeDays since receipt. */
  closeOverdue: boolean;
}

export interface InquiryDates {
  receivedOn: string;
  firstContactOn: string | null;
  closedOn: string | null;
}

/**
 * Days to first contact and to close, and whether the inquiry is overdue today. Overdue means work
 * is still waiting past the target; a late but finished step shows in the day counts instead.
 * The inquiry list's `overdue` filter uses the same rule in SQL.
 */
export function responseTimes(inquiry: InquiryDates, targets: ResponseTargets, today: string): ResponseTimes {
  const waited = daysBetween(inquiry.receivedOn, today);
  const open = inquiry.closedOn === null;
  return {
    daysToFirstContact: inquiry.firstContactOn === null ? null : daysBetween(inquiry.receivedOn, inquiry.firstContactOn),
    daysToClose: inquiry.closedOn === null ? null : daysBetween(inquiry.receivedOn, inquiry.closedOn),
    firstContactOverdue: open && inquiry.firstContactOn === null && waited > targets.firstContactDays,
    closeOverdue: open && waited > targets.closeDays,
  };
}

/** The stored targets, or the defaults for any missing or malformed value. */
export function responseTargetsFrom(settings: unknown): ResponseTargets {
  const stored = (settings as { responseTargets?: Partial<Record<keyof ResponseTargets, unknown>> } | null)?.responseTargets ?? {};
  const pick = (key: keyof ResponseTargets) => {
    const value = stored[key];
    return Number.isInteger(value) && (value as number) >= RESPONSE_TARGET_LIMITS.min && (value as number) <= RESPONSE_TARGET_LIMITS.max
      ? (value as number)
      : DEFAULT_RESPONSE_TARGETS[key];
  };
  return { firstContactDays: pick('firstContactDays'), closeDays: pick('closeDays') };
}
