import type PDFDocument from 'pdfkit';
import { type Measure, wrapText } from './lines';
import { lineHeight, type TextStyle } from './styles';

export type Doc = InstanceType<typeof PDFDocument>;
export type StructElement = PDFKit.PDFStructureElement;

/** pdfkit 0.20's structure element options; its type declarations (0.17) lack the table scope and the layout box. */
export type StructOptions = PDFKit.Mixins.StructureElementOptions & {
  scope?: 'Column' | 'Row';
  /** Left, top, right, bottom in pdfkit's coordinates (from the page's top). */
  bbox?: [number, number, number, number];
  placement?: 'Block' | 'Inline';
};

type Align = 'left' | 'right';

/**
 * The running position on the page and the tagging around it: every drawing goes either into a structure element's
 * marked content or into an artifact, so that a screen reader meets the text in reading order and nothing else.
 */
export class Flow {
  /** Widths already measured, per style: text is measured word by word, and the same words come back often. */
  private readonly widths = new Map<TextStyle, Map<string, number>>();

  constructor(
    readonly doc: Doc,
    /** The structure tree's Document element. */
    readonly root: StructElement,
  ) {}

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.left - this.doc.page.margins.right;
  }

  get room(): number {
    return this.bottom - this.doc.y;
  }

  get bodyHeight(): number {
    return this.bottom - this.top;
  }

  get atPageTop(): boolean {
    return this.doc.y <= this.top;
  }

  /** The index of the page being laid out (pages are buffered until the end). */
  get pageIndex(): number {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count - 1;
  }

  /** A new page; inside a marked-content sequence pdfkit closes it and opens it again on the new page. */
  newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.y = this.top;
  }

  /** Moves to a new page unless `height` fits below; never from the top of a page, where nothing would be gained. */
  keepTogether(height: number): void {
    if (height > this.room && !this.atPageTop) this.newPage();
  }

  measure(style: TextStyle): Measure {
    let widths = this.widths.get(style);
    if (!widths) {
      widths = new Map();
      this.widths.set(style, widths);
    }
    const known = widths;
    return (text) => {
      let width = known.get(text);
      if (width === undefined) {
        // Font and size only: a colour would write an operator into the page for every measurement.
        width = this.doc.font(style.font).fontSize(style.size).widthOfString(text);
        known.set(text, width);
      }
      return width;
    };
  }

  wrap(text: string, style: TextStyle, width: number, minFill?: number): string[] {
    return wrapText(text, width, this.measure(style), minFill);
  }

  /** One line of text with its top at `y`, never wrapped by pdfkit. */
  drawLine(text: string, style: TextStyle, x: number, y: number, width: number, align: Align = 'left'): void {
    if (text === '') return;
    const doc = this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
    const left = align === 'right' ? x + width - doc.widthOfString(text) : x;
    doc.text(text, left, y, { lineBreak: false });
  }

  /**
   * Lines one below the other from the cursor on, continuing on a new page where the page ends; the last line is not
   * left alone at the top of a page. The caller keeps the first two together before it opens the marked content.
   */
  flowLines(lines: string[], style: TextStyle, x: number, width: number): void {
    const height = lineHeight(style);
    lines.forEach((line, i) => {
      const fitting = Math.floor((this.bottom - this.doc.y) / height);
      const widow = lines.length - i === 2 && fitting === 1 && i >= 2;
      if (fitting < 1 || widow) this.newPage();
      this.drawLine(line, style, x, this.doc.y, width);
      this.doc.y += height;
    });
  }

  /** Height of the lines a block must not be split within: the first two. */
  static orphanHeight(lines: string[], style: TextStyle): number {
    return Math.min(lines.length, 2) * lineHeight(style);
  }

  /** A structure element under `parent` whose content `draw` draws, in one marked-content sequence (per page). */
  tag(parent: StructElement, type: string, draw: () => void, options: StructOptions = {}): void {
    parent.add(this.doc.struct(type, options, draw));
  }

  /** A structure element under `parent` to add children to; the caller ends it. */
  container(parent: StructElement, type: string, options: StructOptions = {}): StructElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Drawing that is not content: page furniture (Pagination) or decoration (Layout). */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** A horizontal rule, as decoration. */
  rule(x: number, y: number, width: number, thickness: number, color: string): void {
    this.artifact('Layout', () => {
      this.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(thickness).strokeColor(color).stroke().restore();
    });
  }
}
