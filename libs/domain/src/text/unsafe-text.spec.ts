import fc from 'fast-check';
import { findUnsafeText, unsafeCharacterIn, withoutBidiControls } from './unsafe-text';

describe('text that may not be stored', () => {
  it('refuses NUL and the other C0 and C1 controls and DEL, but keeps tab and line breaks', () => {
    for (let code = 0; code <= 0x9f; code++) {
      const char = String.fromCharCode(code);
      const allowed = (code >= 0x20 && code < 0x7f) || char === '\t' || char === '\n' || char === '\r';
      expect([code, unsafeCharacterIn(`a${char}b`)]).toEqual([code, allowed ? null : 'control character']);
    }
  });

  it('refuses lone surrogates and keeps pairs', () => {
    expect(unsafeCharacterIn('\ud83d\ude00')).toBeNull();
    expect(unsafeCharacterIn('a\ud83d')).toBe('lone surrogate');
    expect(unsafeCharacterIn('\ude00a')).toBe('lone surrogate');
    expect(unsafeCharacterIn('\ude00\ud83d')).toBe('lone surrogate');
  });

  it('lets every well-formed text without controls through (Danish letters, emoji, any plane)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
        expect(unsafeCharacterIn(clean)).toBeNull();
      }),
    );
  });

  it('names the path of the first bad string in an input, arrays included', () => {
    expect(findUnsafeText({ reference: 'R-1', citizen: { displayName: 'Ok' }, categoryIds: ['a', 'b\u0000'] })).toEqual({
      field: 'categoryIds[1]',
      character: 'control character',
      codePoint: 'U+0000',
    });
    expect(findUnsafeText('x\u0007', ['name'])).toMatchObject({ field: 'name' });
    expect(findUnsafeText(Object.assign(Object.create(null), { summary: 'a\ud800' }))).toMatchObject({ field: 'summary', character: 'lone surrogate' });
    expect(findUnsafeText({ n: 5, ok: true, list: [null, 'fine'] })).toBeNull();
  });

  it('removes bidirectional controls from names', () => {
    expect(withoutBidiControls('a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j')).toBe('abcdefghij');
  });
});
