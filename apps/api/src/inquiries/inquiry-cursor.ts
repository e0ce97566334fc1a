import { InvalidInputError, isUuid } from '@raadgiver/domain';

/** An opaque page cursor: the sort key and the id of the last row of a page, base64url JSON. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): { key: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string' || !isUuid(value[1])) {
    throw InvalidInputError.of(field, 'not_a_cursor');
  }
  return { key: value[0], id: value[1] };
}

/** first, checked: at least 1 and at most `max`. */
export function pageSize(first: number, max: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw InvalidInputError.of(field, 'out_of_range', { min: 1, max });
  return first;
}
