/** The registered names of the embedded DejaVu Sans faces. */
export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

/** A4 with 2 cm margins; the running header and the footer sit in the margins. */
export const PAGE = { size: 'A4', margin: 56, headerY: 30, footerFromBottom: 40 } as const;

export interface TextStyle {
  font: typeof REGULAR | typeof BOLD;
  size: number;
  color: string;
}

/** Line height as a multiple of the font size. */
const LEADING = 1.3;
export const lineHeight = (style: TextStyle): number => style.size * LEADING;

const BLACK = '#000000';
/** Dark enough on white for small print (contrast above 7:1), and readable printed in black and white. */
const GREY = '#4d4d4d';
/** The bars' blue (charts.ts), for the cover's text mark. */
export const ACCENT = '#1f5f8b';
export const RULE = '#808080';

export const STYLES = {
  body: { font: REGULAR, size: 10.5, color: BLACK },
  note: { font: REGULAR, size: 9, color: GREY },
  h1: { font: BOLD, size: 17, color: BLACK },
  h2: { font: BOLD, size: 13, color: BLACK },
  h3: { font: BOLD, size: 11, color: BLACK },
  title: { font: BOLD, size: 18, color: BLACK },
  subtitle: { font: REGULAR, size: 11, color: GREY },
  coverMark: { font: BOLD, size: 16, color: ACCENT },
  coverTitle: { font: BOLD, size: 26, color: BLACK },
  coverLine: { font: REGULAR, size: 13, color: BLACK },
  cell: { font: REGULAR, size: 9, color: BLACK },
  cellBold: { font: BOLD, size: 9, color: BLACK },
  cellNote: { font: REGULAR, size: 9, color: GREY },
  contents1: { font: BOLD, size: 11, color: BLACK },
  contents2: { font: REGULAR, size: 10.5, color: BLACK },
  furniture: { font: REGULAR, size: 8, color: GREY },
} satisfies Record<string, TextStyle>;

export const HEADING_STYLES = [STYLES.h1, STYLES.h2, STYLES.h3] as const;
