import { INQUIRY_CHANNELS, INQUIRY_KINDS } from '../catalog/inquiry-kind';
import { addDays, isCalendarDate } from './calendar-date';
import { looksLikeCpr } from './cpr';
import type { MessageCode, MessageParams } from '../errors/messages';

/**
 * The dates an inquiry may carry: none before the first citizen advisors' time (the earliest Danish municipal
 * citizen advisor started in the 2000s; 1990 leaves room for old archives), none more than a year ahead.
 */
export const EARLIEST_INQUIRY_DATE = '1990-01-01';
export const MAX_DAYS_AHEAD = 366;

/** Limits on an inquiry's text, the same as the database checks. */
export const INQUIRY_LIMITS = { reference: 100, citizenReference: 100, summary: 10_000 } as const;

/**
 * An inquiry as typed or imported, before it is stored: plain values, ids not yet checked against
 * the database. The API and the import validate with the same rules.
 */
export interface InquiryDraft {
  reference: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  channel: string;
  citizenReference: string;
  kind: string;
  orgUnitId: string | null;
  categoryIds: string[];
  outcomeId: string | null;
  mainInquiryId: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  summary: string;
}

export interface InquiryProblem {
  /** The draft's field name, e.g. `closedOn`. */
  field: keyof InquiryDraft;
  /** In English, for the import's row report. */
  reason: string;
  /** The message catalogue's code and parameters, for the API (`other` names another draft field). */
  code: MessageCode;
  params?: MessageParams;
}

/** A reference: not empty, not too long, and never a CPR number (references are shown and exported everywhere). */
function textProblem(field: keyof InquiryDraft, value: string, max: number): InquiryProblem | null {
  const length = value.trim().length;
  if (length === 0) return { field, reason: `${field} must not be empty`, code: 'required' };
  if (length > max) return { field, reason: `${field} must be at most ${max} characters`, code: 'too_long', params: { max } };
  if (looksLikeCpr(value)) return { field, reason: `${field} looks like a CPR number, which is not stored here`, code: 'cpr_like' };
  return null;
}

/** A date's plausibility: from EARLIEST_INQUIRY_DATE to MAX_DAYS_AHEAD after `today`. */
function dateRangeProblem(field: keyof InquiryDraft, value: string, today: string): InquiryProblem | null {
  if (value < EARLIEST_INQUIRY_DATE) return { field, reason: `${field} must not be before ${EARLIEST_INQUIRY_DATE}`, code: 'date_too_early', params: { date: EARLIEST_INQUIRY_DATE } };
  const latest = addDays(today, MAX_DAYS_AHEAD);
  if (value > latest) return { field, reason: `${field} must not be after ${latest}`, code: 'date_too_late', params: { date: latest } };
  return null;
}

/**
 * Every rule an inquiry must meet on its own. Referential checks (unknown unit, category or outcome,
 * a main case of another citizen) need the database and are left to the callers.
 */
export function inquiryProblems(draft: InquiryDraft, today: string = new Date().toISOString().slice(0, 10)): InquiryProblem[] {
  const problems: (InquiryProblem | null)[] = [
    textProblem('reference', draft.reference, INQUIRY_LIMITS.reference),
    textProblem('citizenReference', draft.citizenReference, INQUIRY_LIMITS.citizenReference),
  ];
  if (!(INQUIRY_KINDS as readonly string[]).includes(draft.kind)) {
    problems.push({ field: 'kind', reason: `kind must be one of ${INQUIRY_KINDS.join(', ')}`, code: 'not_in_list' });
  }
  if (!(INQUIRY_CHANNELS as readonly string[]).includes(draft.channel)) {
    problems.push({ field: 'channel', reason: `channel must be one of ${INQUIRY_CHANNELS.join(', ')}`, code: 'not_in_list' });
  }
  const receivedOk = isCalendarDate(draft.receivedOn);
  if (!receivedOk) problems.push({ field: 'receivedOn', reason: 'receivedOn must be a date as YYYY-MM-DD', code: 'not_a_date' });
  else problems.push(dateRangeProblem('receivedOn', draft.receivedOn, today));
  for (const field of ['firstContactOn', 'closedOn'] as const) {
    const value = draft[field];
    if (value === null) continue;
    if (!isCalendarDate(value)) problems.push({ field, reason: `${field} must be a date as YYYY-MM-DD`, code: 'not_a_date' });
    else if (receivedOk && value < draft.receivedOn) problems.push({ field, reason: `${field} must not be before receivedOn (${draft.receivedOn})`, code: 'date_before_field', params: { other: 'receivedOn', date: draft.receivedOn } });
    else if (field === 'closedOn' && draft.firstContactOn !== null && isCalendarDate(draft.firstContactOn) && value < draft.firstContactOn) {
      problems.push({ field, reason: `closedOn must not be before firstContactOn (${draft.firstContactOn})`, code: 'date_before_field', params: { other: 'firstContactOn', date: draft.firstContactOn } });
    } else problems.push(dateRangeProblem(field, value, today));
  }
  if (draft.kind === 'complaint' && draft.categoryIds.length === 0) {
    problems.push({ field: 'categoryIds', reason: 'A complaint needs at least one category', code: 'complaint_needs_category' });
  }
  if (new Set(draft.categoryIds).size !== draft.categoryIds.length) {
    problems.push({ field: 'categoryIds', reason: 'categoryIds must not repeat a category', code: 'no_repeats' });
  }
  // The summary is stored exactly as typed, but one of only spaces says nothing: it is required like the reference.
  if (draft.summary.trim().length === 0) {
    problems.push({ field: 'summary', reason: 'summary must not be empty', code: 'required' });
  } else if (draft.summary.length > INQUIRY_LIMITS.summary) {
    problems.push({ field: 'summary', reason: `summary must be at most ${INQUIRY_LIMITS.summary} characters`, code: 'too_long', params: { max: INQUIRY_LIMITS.summary } });
  }
  return problems.filter((p): p is InquiryProblem => p !== null);
}
