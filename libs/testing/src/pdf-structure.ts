/* Test support: what a PDF offers assistive technology, read with pdf.js (pdf-reader.mjs) and from its raw objects. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** A marked-content sequence reached from the structure tree, with its text. */
export interface PdfContentRef {
  mcid: number;
  text: string;
}

export interface PdfStructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: (PdfStructNode | PdfContentRef)[];
}

/** A marked-content sequence around a drawing operator: its tag and, for tagged content, its MCID. */
export interface PdfMark {
  tag: string;
  mcid: number | null;
}

export interface PdfPageReading {
  number: number;
  height: number;
  /** All text in content order, line ends as "\n". */
  text: string;
  /** The text drawn inside Artifact sequences. */
  artifactText: string;
  /** The page's part of the structure tree (pdf.js), contents replaced by their MCID and text. */
  structTree: PdfStructNode | null;
  /** Every marked-content sequence in content order. */
  sequences: { tag: string; id: string | null }[];
  /** Every operator that paints (text, painted paths, images) with the sequences around it, innermost last. */
  painted: { op: string; marks: PdfMark[] }[];
  /** The PNG of the page, when asked for. */
  image: string | null;
  /** The rows (in points from the top) with anything darker than light grey, when rendered. */
  inkedRows: number[] | null;
}

export interface PdfOutlineItem {
  title: string;
  items: PdfOutlineItem[];
}

export interface PdfReading {
  /** The catalogue's /Lang. */
  language: string | null;
  markInfo: { Marked?: boolean } | null;
  viewerPreferences: { DisplayDocTitle?: boolean } | null;
  /** The XMP metadata as pdf.js parses it ("pdfuaid:part", "dc:title", …). */
  metadata: Record<string, unknown> | null;
  outline: PdfOutlineItem[] | null;
  pages: PdfPageReading[];
}

/**
 * The PDF as pdf.js reads it, in a plain Node process (see `pdfText`). With `imageDir`, every page is also rendered
 * to `page-NN.png` there (pdf.js on @napi-rs/canvas) at `scale` (1: a pixel per point).
 */
export function readPdf(pdf: Buffer, options: { imageDir?: string; scale?: number } = {}): Promise<PdfReading> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-reader.mjs'), JSON.stringify(options)],
      { cwd: __dirname, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as PdfReading)),
    );
    child.stdin?.end(pdf);
  });
}

const isContent = (node: PdfStructNode | PdfContentRef): node is PdfContentRef => 'mcid' in node;

/** A structure element as seen on one page: its role, alternative text and the text of its contents there. */
export interface PdfElement {
  role: string;
  alt?: string;
  text: string;
  page: number;
}

/** The structure elements of every page in reading order (an element on several pages is listed for each). */
export function structElements(reading: PdfReading): PdfElement[] {
  const elements: PdfElement[] = [];
  const textOf = (node: PdfStructNode): string => (node.children ?? []).map((child) => (isContent(child) ? child.text : textOf(child))).join('');
  const visit = (node: PdfStructNode, page: number) => {
    if (node.role) elements.push({ role: node.role, alt: node.alt, text: textOf(node), page });
    for (const child of node.children ?? []) if (!isContent(child)) visit(child, page);
  };
  for (const page of reading.pages) if (page.structTree) visit(page.structTree, page.number);
  return elements;
}

/** The MCIDs a page's structure tree reaches. */
export function reachedMcids(page: PdfPageReading): Set<number> {
  const mcids = new Set<number>();
  const visit = (node: PdfStructNode | PdfContentRef) => {
    if (isContent(node)) mcids.add(node.mcid);
    else for (const child of node.children ?? []) visit(child);
  };
  if (page.structTree) visit(page.structTree);
  return mcids;
}

/** An indirect object of the file: its dictionary's source, and its stream inflated when it has one. */
export interface PdfObject {
  id: number;
  dictionary: string;
  stream: Buffer | null;
}

/**
 * The file's indirect objects, parsed from the raw bytes. Enough for files written as pdfkit writes them: no object
 * streams, streams Flate-compressed or plain.
 */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const [, id, body] = match;
    const streamAt = body.search(/\bstream\r?\n/);
    const dictionary = streamAt < 0 ? body : body.slice(0, streamAt);
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const data = Buffer.from(body.slice(body.indexOf('\n', streamAt) + 1, body.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
      stream = /\/Filter\s*\/FlateDecode/.test(dictionary) ? inflateSync(data) : data;
    }
    objects.set(Number(id), { id: Number(id), dictionary, stream });
  }
  return objects;
}

const reference = (dictionary: string, key: string): number | null => {
  const match = new RegExp(`/${key}\\s*\\[?\\s*(\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : null;
};

/** Each font of the file with whether its program is embedded and whether it maps its glyphs to Unicode. */
export function pdfFonts(pdf: Buffer): { name: string; subtype: string; embedded: boolean; toUnicode: boolean }[] {
  const objects = pdfObjects(pdf);
  const fonts = [...objects.values()].filter((o) => /\/Type\s*\/Font\b/.test(o.dictionary) && !/\/Subtype\s*\/CIDFontType[02]/.test(o.dictionary));
  return fonts.map((font) => {
    const subtype = /\/Subtype\s*\/(\w+)/.exec(font.dictionary)?.[1] ?? '';
    // A composite font's program sits in its descendant font's descriptor.
    const descendant = subtype === 'Type0' ? objects.get(reference(font.dictionary, 'DescendantFonts') ?? -1) : font;
    const descriptor = objects.get(reference(descendant?.dictionary ?? '', 'FontDescriptor') ?? -1);
    const cmap = objects.get(reference(font.dictionary, 'ToUnicode') ?? -1)?.stream?.toString('latin1') ?? '';
    return {
      name: /\/BaseFont\s*\/([^\s/>]+)/.exec(font.dictionary)?.[1] ?? '',
      subtype,
      embedded: /\/FontFile[23]?\s+\d+ 0 R/.test(descriptor?.dictionary ?? ''),
      toUnicode: /beginbf(char|range)/.test(cmap),
    };
  });
}

/** The dictionaries of the structure elements of a type ("TH"), as written. */
export function structElementDictionaries(pdf: Buffer, type: string): string[] {
  return [...pdfObjects(pdf).values()].filter((o) => new RegExp(`/S\\s*/${type}\\b`).test(o.dictionary)).map((o) => o.dictionary);
}

/**
 * How full each page of a rendered reading is, between the page margins (0 to 1: how far down its lowest ink
 * reaches), for the pages a person would call half empty if they were: every page but the cover, the contents'
 * pages and the last page of a chapter (the page before one that starts with an H1, and the document's last).
 */
export function pageFill(reading: PdfReading, margin: number): { page: number; filled: number }[] {
  const contentsPages = new Set(structElements(reading).filter((e) => e.role === 'TOCI').map((e) => e.page));
  const startsChapter = (index: number) => reading.pages[index]?.sequences.find((s) => s.tag !== 'Artifact')?.tag === 'H1';
  const checked = reading.pages.filter((page, i) => i > 0 && !contentsPages.has(page.number) && i < reading.pages.length - 1 && !startsChapter(i + 1));
  return checked.map((page) => {
    const body = { top: margin, bottom: page.height - margin };
    const lowest = Math.max(...(page.inkedRows ?? []).filter((row) => row < body.bottom));
    return { page: page.number, filled: (lowest - body.top) / (body.bottom - body.top) };
  });
}
