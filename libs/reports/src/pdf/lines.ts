import { SOFT_HYPHEN } from '../hyphenate';

/** Width of a text in the font and size it is set in. */
export type Measure = (text: string) => number;

/**
 * By default a line is broken at a space only when it is at least this full; otherwise the next word is broken at a
 * hyphenation point, so that a narrow table column is not left ragged with half-empty lines.
 */
const MIN_FILL = 0.6;

/** The longest start of a piece wider than the line; at least one character, so the text always moves on. */
function charactersThatFit(piece: string, width: number, measure: Measure): number {
  let count = piece.length - 1;
  while (count > 1 && measure(piece.slice(0, count)) > width) count--;
  return Math.max(1, count);
}

/**
 * One hard line (no line feeds) broken into lines no wider than `width`. A line's width is the sum of its words' and
 * spaces' widths, so that each word is measured once (and Flow caches the widths).
 */
function wrapHardLine(text: string, width: number, measure: Measure, minFill: number): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  /** The line's width with `piece` added after a space. */
  const widthWith = (piece: string) => (line === '' ? 0 : lineWidth + space) + measure(piece);
  const endLine = (last = '') => {
    lines.push(line === '' ? last : last === '' ? line : `${line} ${last}`);
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(' ')) {
    let fragments = word.split(SOFT_HYPHEN);
    for (;;) {
      const whole = fragments.join('');
      if (widthWith(whole) <= width) {
        lineWidth = widthWith(whole);
        line = line === '' ? whole : `${line} ${whole}`;
        break;
      }
      // How many of the word's leading fragments fit on the line with a hyphen.
      let fitting = fragments.length - 1;
      while (fitting > 0 && widthWith(`${fragments.slice(0, fitting).join('')}-`) > width) fitting--;
      if (fitting > 0 && (measure(whole) > width || lineWidth < minFill * width)) {
        endLine(`${fragments.slice(0, fitting).join('')}-`);
        fragments = fragments.slice(fitting);
      } else if (line !== '') {
        endLine();
      } else {
        // A piece wider than the line with no hyphenation point left (a long URL): cut where it must be cut.
        const cut = charactersThatFit(whole, width, measure);
        endLine(whole.slice(0, cut));
        fragments = [whole.slice(cut)];
      }
    }
  }
  endLine();
  return lines;
}

/**
 * Text broken into lines no wider than `width`: at spaces, and at the soft hyphens of hyphenated text, where the line
 * then ends in a visible hyphen; soft hyphens elsewhere are dropped. Line feeds in the text are kept.
 *
 * pdfkit's own line breaker is not used: it draws a soft hyphen in the middle of a line as a zero-width space, which
 * text extraction reads as a space inside the word, and it breaks after a slash ("</ script>"). With `minFill` 0 a
 * word is broken only when it is wider than the line.
 */
export function wrapText(text: string, width: number, measure: Measure, minFill = MIN_FILL): string[] {
  return text.split('\n').flatMap((hardLine) => wrapHardLine(hardLine, width, measure, minFill));
}
