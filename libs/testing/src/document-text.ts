/* Test support: text out of generated PDF and DOCX documents, with the same libraries a reader would use. */
import { execFile } from 'node:child_process';
import JSZip from 'jszip';

/**
 * PDF text through pdf-parse (pdf.js). pdf.js loads its worker with a dynamic import, which jest's CommonJS
 * sandbox refuses, so the extraction runs in a plain Node process that reads the PDF on standard input.
 */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `
    import { PDFParse } from 'pdf-parse';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
    const result = await parser.getText();
    await parser.destroy();
    process.stdout.write(result.text);
  `;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}

/** The DOCX's main document part, as XML. */
export async function docxXml(docx: Buffer): Promise<{ xml: string; files: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { xml, files: Object.keys(zip.files) };
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The DOCX's text as Word shows it: the runs of each paragraph joined, line breaks kept, paragraphs on their own lines. */
export async function docxText(docx: Buffer): Promise<string> {
  const { xml } = await docxXml(docx);
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\s*\/>|<w:tab\s*\/>/g)]
        .map((m) => {
          if (m[1] === undefined) return m[0].startsWith('<w:br') ? '\n' : '\t';
          return m[1].replace(/&(lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity]).replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
        })
        .join(''),
    )
    .filter((line) => line !== '')
    .join('\n');
}
