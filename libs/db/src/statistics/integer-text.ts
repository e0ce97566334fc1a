/** Decoding of the columns the report loader reads as text: one pass over the characters, no string per entry. */

const COMMA = 44;
const SPACE = 32;
const MINUS = 45;
const ZERO = 48;

function mismatch(what: string, expected: number, found: number): Error {
  return new Error(`report loader: ${what} has ${found} entries where the registrations are ${expected}`);
}

/** `length` comma-separated integers ("3,-1,,12"); an empty entry is `empty`. */
export function integerColumn(text: string, length: number, empty = 0): Int32Array {
  const values = new Int32Array(length);
  if (length === 0) return values;
  let index = 0;
  let value = 0;
  let negative = false;
  let digits = false;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : COMMA;
    if (code === COMMA) {
      if (index >= length) throw mismatch('a column', length, index + 1);
      values[index++] = digits ? (negative ? -value : value) : empty;
      value = 0;
      negative = false;
      digits = false;
    } else if (code === MINUS) {
      negative = true;
    } else {
      value = value * 10 + (code - ZERO);
      digits = true;
    }
  }
  if (index !== length) throw mismatch('a column', length, index);
  return values;
}

/**
 * `length` comma-separated lists of space-separated non-negative integers ("3 7,,2"), as one array of all
 * values and where each list starts in it (list i is values[start[i]] up to before values[start[i + 1]]).
 */
export function integerLists(text: string, length: number): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(length + 1);
  // Each value takes at least one digit and one separator.
  const values = new Int32Array(Math.ceil(text.length / 2));
  if (length === 0) return { start, values };
  let list = 0;
  let count = 0;
  let value = 0;
  let digits = false;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : COMMA;
    if (code === COMMA || code === SPACE) {
      if (digits) values[count++] = value;
      value = 0;
      digits = false;
      if (code === COMMA) {
        if (list >= length) throw mismatch('the category lists', length, list + 1);
        start[++list] = count;
      }
    } else {
      value = value * 10 + (code - ZERO);
      digits = true;
    }
  }
  if (list !== length) throw mismatch('the category lists', length, list);
  return { start, values: values.subarray(0, count) };
}

const UUID_LENGTH = 36;

/** `length` citizen ids back to back, each numbered 0, 1, … in the order first seen. */
export function citizenNumbers(text: string, length: number): Int32Array {
  if (text.length !== length * UUID_LENGTH) throw mismatch('the citizens', length, text.length / UUID_LENGTH);
  const numbers = new Int32Array(length);
  const seen = new Map<string, number>();
  for (let i = 0; i < length; i += 1) {
    const id = text.slice(i * UUID_LENGTH, (i + 1) * UUID_LENGTH);
    let n = seen.get(id);
    if (n === undefined) {
      n = seen.size;
      seen.set(id, n);
    }
    numbers[i] = n;
  }
  return numbers;
}
