import { InvalidInputError, isCalendarDate, isUuid } from '@raadgiver/domain';
import type { RecommendationCursor } from './follow-up.repository';

/** An opaque page cursor of the contact's recommendations: the last row's place in the list, base64url JSON. */
export function encodeRecommendationCursor(row: RecommendationCursor): string {
  return Buffer.from(JSON.stringify([row.periodFrom, row.periodTo, row.reportId, row.sortOrder, row.title, row.id])).toString('base64url');
}

/** The cursor back, or the Danish field error at `after` for anything this API did not give. */
export function decodeRecommendationCursor(cursor: string): RecommendationCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || value.length !== 6) throw InvalidInputError.of('after', 'not_a_cursor');
  const [periodFrom, periodTo, reportId, sortOrder, title, id] = value as unknown[];
  const ok =
    typeof periodFrom === 'string' && isCalendarDate(periodFrom) && typeof periodTo === 'string' && isCalendarDate(periodTo) &&
    typeof reportId === 'string' && isUuid(reportId) && Number.isInteger(sortOrder) && Math.abs(sortOrder as number) <= 2_147_483_647 &&
    typeof title === 'string' && title.length <= 200 && typeof id === 'string' && isUuid(id);
  if (!ok) throw InvalidInputError.of('after', 'not_a_cursor');
  return { periodFrom, periodTo, reportId, sortOrder: sortOrder as number, title, id } as RecommendationCursor;
}
