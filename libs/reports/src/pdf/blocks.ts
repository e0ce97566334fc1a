import SVGtoPDF from 'svg-to-pdfkit';
import { type Block, chartAltText } from '../content';
import type { Logo, ReportLocale } from '../model';
import { Contents, isContentsEntry } from './contents';
import { Flow } from './flow';
import { ACCENT, BOLD, HEADING_STYLES, lineHeight, REGULAR, STYLES, type TextStyle } from './styles';
import { drawTable, layoutTable, type TableLayout, tableStartHeight } from './table';

type Of<T extends Block['type']> = Extract<Block, { type: T }>;

/** The logo's box on the cover: 60 pt high, or narrower for a wide logo. */
const LOGO = { height: 60, maxWidth: 220 };
const LIST_INDENT = 14;
const BULLET = '•';

function logoSize(logo: Logo): { width: number; height: number } {
  const scale = Math.min(LOGO.height / logo.height, LOGO.maxWidth / logo.width);
  return { width: logo.width * scale, height: logo.height * scale };
}

/** Space above a heading and below it, as multiples of its font size. */
const HEADING_SPACE = { before: 0.9, after: 0.4 };

/** Draws the blocks in order, each as its structure elements, and keeps what the end of the document needs. */
export class BlockRenderer {
  private readonly headingPages = new Map<Block, number>();
  private readonly tables = new Map<Block, TableLayout>();
  private readonly bookmarks: { level: number; item: PDFKit.PDFOutline }[] = [];
  private contents: Contents | null = null;
  private hasCover = false;

  constructor(
    private readonly flow: Flow,
    private readonly locale: ReportLocale,
  ) {}

  draw(block: Block, following: Block[]): void {
    switch (block.type) {
      case 'cover':
        return this.cover(block);
      case 'title':
        this.heading(block.text, STYLES.title, 1, []);
        return this.paragraph(block.subtitle, STYLES.subtitle);
      case 'contents':
        return this.tableOfContents(block, following);
      case 'heading':
        return this.heading(block.text, HEADING_STYLES[block.level - 1], block.level, following, block);
      case 'paragraph':
        return this.paragraph(block.text, block.note ? STYLES.note : STYLES.body);
      case 'list':
        return this.list(block);
      case 'table':
        return drawTable(this.flow, this.tableLayout(block));
      case 'chart':
        return this.chart(block);
    }
  }

  /** Pages at the start without running header and footer: the cover. */
  get coverPages(): number {
    return this.hasCover ? 1 : 0;
  }

  /** Writes the table of contents' page numbers, once every heading has its page. */
  finish(): void {
    this.contents?.write((heading) => (this.headingPages.get(heading) ?? 0) + 1);
  }

  private cover(block: Of<'cover'>): void {
    const { flow } = this;
    const { doc, left, width } = flow;
    const top = flow.top + 40;
    if (block.logo) {
      const { png } = block.logo;
      const size = logoSize(block.logo);
      flow.tag(flow.root, 'Figure', () => doc.image(png, left, top, size), {
        alt: block.tenantName,
        bbox: [left, top, left + size.width, top + size.height],
        placement: 'Block',
      });
    } else {
      // Without a logo, the municipality's name as a text mark over a short rule in the same colour.
      flow.tag(flow.root, 'P', () => flow.drawLine(block.tenantName, STYLES.coverMark, left, top, width));
      flow.rule(left, top + lineHeight(STYLES.coverMark) + 6, 48, 3, ACCENT);
    }
    doc.y = doc.page.height * 0.36;
    this.lines('H1', block.title, STYLES.coverTitle);
    doc.y += lineHeight(STYLES.coverLine);
    this.lines('P', block.period, STYLES.coverLine);
    if (block.advisor) this.lines('P', block.advisor, STYLES.coverLine);
    flow.newPage();
    this.hasCover = true;
  }

  private tableOfContents(block: Of<'contents'>, following: Block[]): void {
    if (!this.flow.atPageTop) this.flow.newPage();
    this.heading(block.heading, STYLES.h1, 1, []);
    this.contents = Contents.reserve(this.flow, following.filter(isContentsEntry));
  }

  /**
   * A heading, on a new page for level 1, kept on the page of what follows it (`following`), with its bookmark; its
   * page is kept for the table of contents.
   */
  private heading(text: string, style: TextStyle, level: 1 | 2 | 3, following: Block[], block?: Block): void {
    const { flow } = this;
    if (level === 1 && !flow.atPageTop) flow.newPage();
    const lines = flow.wrap(text, style, flow.width);
    const before = flow.atPageTop ? 0 : HEADING_SPACE.before * style.size;
    flow.keepTogether(before + this.headingHeight(lines, style) + this.firstPieceHeight(following));
    if (!flow.atPageTop) flow.doc.y += before;
    if (block) this.headingPages.set(block, flow.pageIndex);
    this.bookmark(text, level);
    this.lines(`H${level}`, text, style, lines);
    flow.doc.y += HEADING_SPACE.after * style.size;
  }

