import { INQUIRY_KINDS, InquiryKind } from '../catalog/inquiry-kind';
import { dayNumber } from '../inquiries/calendar-date';

/** In a days column: the step is not done. */
export const NOT_DONE = -0x80000000;

/**
 * Registrations as columns, entry i of each column being registration i. A report reads up to hundreds of
 * thousands of registrations; as columns of small integers the loader builds no object per registration and
 * the engine counts without hashing strings. Ids are indexes into the `…Ids` lists, -1 for none.
 */
export interface RegistrationColumns {
  length: number;
  /** A small non-negative number per citizen: equal numbers are the same citizen. */
  citizen: Int32Array;
  /** Days since 1970-01-01 (`dayNumber`). */
  receivedDay: Int32Array;
  /** Index into INQUIRY_KINDS, -1 for a kind not in it. */
  kind: Int8Array;
  /** 1 for a follow-up, 0 for a main case. */
  followUp: Uint8Array;
  orgUnit: Int32Array;
  orgUnitIds: readonly string[];
  outcome: Int32Array;
  outcomeIds: readonly string[];
  /** The categories of registration i, none twice, are category[categoryStart[i]] up to before category[categoryStart[i + 1]]. */
  categoryStart: Int32Array;
  category: Int32Array;
  categoryIds: readonly string[];
  /** Days from receipt to first contact, NOT_DONE without one. */
  firstContactDays: Int32Array;
  /** Days from receipt to closing, NOT_DONE while open. */
  closeDays: Int32Array;
}

/** Numbers each distinct value in the order first seen. */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string | null): number {
    if (value === null) return -1;
    let n = this.index.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.index.set(value, n);
    }
    return n;
  }
}

/** A registration as an object, for tests and small inputs. Dates are YYYY-MM-DD. */
export interface ReportRegistration {
  id: string;
  citizenId: string;
  receivedOn: string;
  kind: InquiryKind;
  /** Null for a main case; the main case's id for a follow-up. */
  mainInquiryId: string | null;
  orgUnitId: string | null;
  categoryIds: readonly string[];
  outcomeId: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
}

/** The same registrations as columns; a category named twice on one registration counts once. */
export function registrationColumns(rows: readonly ReportRegistration[]): RegistrationColumns {
  const n = rows.length;
  const citizens = new Dictionary();
  const orgUnits = new Dictionary();
  const outcomes = new Dictionary();
  const categories = new Dictionary();
  const columns = {
    length: n,
    citizen: new Int32Array(n),
    receivedDay: new Int32Array(n),
    kind: new Int8Array(n),
    followUp: new Uint8Array(n),
    orgUnit: new Int32Array(n),
    outcome: new Int32Array(n),
    categoryStart: new Int32Array(n + 1),
    firstContactDays: new Int32Array(n),
    closeDays: new Int32Array(n),
  };
  const category: number[] = [];
  rows.forEach((r, i) => {
    const received = dayNumber(r.receivedOn);
    columns.citizen[i] = citizens.of(r.citizenId);
    columns.receivedDay[i] = received;
    columns.kind[i] = INQUIRY_KINDS.indexOf(r.kind);
    columns.followUp[i] = r.mainInquiryId === null ? 0 : 1;
    columns.orgUnit[i] = orgUnits.of(r.orgUnitId);
    columns.outcome[i] = outcomes.of(r.outcomeId);
    for (const id of new Set(r.categoryIds)) category.push(categories.of(id));
    columns.categoryStart[i + 1] = category.length;
    columns.firstContactDays[i] = r.firstContactOn === null ? NOT_DONE : dayNumber(r.firstContactOn) - received;
    columns.closeDays[i] = r.closedOn === null ? NOT_DONE : dayNumber(r.closedOn) - received;
  });
  return {
    ...columns,
    orgUnitIds: orgUnits.values,
    outcomeIds: outcomes.values,
    category: Int32Array.from(category),
    categoryIds: categories.values,
  };
}
