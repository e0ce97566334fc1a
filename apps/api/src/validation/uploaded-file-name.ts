import { InvalidInputError, unsafeTextIn, withoutBidiControls } from '@raadgiver/domain';

/**
 * An uploaded file's name as the person named it: browsers send UTF-8 that the form parser reads as latin1, which
 * is taken back; any folder part is dropped; bidirectional controls are removed (they disguise an extension); a
 * control character or a lone surrogate is refused, naming the form field `file`.
 */
export function uploadedFileName(raw: string): string {
  // Only a name of latin1 characters can be misread UTF-8 (latin1 encoding would cut anything wider to its low byte).
  const utf8 = /^[\u0000-\u00ff]*$/.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw;
  const decoded = utf8 !== raw && !utf8.includes('\uFFFD') && Buffer.from(utf8, 'utf8').equals(Buffer.from(raw, 'latin1')) ? utf8 : raw;
  // A name is one line: tab and line breaks, allowed in free text, are control characters here.
  const unsafe = unsafeTextIn(decoded.replace(/[\t\n\r]/g, '\u0000'));
  if (unsafe) throw InvalidInputError.of('file', 'file_name_unsafe', { character: unsafe.character, codePoint: unsafe.codePoint });
  const base = decoded.split(/[\\/]/).pop() ?? '';
  return withoutBidiControls(base.normalize('NFC')).trim();
}