  private headingHeight(lines: string[], style: TextStyle): number {
    return lines.length * lineHeight(style) + HEADING_SPACE.after * style.size;
  }

  /** How much of what follows a heading must be on the heading's page: never a heading alone at a page's foot. */
  private firstPieceHeight(following: Block[]): number {
    const [next, ...rest] = following;
    const { flow } = this;
    switch (next?.type) {
      case 'heading': {
        const style = HEADING_STYLES[next.level - 1];
        return HEADING_SPACE.before * style.size + this.headingHeight(flow.wrap(next.text, style, flow.width), style) + this.firstPieceHeight(rest);
      }
      case 'paragraph': {
        const style = next.note ? STYLES.note : STYLES.body;
        return Flow.orphanHeight(flow.wrap(next.text, style, flow.width), style);
      }
      case 'list':
        return next.items.length > 0 ? Flow.orphanHeight(flow.wrap(next.items[0], STYLES.body, flow.width - LIST_INDENT), STYLES.body) : 0;
      case 'table':
        return tableStartHeight(flow, this.tableLayout(next));
      case 'chart':
        return this.chartSize(next).height;
      default:
        return 0;
    }
  }

  /** One structure element of the given type holding the text's lines, which may run on to the next page. */
  private lines(type: string, text: string, style: TextStyle, lines = this.flow.wrap(text, style, this.flow.width)): void {
    const { flow } = this;
    flow.keepTogether(Flow.orphanHeight(lines, style));
    flow.tag(flow.root, type, () => flow.flowLines(lines, style, flow.left, flow.width));
  }

  private paragraph(text: string, style: TextStyle): void {
    this.lines('P', text, style);
    this.flow.doc.y += 0.5 * style.size;
  }

  /** L with an LI per item: the bullet as its Lbl, the text as its LBody. */
  private list(block: Of<'list'>): void {
    const { flow } = this;
    const style = STYLES.body;
    const list = flow.container(flow.root, 'L');
    for (const text of block.items) {
      const lines = flow.wrap(text, style, flow.width - LIST_INDENT);
      flow.keepTogether(Flow.orphanHeight(lines, style));
      const item = flow.container(list, 'LI');
      const y = flow.doc.y;
      flow.tag(item, 'Lbl', () => flow.drawLine(BULLET, style, flow.left + 2, y, LIST_INDENT));
      flow.tag(item, 'LBody', () => flow.flowLines(lines, style, flow.left + LIST_INDENT, flow.width - LIST_INDENT));
      item.end();
      flow.doc.y += 0.2 * style.size;
    }
    list.end();
    flow.doc.y += 0.4 * style.size;
  }

  /** The chart's size on the page: as drawn, or narrowed to the text width. */
  private chartSize(block: Of<'chart'>): { width: number; height: number } {
    const scale = Math.min(1, this.flow.width / block.chart.width);
    return { width: block.chart.width * scale, height: block.chart.height * scale };
  }

  /** The chart as vectors in one Figure, whose alternative text names every bar with its value. */
  private chart(block: Of<'chart'>): void {
    const { flow } = this;
    const { width, height } = this.chartSize(block);
    flow.keepTogether(height);
    const { left } = flow;
    const top = flow.doc.y;
    const draw = () =>
      SVGtoPDF(flow.doc, block.chart.svg, left, top, {
        width,
        height,
        assumePt: true,
        fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : REGULAR),
      });
    flow.tag(flow.root, 'Figure', draw, { alt: chartAltText(block.chart), bbox: [left, top, left + width, top + height], placement: 'Block' });
    flow.doc.y = top + height + STYLES.body.size;
  }

  private tableLayout(block: Of<'table'>): TableLayout {
    let layout = this.tables.get(block);
    if (!layout) {
      layout = layoutTable(this.flow, block, this.locale);
      this.tables.set(block, layout);
    }
    return layout;
  }

  /** A bookmark under the last one of a higher level. */
  private bookmark(title: string, level: number): void {
    while ((this.bookmarks.at(-1)?.level ?? 0) >= level) this.bookmarks.pop();
    const parent = this.bookmarks.at(-1)?.item ?? this.flow.doc.outline;
    const { doc } = this.flow;
    // pdfkit counts the destination's `left` from the page's right edge and `top` from its top.
    const options = { top: doc.y, left: doc.page.width } as { expanded?: boolean };
    this.bookmarks.push({ level, item: parent.addItem(title, options) });
  }
}
