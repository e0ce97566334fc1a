import { escapeLiteral } from 'pg';

/**
 * A JavaScript value as an SQL literal of unknown type, for `EXECUTE name(...)`: the server reads it with the input
 * function of the prepared statement's parameter type, exactly as it reads a text parameter. The quoting is pg's
 * public `escapeLiteral`; what is quoted is the value's text as pg sends it: arrays as array literals, dates in ISO
 * form, objects as JSON. Buffers are bytea literals.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Buffer.isBuffer(value)) return `${escapeLiteral(byteaText(value))}::bytea`;
  if (Array.isArray(value)) return escapeLiteral(arrayText(value));
  return escapeLiteral(scalarText(value));
}

function byteaText(value: Buffer): string {
  return `\\x${value.toString('hex')}`;
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('An invalid date cannot be sent to the database');
    return value.toISOString();
  }
  if (Buffer.isBuffer(value)) return byteaText(value);
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
