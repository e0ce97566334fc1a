import { hyphenate, SOFT_HYPHEN } from '../hyphenate';
import { wrapText } from './lines';

/** Every character 1 wide. */
const measure = (text: string) => text.length;

describe('line breaking', () => {
  it('breaks at spaces and keeps line feeds', () => {
    expect(wrapText('Der er registreret\nhenvendelser i år', 12, measure)).toEqual(['Der er', 'registreret', 'henvendelser', 'i år']);
  });

  it('breaks a word at a soft hyphen with a visible hyphen, and drops the soft hyphens it does not break at', () => {
    const lines = wrapText(hyphenate('Omsorgsområdet og Rehabiliteringsindsatserne', 'da'), 12, measure);
    expect(lines.every((line) => line.length <= 12 && !line.includes(SOFT_HYPHEN))).toBe(true);
    expect(lines.join('\n').replace(/-\n/g, '').replace(/\n/g, ' ')).toBe('Omsorgsområdet og Rehabiliteringsindsatserne');
    expect(lines[0]).toBe('Omsorgsområ-');
  });

  it('hyphenates the next word rather than leave a line less than 60 % full, unless told not to', () => {
    const text = hyphenate('Til Sagsbehandlingen', 'da');
    expect(wrapText(text, 16, measure)).toEqual(['Til Sagsbehand-', 'lingen']);
    expect(wrapText(text, 16, measure, 0)).toEqual(['Til', 'Sagsbehandlingen']);
  });

  it('does not break after a slash or inside a word without hyphenation points, but cuts a piece wider than the line', () => {
    expect(wrapText('<script>alert(1)</script> &', 30, measure)).toEqual(['<script>alert(1)</script> &']);
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
