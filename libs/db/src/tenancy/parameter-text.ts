/**
 * A JavaScript value as the text of a statement parameter, as the server reads it with the input function of the
 * parameter's type: strings as they are, numbers and booleans as written, dates in ISO form, arrays as array
 * literals, Buffers as bytea's hex form, other objects as JSON; null for NULL. The same text pg's own queries send,
 * written here because pg keeps its version private.
 */
export function parameterText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return arrayText(value);
  return scalarText(value);
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('An invalid date cannot be sent to the database');
    return value.toISOString();
  }
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return JSON.stringify(value);
}

/** A PostgreSQL array literal: `{"a","b\"c",NULL,{"nested"}}`, each element quoted so no element needs analysing. */
function arrayText(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayText(value);
    return `"${scalarText(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}
