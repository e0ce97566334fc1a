/**
 * Characters no text the platform stores may hold: C0 controls other than tab, line feed and carriage return
 * (NUL among them, which PostgreSQL refuses in text), DEL, C1 controls, and UTF-16 surrogates that are not part of
 * a pair (they cannot be written as UTF-8). Refused, never silently replaced: the sender learns which field.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Bidirectional embedding, override and isolate controls: they make a file name read differently than it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export type UnsafeCharacter = 'control character' | 'lone surrogate';

/** What is wrong with a text, or null when it may be stored. */
export function unsafeCharacterIn(text: string): UnsafeCharacter | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : 'control character';
}

/** The character that may not be stored: its kind and its code point as `U+0000`. */
export interface UnsafeText {
  character: UnsafeCharacter;
  codePoint: string;
}

export function unsafeTextIn(text: string): UnsafeText | null {
  const character = unsafeCharacterIn(text);
  if (!character) return null;
  const code = UNSAFE.exec(text)![0].charCodeAt(0);
  return { character, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** The reason given after a column's name (the import's row report): "contains a control character (U+0000)". */
export function unsafeTextReason(text: string): string | null {
  const found = unsafeTextIn(text);
  return found && `contains a ${found.character} (${found.codePoint}), which cannot be stored`;
}

/**
 * The first string anywhere in `value` (objects and arrays walked) that may not be stored, with its path as the
 * API names fields (`input.categoryIds[2]` → `categoryIds[2]` when `root` is left out).
 */
export function findUnsafeText(value: unknown, path: string[] = []): (UnsafeText & { field: string }) | null {
  if (typeof value === 'string') {
    const found = unsafeTextIn(value);
    return found ? { field: path.join('.').replace(/\.\[/g, '['), ...found } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path.slice(0, -1), `${path[path.length - 1] ?? ''}[${i}]`]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findUnsafeText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A file name without bidirectional controls (a name such as `invoice\u202Efdp.exe` reads as `invoiceexe.pdf`). */
export function withoutBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}
