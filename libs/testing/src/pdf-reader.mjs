/*
 * Reads a PDF (on standard input) with pdf.js as a reader's software would, and prints what the tests check as JSON:
 * the catalogue's accessibility entries, the metadata, the outline, and per page its structure tree with the text of
 * each marked-content sequence, the tags around the drawing operators, and optionally the page as PNG.
 * Runs in a plain Node process: pdf.js loads its worker through a dynamic import that jest's sandbox refuses.
 *
 *   node pdf-reader.mjs '{"imageDir": "/path/or/null", "scale": 1}' < document.pdf
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');

/** Operators that put ink on the page. A path only counts when it is painted (not `n`, as for a clipping path). */
const PAINTING = new Set(
  [
    'fill', 'eoFill', 'stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke', 'shadingFill',
    'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText',
    'paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintSolidColorImageMask', 'paintImageXObjectRepeat',
  ].map((name) => OPS[name]),
);
const OP_NAMES = Object.fromEntries(Object.entries(OPS).map(([name, code]) => [code, name]));
const nameOf = (value) => (typeof value === 'string' ? value : value?.name);

/** Each painting operator with the marked-content sequences around it: [{ tag, mcid }], innermost last. */
function paintedOperators({ fnArray, argsArray }) {
  const stack = [];
  const painted = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.beginMarkedContent) stack.push({ tag: nameOf(args[0]), mcid: null });
    else if (fn === OPS.beginMarkedContentProps) stack.push({ tag: nameOf(args[0]), mcid: args[1] ?? null });
    else if (fn === OPS.endMarkedContent) stack.pop();
    else if (PAINTING.has(fn) || (fn === OPS.constructPath && args[0] !== OPS.endPath)) {
      painted.push({ op: OP_NAMES[fn], marks: stack.map((mark) => ({ ...mark })) });
    }
  });
  return painted;
}

/**
 * The page's text in content order, the text of each marked-content sequence with an MCID, the text drawn as
 * artifacts, and the tags of all sequences in content order.
 */
function markedTexts(items) {
  const texts = {};
  const sequences = [];
  const open = [];
  let text = '';
  let artifactText = '';
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      open.push(item);
      sequences.push({ tag: item.tag, id: item.id ?? null });
    } else if (item.type === 'endMarkedContent') open.pop();
    else if (item.str !== undefined) {
      const piece = item.str + (item.hasEOL ? '\n' : '');
      const id = open.findLast((mark) => mark.id)?.id;
      text += piece;
      if (id) texts[id] = (texts[id] ?? '') + piece;
      if (open.some((mark) => mark.tag === 'Artifact')) artifactText += piece;
    }
  }
  return { text, texts, artifactText, sequences };
}

/** The page's structure tree with each content reference replaced by its MCID and text. */
function resolveTree(node, texts) {
  if (node.type === 'content') return { mcid: Number(node.id.replace(/^.*_mc/, '')), text: texts[node.id] ?? '' };
  if (node.type) return { [node.type]: true };
  const { children = [], ...rest } = node;
  return { ...rest, children: children.map((child) => resolveTree(child, texts)) };
}

async function renderPng(page, file) {
  const { createCanvas } = await import('@napi-rs/canvas');
  const viewport = page.getViewport({ scale: options.scale ?? 1 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  writeFileSync(file, canvas.toBuffer('image/png'));
  // Rows with ink, in points from the page's top: the extent of what is drawn.
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  const inked = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) {
        inked.push(y / (options.scale ?? 1));
        break;
      }
    }
  }
  return inked;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const document = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false }).promise;
const { info, metadata } = await document.getMetadata();
const result = {
  language: info.Language ?? null,
  markInfo: await document.getMarkInfo(),
  viewerPreferences: await document.getViewerPreferences(),
  metadata: metadata ? Object.fromEntries([...metadata]) : null,
  outline: await document.getOutline(),
  pages: [],
};
if (options.imageDir) mkdirSync(options.imageDir, { recursive: true });
for (let number = 1; number <= document.numPages; number++) {
  const page = await document.getPage(number);
  const { text, texts, artifactText, sequences } = markedTexts((await page.getTextContent({ includeMarkedContent: true })).items);
  const tree = await page.getStructTree();
  const image = options.imageDir ? join(options.imageDir, `page-${String(number).padStart(2, '0')}.png`) : null;
  result.pages.push({
    number,
    height: page.view[3] - page.view[1],
    text,
    artifactText,
    structTree: tree ? resolveTree(tree, texts) : null,
    sequences,
    painted: paintedOperators(await page.getOperatorList()),
    image,
    inkedRows: image ? await renderPng(page, image) : null,
  });
}
await document.destroy();
process.stdout.write(JSON.stringify(result));
