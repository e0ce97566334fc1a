import type { Block } from '../content';
import type { Flow, StructElement } from './flow';
import { lineHeight, STYLES } from './styles';

type Heading = Extract<Block, { type: 'heading' }>;

/** A level 1 or 2 heading: those the table of contents lists. */
export const isContentsEntry = (block: Block): block is Heading => block.type === 'heading' && block.level <= 2;

const INDENT = 16;
/** Between an entry's text and its page number, for the dot leader. */
const LEADER_GAP = 24;
/** The dot leader is made of these, kept this far from the entry's text and its page number. */
const LEADER_DOT = ' .';
const LEADER_MARGIN = 4;
/** Room for a page number of three digits. */
const NUMBER_SAMPLE = '999';

interface Entry {
  heading: Heading;
  lines: string[];
  /** Counted from the contents' first page. */
  page: number;
  y: number;
}

/**
 * The table of contents is laid out before the pages it lists exist, so that its pages can be kept free; its page
 * numbers are written once the document's pages are laid out.
 */
export class Contents {
  private readonly entries: Entry[] = [];
  readonly pages: number;

  private constructor(
    private readonly flow: Flow,
    private readonly element: StructElement,
    private readonly firstPage: number,
    headings: Heading[],
  ) {
    let page = 0;
    let y = flow.doc.y;
    for (const heading of headings) {
      const style = this.styleOf(heading);
      const lines = flow.wrap(heading.text, style, flow.width - this.indentOf(heading) - LEADER_GAP - flow.measure(style)(NUMBER_SAMPLE));
      const height = (lines.length + (heading.level === 1 ? 0.5 : 0)) * lineHeight(style);
      if (y + height > flow.bottom) {
        page += 1;
        y = flow.top;
      }
      this.entries.push({ heading, lines, page, y: y + height - lines.length * lineHeight(style) });
      y += height;
    }
    this.pages = page + 1;
  }

  /** Reserves the pages of the table of contents from the cursor on, under a TOC element; the flow moves past them. */
  static reserve(flow: Flow, headings: Heading[]): Contents {
    const contents = new Contents(flow, flow.container(flow.root, 'TOC'), flow.pageIndex, headings);
    for (let page = 0; page < contents.pages; page++) flow.newPage();
    return contents;
  }

  /** Writes the entries with the pages their headings ended up on (counted from 1, the cover included). */
  write(pageOf: (heading: Heading) => number): void {
    const { flow } = this;
    for (const entry of this.entries) {
      flow.doc.switchToPage(this.firstPage + entry.page);
      const style = this.styleOf(entry.heading);
      const x = flow.left + this.indentOf(entry.heading);
      const number = String(pageOf(entry.heading));
      const lastY = entry.y + (entry.lines.length - 1) * lineHeight(style);
      flow.tag(this.element, 'TOCI', () => {
        entry.lines.forEach((line, i) => flow.drawLine(line, style, x, entry.y + i * lineHeight(style), flow.width));
        flow.drawLine(number, style, flow.left, lastY, flow.width, 'right');
      });
      this.drawLeader(x + flow.measure(style)(entry.lines[entry.lines.length - 1]), flow.left + flow.width - flow.measure(style)(number), lastY);
    }
    this.element.end();
  }

  /** Dots from the end of an entry's text to its page number, as decoration. */
  private drawLeader(from: number, to: number, y: number): void {
    const style = STYLES.contents2;
    const dot = this.flow.measure(style)(LEADER_DOT);
    const count = Math.floor((to - from - 2 * LEADER_MARGIN) / dot);
    if (count > 0) this.flow.artifact('Layout', () => this.flow.drawLine(LEADER_DOT.repeat(count), style, to - LEADER_MARGIN - count * dot, y, count * dot));
  }

  private styleOf(heading: Heading) {
    return heading.level === 1 ? STYLES.contents1 : STYLES.contents2;
  }

  private indentOf(heading: Heading): number {
    return heading.level === 1 ? 0 : INDENT;
  }
}
